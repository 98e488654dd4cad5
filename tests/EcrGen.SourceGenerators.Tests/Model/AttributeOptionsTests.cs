using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using EcrGen.SourceGenerators.Model;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Model
{
    /// <summary>
    /// The option table (<see cref="AttributeOptions"/>) against the attribute types, the reader, the emitter and the real CDK
    /// releases: an attribute property without a row, a row the reader ignores or the emitter drops, fails here.
    /// </summary>
    public class AttributeOptionsTests
    {
        private static readonly Type[] AttributeTypes = typeof(EcrRepositoryAttribute).Assembly.GetExportedTypes()
            .Where(t => typeof(Attribute).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

        public static TheoryData<string> Rows()
        {
            var data = new TheoryData<string>();
            foreach (var option in AttributeOptions.All)
            {
                data.Add(option.Id.ToString());
            }

            return data;
        }

        [Fact]
        public void Every_settable_property_and_constructor_parameter_of_every_attribute_has_a_row()
        {
            Assert.Equal(5, AttributeTypes.Length);
            var missing = new List<string>();
            foreach (var type in AttributeTypes)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.DeclaringType == type && p.SetMethod is { IsPublic: true }))
                {
                    if (AttributeOptions.Find(type.FullName!, property.Name) is null)
                    {
                        missing.Add(type.Name + "." + property.Name);
                    }
                }

                foreach (var parameter in type.GetConstructors().SelectMany(c => c.GetParameters()))
                {
                    if (AttributeOptions.Find(type.FullName!, parameter.Name!) is not { } option || option.ConstructorParameter != parameter.Name)
                    {
                        missing.Add(type.Name + "(" + parameter.Name + ")");
                    }
                }
            }

            Assert.True(missing.Count == 0, "Attribute options without a row in AttributeOptions: " + string.Join(", ", missing));
        }

        [Fact]
        public void Every_row_names_a_public_property_of_its_attribute_whose_type_fits_its_kind()
        {
            Assert.Equal(Enum.GetValues(typeof(OptionId)).Length, AttributeOptions.All.Count);
            Assert.Equal(AttributeOptions.All.Count, AttributeOptions.All.Select(o => o.Id).Distinct().Count());
            foreach (var option in AttributeOptions.All)
            {
                var type = Assert.Single(AttributeTypes, t => t.FullName == option.Attribute);
                var property = type.GetProperty(option.Property);
                Assert.True(property is not null, option.Id + ": no property " + option.Property);
                var expected = option.Kind switch
                {
                    OptionKind.String or OptionKind.KeyArn or OptionKind.MemberPrefix => typeof(string),
                    OptionKind.Bool => typeof(bool),
                    OptionKind.Number or OptionKind.Days => typeof(int),
                    OptionKind.StringArray or OptionKind.ExclusionFilters => typeof(string[]),
                    OptionKind.Encryption => typeof(EcrEncryption),
                    _ => null,
                };
                if (option.Kind == OptionKind.CdkEnum)
                {
                    Assert.True(property!.PropertyType.IsEnum && property.PropertyType.Assembly.GetName().Name == "Amazon.CDK.Lib", option.Id + " is not a CDK enum");
                }
                else
                {
                    Assert.Equal(expected, property!.PropertyType);
                }

                Assert.Equal(option, AttributeOptions.Find(option.Attribute, option.Property));
            }
        }

        /// <summary>The reader reads every row: two different values of the option give two different models.</summary>
        [Theory]
        [MemberData(nameof(Rows))]
        public void The_reader_reads(string id)
        {
            var option = AttributeOptions.All.Single(o => o.Id.ToString() == id);
            var (first, second) = SampleValues(option);
            Assert.NotEqual(ReadWith(option, first), ReadWith(option, second));
        }

        /// <summary>The emitter passes every row that sets a CDK member on, where the CDK has it (2.277.0 has every one).</summary>
        [Theory]
        [MemberData(nameof(Rows))]
        public void The_emitter_emits_against_the_newest_cdk(string id)
        {
            var option = AttributeOptions.All.Single(o => o.Id.ToString() == id);
            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { Source(option, SampleValues(option).First) }, TestReferences.AllWith(CdkRelease.V2_277)));

            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics));
            var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
            if (option.Sets is { } sets)
            {
                Assert.Contains(sets.Member + " = ", source, StringComparison.Ordinal);
            }
        }

        /// <summary>What each release lacks of what the table needs: the "absent in" column of docs/cdk-versions.md.</summary>
        [Theory]
        [InlineData(CdkRelease.V2_103, "Amazon.CDK.AWS.ECR.ImageTagMutabilityExclusionFilter.Wildcard", "Amazon.CDK.AWS.ECR.LifecycleRule.TagPatternList", "Amazon.CDK.AWS.ECR.RepositoryProps.EmptyOnDelete", "Amazon.CDK.AWS.ECR.RepositoryProps.ImageTagMutabilityExclusionFilters", "Amazon.CDK.AWS.ECS.TagParameterContainerImageProps.IsImageDigest")]
        [InlineData(CdkRelease.V2_160, "Amazon.CDK.AWS.ECR.ImageTagMutabilityExclusionFilter.Wildcard", "Amazon.CDK.AWS.ECR.RepositoryProps.ImageTagMutabilityExclusionFilters", "Amazon.CDK.AWS.ECS.TagParameterContainerImageProps.IsImageDigest")]
        [InlineData(CdkRelease.V2_277)]
        public void Members_missing_from_each_release(CdkRelease release, params string[] missing)
        {
            var capabilities = CdkCapabilities.From(TestCompilation.Create(new[] { "class C { }" }, TestReferences.AllWith(release)));
            Assert.True(capabilities.HasCdk);
            Assert.Equal(missing, capabilities.MissingMembers.OrderBy(m => m, StringComparer.Ordinal).ToArray());
        }

        private static RepositoryClassModel ReadWith(AttributeOption option, string value)
        {
            var compilation = TestCompilation.Create(new[] { Source(option, value) }, TestReferences.AllWith(CdkRelease.V2_277));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var type = compilation.GetTypeByMetadataName("Sample")!;
            return RepositoryClassReader.Read(type, CancellationToken.None);
        }

        /// <summary>A class with <paramref name="option"/> written as <paramref name="value"/> on its attribute.</summary>
        private static string Source(AttributeOption option, string value)
        {
            var attribute = option.Attribute.Substring("EcrGen.".Length, option.Attribute.Length - "EcrGen.".Length - "Attribute".Length);
            var argument = option.ConstructorParameter is not null ? value : option.Property + " = " + value;
            var name = option.Attribute is EcrGenNames.EcrImageCodeAttribute or EcrGenNames.ContainerImageAttribute && option.ConstructorParameter is null ? "\"Api\", " : string.Empty;
            var usage = "[" + attribute + "(" + name + argument + ")]";
            var repository = option.Attribute == EcrGenNames.EcrRepositoryAttribute ? string.Empty : "[EcrRepository]\n";
            return "using Amazon.CDK; using Amazon.CDK.AWS.ECR; using EcrGen;\n#pragma warning disable CS0618\n" + repository + usage + "\npublic partial class Sample { }\n";
        }

        private static (string First, string Second) SampleValues(AttributeOption option)
            => option.Kind switch
            {
                OptionKind.String or OptionKind.MemberPrefix => ("\"Alpha\"", "\"Beta\""),
                OptionKind.KeyArn => ("\"arn:aws:kms:eu-west-1:123456789012:key/a\"", "\"arn:aws:kms:eu-west-1:123456789012:key/b\""),
                OptionKind.Bool => ("true", "false"),
                OptionKind.Number or OptionKind.Days => ("3", "4"),
                OptionKind.StringArray or OptionKind.ExclusionFilters => ("new[] { \"dev-*\" }", "new[] { \"test-*\" }"),
                OptionKind.Encryption => ("EcrEncryption.Kms", "EcrEncryption.Aes256"),
                _ => EnumValues(option),
            };

        private static (string First, string Second) EnumValues(AttributeOption option)
        {
            var type = AttributeTypes.Single(t => t.FullName == option.Attribute).GetProperty(option.Property)!.PropertyType;
            var names = Enum.GetNames(type);
            return (type.Name + "." + names[1], type.Name + "." + names[0]);
        }
    }
}

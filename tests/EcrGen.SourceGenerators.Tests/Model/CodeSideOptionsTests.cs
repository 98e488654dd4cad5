using System;
using System.Linq;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.SourceGenerators.Model;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Model
{
    /// <summary>
    /// The code side of the option table: every CDK property an attribute option sets on a props type the analyzers read
    /// (<c>RepositoryProps</c>, <c>LifecycleRule</c>, <c>EcrImageCodeProps</c>) is read by <see cref="CdkSpecReader"/> from
    /// hand-written code into the same spec, so an option the attribute side judges is judged in code alike.
    /// </summary>
    public class CodeSideOptionsTests
    {
        /// <summary>The props types <see cref="CdkSpecReader"/> has an entry point for.</summary>
        private static readonly string[] ReadTypes = { EcrGenNames.RepositoryProps, EcrGenNames.LifecycleRule, EcrGenNames.EcrImageCodeProps };

        public static TheoryData<string> CodeRows()
        {
            var data = new TheoryData<string>();
            foreach (var option in AttributeOptions.All.Where(o => o.Sets is { } sets && ReadTypes.Contains(sets.Type)))
            {
                data.Add(option.Id.ToString());
            }

            return data;
        }

        [Fact]
        public void Every_option_on_a_read_props_type_is_read_from_code_and_the_others_are_named_here()
        {
            var notRead = AttributeOptions.All.Where(o => o.Sets is not null && !o.ReadsCode).Select(o => o.Id.ToString()).ToArray();

            // IsImageDigest sets TagParameterContainerImageProps, which no rule judges in hand-written code.
            Assert.Equal(new[] { nameof(OptionId.TagParameterIsImageDigest) }, notRead);
            Assert.All(AttributeOptions.All.Where(o => o.Sets is { } sets && ReadTypes.Contains(sets.Type)), o => Assert.True(o.ReadsCode, o.Id + " is not read from code"));
        }

        /// <summary>Two different values of the CDK property in hand-written code give two different specs.</summary>
        [Theory]
        [MemberData(nameof(CodeRows))]
        public void CdkSpecReader_reads(string id)
        {
            var option = AttributeOptions.All.Single(o => o.Id.ToString() == id);
            var (first, second) = CodeValues(option);
            Assert.NotEqual(ReadWith(option, first), ReadWith(option, second));
        }

        /// <summary>The same option written on the attribute and in code gives the same spec value (the rules judge both alike).</summary>
        [Theory]
        [InlineData("RuleMaxImageAgeDays", "MaxImageAgeDays = 3", "MaxImageAge = Duration.Days(3)")]
        [InlineData("RuleTagStatus", "TagStatus = TagStatus.TAGGED", "TagStatus = TagStatus.TAGGED")]
        [InlineData("ImageTagMutabilityExclusionFilters", "ImageTagMutabilityExclusionFilters = new[] { \"dev-*\" }", "ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard(\"dev-*\") }")]
        [InlineData("Encryption", "Encryption = EcrEncryption.Kms", "Encryption = RepositoryEncryption.KMS")]
        [InlineData("ImageCodeCmd", "Cmd = new[] { \"a\", \"b\" }", "Cmd = new[] { \"a\", \"b\" }")]
        public void Attribute_and_code_read_alike(string id, string attribute, string code)
        {
            var option = AttributeOptions.All.Single(o => o.Id.ToString() == id);
            var fromCode = ReadWith(option, code.Substring(code.IndexOf('=', StringComparison.Ordinal) + 2));
            var usage = (option.Attribute == EcrGenNames.EcrRepositoryAttribute ? string.Empty : "[EcrRepository]\n")
                + "[" + option.Attribute.Substring("EcrGen.".Length, option.Attribute.Length - "EcrGen.".Length - "Attribute".Length)
                + "(" + (option.Attribute == EcrGenNames.EcrImageCodeAttribute ? "\"Api\", " : string.Empty) + attribute + ")]";
            var compilation = TestCompilation.Create(new[] { "using Amazon.CDK; using Amazon.CDK.AWS.ECR; using EcrGen;\n" + usage + "\npublic partial class Sample { }\n" }, TestReferences.AllWith(CdkRelease.V2_277));
            var model = RepositoryClassReader.Read(compilation.GetTypeByMetadataName("Sample")!, default);
            object fromAttribute = option.Sets!.Value.Type switch
            {
                EcrGenNames.RepositoryProps => model.Repository,
                EcrGenNames.LifecycleRule => Assert.Single(model.LifecycleRules),
                _ => Assert.Single(model.ImageCodes).Image,
            };
            Assert.Equal(fromAttribute, fromCode);
        }

        /// <summary>The spec <see cref="CdkSpecReader"/> reads from a props object with <paramref name="option"/>'s CDK property set to <paramref name="value"/>.</summary>
        private static object ReadWith(AttributeOption option, string value)
        {
            var sets = option.Sets!.Value;
            var type = sets.Type.Substring(sets.Type.LastIndexOf('.') + 1);
            var source = $$"""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Amazon.CDK.AWS.KMS;
                using Amazon.CDK.AWS.Lambda;
                using Constructs;

                public static class Sample
                {
                    public static object Make(Construct scope) => new {{type}} { {{sets.Member}} = {{value}} };
                }
                """;
            var compilation = TestCompilation.Create(new[] { source }, TestReferences.AllWith(CdkRelease.V2_277));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Sample", StringComparison.Ordinal));
            var creation = tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().First();
            var operation = (IObjectCreationOperation)compilation.GetSemanticModel(tree).GetOperation(creation)!;
            Assert.True(CdkSymbols.TryCreate(compilation, out var cdk));
            var written = WrittenObject.Read(operation, null);
            return sets.Type switch
            {
                EcrGenNames.RepositoryProps => CdkSpecReader.ReadRepository(written, cdk),
                EcrGenNames.LifecycleRule => CdkSpecReader.ReadLifecycleRule(written, cdk),
                EcrGenNames.EcrImageCodeProps => CdkSpecReader.ReadImageCodeProps(written),
                _ => throw new InvalidOperationException("no CdkSpecReader entry point for " + sets.Type),
            };
        }

        /// <summary>Two different values of the CDK property, as hand-written code writes them.</summary>
        private static (string First, string Second) CodeValues(AttributeOption option)
            => option.Kind switch
            {
                OptionKind.String => ("\"Alpha\"", "\"Beta\""),
                OptionKind.Bool => ("true", "false"),
                OptionKind.Number => ("3", "4"),
                OptionKind.Days => ("Duration.Days(3)", "Duration.Days(4)"),
                OptionKind.StringArray => ("new[] { \"dev-*\" }", "new[] { \"test-*\" }"),
                OptionKind.ExclusionFilters => ("new[] { ImageTagMutabilityExclusionFilter.Wildcard(\"dev-*\") }", "new[] { ImageTagMutabilityExclusionFilter.Wildcard(\"test-*\") }"),
                OptionKind.Encryption => ("RepositoryEncryption.KMS", "RepositoryEncryption.AES_256"),
                OptionKind.KeyArn => ("Key.FromKeyArn(scope, \"Key\", \"arn:aws:kms:eu-west-1:123456789012:key/a\")", "null"),
                OptionKind.CdkEnum => EnumValues(option),
                _ => throw new InvalidOperationException("no code sample for " + option.Kind + ": add one here"),
            };

        private static (string First, string Second) EnumValues(AttributeOption option)
        {
            var type = typeof(EcrRepositoryAttribute).Assembly.GetType(option.Attribute)!.GetProperty(option.Property)!.PropertyType;
            var names = Enum.GetNames(type);
            return (type.Name + "." + names[1], type.Name + "." + names[0]);
        }
    }
}

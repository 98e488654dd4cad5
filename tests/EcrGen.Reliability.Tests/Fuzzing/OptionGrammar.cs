using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using EcrGen.SourceGenerators.Model;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>One named argument the fuzzer may write: a row of the option table, as the fuzzer generates its values.</summary>
    internal sealed record GrammarOption(string Attribute, string Property, OptionKind Kind, int Percent, string? EnumType, string[] EnumMembers);

    /// <summary>
    /// The attribute options the fuzzer writes, generated from the option table (<see cref="AttributeOptions"/>): every row
    /// but the image names (the constructor argument the grammar writes itself), of every kind, that the CDK release the
    /// cases run against has (<see cref="CdkCapabilities.Supports(AttributeOption)"/>); enum values are that release's own
    /// members. A new option joins the fuzzer with its row; a new kind fails here until the grammar has values for it.
    /// </summary>
    internal sealed class OptionGrammar
    {
        private static readonly ConcurrentDictionary<CdkRelease, OptionGrammar> Cache = new();

        /// <summary>How often an option is written, in percent, where the default (35) does not fit.</summary>
        private static readonly Dictionary<OptionId, int> Percents = new()
        {
            [OptionId.ImageCodeTag] = 15, // deprecated in the CDK: seldom written
            [OptionId.RuleMaxImageCount] = 60, // a rule needs a count or an age
            [OptionId.RuleMaxImageAgeDays] = 40,
        };

        private readonly Dictionary<string, string> _namespaces = new(StringComparer.Ordinal);

        private OptionGrammar(CdkRelease cdk)
        {
            Cdk = cdk;
            var compilation = CSharpCompilation.Create("Grammar", references: TestReferences.AllWith(cdk));
            var capabilities = CdkCapabilities.From(compilation);
            Options = AttributeOptions.All
                .Where(o => o.Kind != OptionKind.MemberPrefix && capabilities.Supports(o))
                .Select(o => Describe(o, compilation))
                .ToArray();
        }

        /// <summary>The release the cases run against.</summary>
        public CdkRelease Cdk { get; }

        /// <summary>Every option written, in table order.</summary>
        public IReadOnlyList<GrammarOption> Options { get; }

        /// <summary>The grammar for <paramref name="cdk"/>, built once.</summary>
        public static OptionGrammar Of(CdkRelease cdk) => Cache.GetOrAdd(cdk, static release => new OptionGrammar(release));

        /// <summary>The options of the attribute <paramref name="attribute"/> (a metadata name), in table order.</summary>
        public IEnumerable<GrammarOption> OptionsOf(string attribute) => Options.Where(o => o.Attribute == attribute);

        /// <summary>The namespace of the enum <paramref name="type"/> (a simple name) an option takes.</summary>
        public string NamespaceOf(string type) => _namespaces[type];

        private GrammarOption Describe(AttributeOption option, Compilation compilation)
        {
            var percent = Percents.TryGetValue(option.Id, out var p) ? p : 35;
            if (option.Kind is not (OptionKind.CdkEnum or OptionKind.Encryption))
            {
                return new GrammarOption(option.Attribute, option.Property, option.Kind, percent, null, Array.Empty<string>());
            }

            // The enum the attribute property takes, with the members of the release the case compiles against.
            var propertyType = typeof(EcrRepositoryAttribute).Assembly.GetType(option.Attribute, throwOnError: true)!.GetProperty(option.Property)!.PropertyType;
            var symbol = compilation.GetTypeByMetadataName(propertyType.FullName!)
                ?? throw new InvalidOperationException(propertyType.FullName + " is not in CDK " + Cdk.Version());
            var members = symbol.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToArray();
            _namespaces[propertyType.Name] = propertyType.Namespace!;
            return new GrammarOption(option.Attribute, option.Property, option.Kind, percent, propertyType.Name, members);
        }
    }
}

using System.Threading;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// Where a diagnostic about an attribute goes: on the argument that holds the option (<c>RepositoryName = "MyApp"</c>, or
    /// the constructor argument for the repository name), else on the attribute's name. One mapping for every attribute
    /// analyzer, so a rule lands in the same place whichever analyzer reports it.
    /// </summary>
    internal static class AttributeLocations
    {
        /// <summary>The constructor parameter of <c>[EcrRepository]</c> that holds the repository name.</summary>
        public const string RepositoryNameParameter = "repositoryName";

        /// <summary>Reports <paramref name="violation"/> on the argument of <paramref name="attribute"/> that holds its option.</summary>
        public static void Report(AttributeData attribute, RuleViolation violation, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var syntax = Syntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return;
            }

            var attributeOption = AttributeOptionOf(violation.Option);
            AttributeArgumentSyntax? argument = null;
            if (attributeOption.Length > 0)
            {
                argument = NamedArgument(syntax, attributeOption);
                if (argument is null && attributeOption == "RepositoryName")
                {
                    argument = ConstructorArgument(syntax);
                    attributeOption = argument is null ? attributeOption : RepositoryNameParameter;
                }
            }

            sink.Report(violation, argument?.GetLocation() ?? syntax.Name.GetLocation(), argument is null ? null : attributeOption);
        }

        /// <summary>The attribute property that holds a CDK option (<c>MaxImageAge</c> → <c>MaxImageAgeDays</c>): the option table's mapping.</summary>
        public static string AttributeOptionOf(string cdkOption) => AttributeOptions.PropertyOf(cdkOption);

        public static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken)
            => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        public static AttributeArgumentSyntax? NamedArgument(AttributeSyntax syntax, string name)
        {
            if (syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument;
                }
            }

            return null;
        }

        public static AttributeArgumentSyntax? ConstructorArgument(AttributeSyntax syntax)
        {
            if (syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals is null)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}

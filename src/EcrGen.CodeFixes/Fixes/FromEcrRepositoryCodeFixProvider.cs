using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using EcrGen.CodeFixes.Syntax;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.CodeFixes.Fixes
{
    /// <summary>
    /// ECR3018: <c>ContainerImage.FromRegistry(repository.RepositoryUri + ":v1")</c> becomes
    /// <c>ContainerImage.FromEcrRepository(repository, "v1")</c>, which grants the task's execution role the pull. The analyzer
    /// decides what moves (the repository expression, and the tag or digest as an expression or a constant) and passes it
    /// as additional locations and <see cref="D.SuggestedValueKey"/>; the fix only rebuilds the call around them.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FromEcrRepositoryCodeFixProvider)), Shared]
    public sealed class FromEcrRepositoryCodeFixProvider : EcrGenCodeFixProvider
    {
        private const string Title = "Use ContainerImage.FromEcrRepository";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RegistryImage);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.UseFromEcrRepository) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            var diagnostic = context.Diagnostic;
            var tree = context.Root.SyntaxTree;
            if (context.Property(RegistryImageAnalyzer.FixKey) != RegistryImageAnalyzer.FixFromEcrRepository
                || !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != tree
                || diagnostic.AdditionalLocations.Count == 0
                || context.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ArgumentSyntax>() is not { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
                || call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromRegistry" } method
                || call.ContainsDiagnostics
                || ExpressionAt(context, diagnostic.AdditionalLocations[0]) is not { } repository)
            {
                return;
            }

            ExpressionSyntax? tagOrDigest = null;
            if (diagnostic.AdditionalLocations.Count > 1)
            {
                if (ExpressionAt(context, diagnostic.AdditionalLocations[1]) is not { } tag)
                {
                    return;
                }

                tagOrDigest = tag;
            }
            else if (context.Property(D.SuggestedValueKey) is { } constant)
            {
                tagOrDigest = Values.StringLiteral(constant);
            }

            // The method must be the CDK's ContainerImage.FromRegistry, as the analyzer saw it.
            if (context.Model.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol { Name: "FromRegistry", ContainingType: { Name: "ContainerImage" } })
            {
                return;
            }

            var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(repository.WithoutTrivia()) };
            if (tagOrDigest is not null)
            {
                arguments.Add(SyntaxFactory.Argument(tagOrDigest.WithoutTrivia()));
            }

            var replacement = call
                .WithExpression(method.WithName(SyntaxFactory.IdentifierName("FromEcrRepository").WithTriviaFrom(method.Name)))
                .WithArgumentList(call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(arguments)));
            fixes.Add(new Fix(Title, EquivalenceKeys.UseFromEcrRepository, editor => editor.ReplaceNode(call, replacement), call));
        }

        // The expression an additional location spans: the outermost node of exactly that span, an argument's expression.
        private static ExpressionSyntax? ExpressionAt(FixContext context, Location location)
        {
            if (!location.IsInSource || location.SourceTree != context.Root.SyntaxTree)
            {
                return null;
            }

            return context.Root.FindNode(location.SourceSpan, getInnermostNodeForTie: false) switch
            {
                ArgumentSyntax argument => argument.Expression,
                InterpolationSyntax interpolation => interpolation.Expression,
                ExpressionSyntax expression when expression.Span == location.SourceSpan => expression,
                _ => null,
            };
        }
    }
}

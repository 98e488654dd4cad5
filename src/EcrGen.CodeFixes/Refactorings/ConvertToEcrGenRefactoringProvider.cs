using System.Composition;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Conversion;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.CodeFixes.Refactorings
{
    /// <summary>
    /// "Convert to EcrGen" on <c>new Repository(scope, id, new RepositoryProps { ... })</c>: a new file with
    /// <c>[EcrRepository(...)] [LifecycleRule(...)]... public partial class NameRepository { }</c> (same folder and namespace),
    /// the creation replaced by <c>new NameRepository(scope, id)</c> with the scope and id as written, the moved
    /// <c>AddLifecycleRule</c> statements removed, and image references made from the repository's local replaced by the
    /// helpers of <c>[EcrImageCode]</c> and <c>[ContainerImage]</c>. The generated constructor passes the same props and adds the same rules in
    /// the same order, so the construct path, the logical ids and the template do not change. Offered only when every option
    /// and rule has an exact attribute form (<see cref="RepositoryConversion"/>).
    /// </summary>
    [ExportCodeRefactoringProvider(LanguageNames.CSharp, Name = nameof(ConvertToEcrGenRefactoringProvider)), Shared]
    public sealed class ConvertToEcrGenRefactoringProvider : CodeRefactoringProvider
    {
        /// <summary>The equivalence key of the action.</summary>
        public const string EquivalenceKey = EquivalenceKeys.ConvertToEcrGen;

        /// <inheritdoc/>
        public override async Task ComputeRefactoringsAsync(CodeRefactoringContext context)
        {
            var document = context.Document;
            var cancellationToken = context.CancellationToken;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            // The cheapest test first: the caret is on a `new X(...)` with two or three arguments.
            var creation = root.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<ObjectCreationExpressionSyntax>(
                static node => node.ArgumentList is { Arguments.Count: 2 or 3 });
            if (creation is null || !creation.NewKeyword.Span.IntersectsWith(context.Span) && !creation.Type.Span.IntersectsWith(context.Span))
            {
                return;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || RepositoryConversion.Read(creation, model, cancellationToken) is not { } conversion)
            {
                return;
            }

            var name = ConversionEditor.ClassName(conversion, model, creation.SpanStart, document.Project);
            context.RegisterRefactoring(
                CodeAction.Create(
                    $"Convert to EcrGen class '{name}'",
                    token => ConversionEditor.ConvertAsync(document, creation, name, inSameFile: false, token),
                    EquivalenceKey));
        }
    }
}

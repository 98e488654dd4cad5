using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Conversion;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace EcrGen.CodeFixes.Refactorings
{
    /// <summary>
    /// The edit "Convert to EcrGen" makes, shared by the refactoring (the class in a new file) and the ECR0007 fix and its
    /// Fix All (the class beside the stack, in the same file: <c>dotnet format</c> applies changes through MSBuildWorkspace,
    /// which lists an added document as a <c>Compile</c> item in the project file, a duplicate in an SDK-style project).
    /// </summary>
    internal static class ConversionEditor
    {
        /// <summary>
        /// A name derived from the construct id, else the repository name (the first of them not in use, or the first with a
        /// number), unique among the compilation's types and namespaces, the names in scope at the creation and the project's files.
        /// </summary>
        internal static string ClassName(RepositoryConversion conversion, SemanticModel model, int position, Project project)
        {
            var files = new HashSet<string>(project.Documents.Select(static d => d.Name), System.StringComparer.OrdinalIgnoreCase);
            bool Free(string candidate)
                => SyntaxFacts.GetKeywordKind(candidate) == SyntaxKind.None
                    && !GeneratedMembers.IsReserved(candidate, hasTagParameterImage: false)
                    && !model.Compilation.ContainsSymbolsWithName(candidate, SymbolFilter.Type | SymbolFilter.Namespace)
                    && model.LookupNamespacesAndTypes(position, name: candidate).IsEmpty
                    && !files.Contains(candidate + ".cs");

            var stems = new[]
            {
                ConvertedNames.FromText(conversion.IdText, lastSegment: false),
                ConvertedNames.FromText(conversion.RepositoryNameText, lastSegment: true),
            }.OfType<string>().DefaultIfEmpty("ConvertedRepository").ToList();
            foreach (var stem in stems)
            {
                if (Free(stem))
                {
                    return stem;
                }
            }

            var first = stems[0];
            for (var i = 2; ; i++)
            {
                var candidate = first + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Free(candidate))
                {
                    return candidate;
                }
            }
        }

        /// <summary>
        /// Converts the repository <paramref name="creation"/> makes into the class <paramref name="name"/>: the class in a new
        /// file beside the document, or (<paramref name="inSameFile"/>) after the top-level type around the creation; the
        /// creation, the moved rules and images and a written local type rewritten. Unchanged when the conversion no longer reads.
        /// </summary>
        public static async Task<Solution> ConvertAsync(Document document, ObjectCreationExpressionSyntax creation, string name, bool inSameFile, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || RepositoryConversion.Read(creation, model, cancellationToken) is not { } conversion)
            {
                return document.Project.Solution;
            }

            var newline = root.DescendantTrivia().FirstOrDefault(static t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";
            var ns = model.GetEnclosingSymbol(creation.SpanStart, cancellationToken)?.ContainingNamespace;
            var namespaceName = ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString();
            var fileScoped = root is CompilationUnitSyntax unit && unit.Members.OfType<FileScopedNamespaceDeclarationSyntax>().Any();
            var qualifiedName = namespaceName is null ? "global::" + name : "global::" + namespaceName + "." + name;

            var imageNames = HelperNames(conversion, name, model.Compilation);
            var solution = document.Project.Solution;
            DocumentId? newId = null;
            if (!inSameFile)
            {
                // A new file beside the stack's, in its folder and namespace.
                var text = NewFile(conversion, name, imageNames, namespaceName, fileScoped, newline);
                newId = DocumentId.CreateNewId(document.Project.Id);
                var filePath = document.FilePath is { } path ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? string.Empty, name + ".cs") : null;
                solution = solution.AddDocument(newId, name + ".cs", SourceText.From(text, Encoding.UTF8), document.Folders, filePath);
            }

            // The creation becomes `new NameRepository(scope, id)`; the moved statements go.
            var replacement = creation
                .WithType(SyntaxFactory.ParseTypeName(qualifiedName).WithTriviaFrom(creation.Type).WithAdditionalAnnotations(Simplifier.Annotation))
                .WithArgumentList(creation.ArgumentList!.WithArguments(SyntaxFactory.SeparatedList(creation.ArgumentList.Arguments.Take(2), creation.ArgumentList.Arguments.GetSeparators().Take(1))));
            var statements = conversion.Rules.Select(static r => (SyntaxNode)r.Statement).ToList();
            var tracked = statements.Append(creation).Concat(conversion.Images.Select(static i => i.Invocation));
            if (conversion.HolderType is { } holderType)
            {
                tracked = tracked.Append(holderType);
            }

            // The top-level type around the creation (none in top-level statements): the class goes after it when it stays in
            // this file.
            var outermost = creation.Ancestors().OfType<BaseTypeDeclarationSyntax>().LastOrDefault();
            var edited = root.TrackNodes(outermost is null ? tracked : tracked.Append(outermost));
            edited = edited.ReplaceNode(edited.GetCurrentNode(creation)!, replacement);
            for (var i = 0; i < conversion.Images.Count; i++)
            {
                // `DockerImageCode.FromEcr(web, ...)` becomes `web.NameCode()`, `ContainerImage.FromEcrRepository(web, ...)` `web.NameImage()`.
                var image = conversion.Images[i];
                var suffix = image.Kind == ConvertedImageKind.Code ? GeneratedMembers.ImageCodeSuffix : GeneratedMembers.ContainerImageSuffix;
                var call = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, image.Holder.WithoutTrivia(), SyntaxFactory.IdentifierName(imageNames[i] + suffix)));
                edited = edited.ReplaceNode(edited.GetCurrentNode(image.Invocation)!, call.WithTriviaFrom(image.Invocation));
            }

            if (conversion.HolderType is { } writtenType)
            {
                // The local is typed as the new class, so its helpers can be called on it.
                var newType = SyntaxFactory.ParseTypeName(qualifiedName).WithTriviaFrom(writtenType).WithAdditionalAnnotations(Simplifier.Annotation);
                edited = edited.ReplaceNode(edited.GetCurrentNode(writtenType)!, newType);
            }

            edited = edited.RemoveNodes(statements.Select(s => edited.GetCurrentNode(s)!), SyntaxRemoveOptions.KeepDirectives)!;
            if (inSameFile)
            {
                // The class goes right after the top-level type that creates the repository, and after the classes earlier
                // conversions put there, in the order they were converted; in a file of top-level statements, at its end,
                // where type declarations may follow the statements. Its names are fully qualified for the imports to be
                // added and the names shortened below.
                SyntaxNode? anchor = outermost is null ? null : edited.GetCurrentNode(outermost);
                if (anchor is not null)
                {
                    var siblings = anchor.Parent!.ChildNodes().ToList();
                    for (var i = siblings.IndexOf(anchor) + 1; i < siblings.Count && siblings[i] is ClassDeclarationSyntax next && IsEcrGenClass(next); i++)
                    {
                        anchor = next;
                    }
                }
                else if (edited is CompilationUnitSyntax { Members.Count: > 0 } statementsFile)
                {
                    anchor = statementsFile.Members.Last();
                }

                var indent = outermost is null ? string.Empty : outermost.GetLeadingTrivia().LastOrDefault(static t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
                var member = SyntaxFactory.ParseMemberDeclaration(ClassText(conversion, name, imageNames, indent, newline, "global::EcrGen."))!;
                member = member.ReplaceNodes(QualifiedNames(member), static (_, node) => node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));

                // One blank line between the types (two line breaks when the file ends right after the anchor's last token).
                var breaks = anchor is null || anchor.GetTrailingTrivia().Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? 1 : 2;
                member = member.WithLeadingTrivia(member.GetLeadingTrivia().InsertRange(0, Enumerable.Repeat(SyntaxFactory.EndOfLine(newline), breaks)));
                edited = anchor is not null ? edited.InsertNodesAfter(anchor, new[] { member }) : ((CompilationUnitSyntax)edited).AddMembers(member);
            }

            solution = solution.WithDocumentSyntaxRoot(document.Id, edited);

            // Names written fully qualified become as short as each file's usings allow.
            if (newId is not null)
            {
                var newDocument = solution.GetDocument(newId)!;
                var newRoot = await newDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                newDocument = newDocument.WithSyntaxRoot(newRoot!.ReplaceNodes(QualifiedNames(newRoot!), static (_, node) => node.WithAdditionalAnnotations(Simplifier.Annotation)));
                newDocument = await Simplifier.ReduceAsync(newDocument, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                solution = newDocument.Project.Solution;
            }

            var changed = solution.GetDocument(document.Id)!;
            if (inSameFile)
            {
                changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return changed.Project.Solution;
        }

        /// <summary>
        /// The image names, in the order of <see cref="RepositoryConversion.Images"/>: from what the code calls each image (a
        /// construct id, a container or local name), else <c>Lambda</c> or <c>Ecs</c>, numbered from 2 when a member it makes is
        /// taken (by another image, the class's own name, a member of <c>Repository</c> or its bases, a name EcrGen generates).
        /// </summary>
        internal static List<string> HelperNames(RepositoryConversion conversion, string className, Compilation compilation)
        {
            var taken = new HashSet<string>(System.StringComparer.Ordinal) { className };
            for (var type = compilation.GetTypeByMetadataName(EcrGenNames.Repository); type is not null; type = type.BaseType)
            {
                taken.UnionWith(type.MemberNames);
            }

            var names = new List<string>();
            foreach (var image in conversion.Images)
            {
                var suffixes = image.Kind == ConvertedImageKind.Code ? GeneratedMembers.ImageCodeSuffixes : GeneratedMembers.ContainerImageSuffixes;
                var stem = ConvertedNames.Identifier(image.Stem, "Image") ?? (image.Kind == ConvertedImageKind.Code ? "Lambda" : "Ecs");
                var candidate = stem;
                for (var i = 2; !Free(candidate, suffixes); i++)
                {
                    candidate = stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                taken.UnionWith(suffixes.Select(suffix => candidate + suffix));
                names.Add(candidate);
            }

            return names;

            bool Free(string candidate, string[] suffixes)
                => ImageNames.IsValidMemberPrefix(candidate)
                    && suffixes.All(suffix => !taken.Contains(candidate + suffix) && !GeneratedMembers.IsReserved(candidate + suffix, hasTagParameterImage: true));
        }

        // The whole `global::A.B.C.D` names and member accesses the new file spells out.
        private static IEnumerable<SyntaxNode> QualifiedNames(SyntaxNode root)
        {
            foreach (var alias in root.DescendantNodes().OfType<AliasQualifiedNameSyntax>())
            {
                SyntaxNode node = alias;
                while (node.Parent is QualifiedNameSyntax or MemberAccessExpressionSyntax)
                {
                    node = node.Parent;
                }

                yield return node;
            }
        }

        private static string NewFile(RepositoryConversion conversion, string name, List<string> imageNames, string? namespaceName, bool fileScoped, string newline)
        {
            var builder = new StringBuilder();
            var namespaces = new SortedSet<string>(conversion.Namespaces, new UsingOrder()) { "EcrGen" };
            foreach (var imported in namespaces)
            {
                if (namespaceName is not null && (namespaceName == imported || namespaceName.StartsWith(imported + ".", System.StringComparison.Ordinal)))
                {
                    continue; // the class's own namespace, or one around it: its names are in scope already
                }

                builder.Append("using ").Append(imported).Append(';').Append(newline);
            }

            if (builder.Length > 0)
            {
                builder.Append(newline);
            }

            var indent = string.Empty;
            if (namespaceName is not null)
            {
                builder.Append("namespace ").Append(namespaceName);
                if (fileScoped)
                {
                    builder.Append(';').Append(newline).Append(newline);
                }
                else
                {
                    builder.Append(newline).Append('{').Append(newline);
                    indent = "    ";
                }
            }

            builder.Append(ClassText(conversion, name, imageNames, indent, newline, string.Empty));
            if (namespaceName is not null && !fileScoped)
            {
                builder.Append('}').Append(newline);
            }

            return builder.ToString();
        }

        /// <summary>
        /// The attributes and the empty <c>public partial class</c>, each line at <paramref name="indent"/>; the attribute
        /// names start with <paramref name="attributePrefix"/> (empty where the file imports <c>EcrGen</c>).
        /// </summary>
        private static string ClassText(RepositoryConversion conversion, string name, List<string> imageNames, string indent, string newline, string attributePrefix)
        {
            var builder = new StringBuilder();
            AppendComments(builder, conversion.RepositoryComments, indent, newline);
            builder.Append(indent).Append('[').Append(attributePrefix).Append("EcrRepository")
                .Append(conversion.RepositoryArguments.Count == 0 ? string.Empty : "(" + string.Join(", ", conversion.RepositoryArguments) + ")").Append(']').Append(newline);
            foreach (var rule in conversion.Rules)
            {
                AppendComments(builder, rule.Comments, indent, newline);
                builder.Append(indent).Append('[').Append(attributePrefix).Append("LifecycleRule(").Append(string.Join(", ", rule.Arguments)).Append(")]").Append(newline);
            }

            for (var i = 0; i < conversion.Images.Count; i++)
            {
                var image = conversion.Images[i];
                var attribute = image.Kind == ConvertedImageKind.Code ? "EcrImageCode" : "ContainerImage";
                var arguments = new[] { SymbolDisplay.FormatLiteral(imageNames[i], quote: true) }.Concat(image.Arguments);
                AppendComments(builder, image.Comments, indent, newline);
                builder.Append(indent).Append('[').Append(attributePrefix).Append(attribute).Append('(').Append(string.Join(", ", arguments)).Append(")]").Append(newline);
            }

            builder.Append(indent).Append("public partial class ").Append(name).Append(newline)
                .Append(indent).Append('{').Append(newline)
                .Append(indent).Append('}').Append(newline);
            return builder.ToString();
        }

        private static bool IsEcrGenClass(ClassDeclarationSyntax declaration)
            => declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                && declaration.AttributeLists.SelectMany(static list => list.Attributes).Any(static attribute => attribute.Name.ToString() is "EcrRepository" or "EcrRepositoryAttribute" or "EcrGen.EcrRepository" or "global::EcrGen.EcrRepository");

        private static void AppendComments(StringBuilder builder, List<string> comments, string indent, string newline)
        {
            foreach (var comment in comments)
            {
                builder.Append(indent).Append(comment).Append(newline);
            }
        }

        // System first, then alphabetical, as `dotnet format` sorts usings by default.
        private sealed class UsingOrder : IComparer<string>
        {
            public int Compare(string? x, string? y)
            {
                var xSystem = x == "System" || x!.StartsWith("System.", System.StringComparison.Ordinal);
                var ySystem = y == "System" || y!.StartsWith("System.", System.StringComparison.Ordinal);
                return xSystem != ySystem ? (xSystem ? -1 : 1) : string.CompareOrdinal(x, y);
            }
        }
    }
}

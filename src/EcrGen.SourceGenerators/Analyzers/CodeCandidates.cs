using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// A syntactic pre-check for the operation analyzers. Registering operation-block actions makes Roslyn build an
    /// <see cref="IOperation"/> tree for every executable block of the compilation, attribute lists included: in an app of
    /// <c>[EcrRepository]</c> classes that is most of the analyzers' cost, spent on classes that hold no code at all. The
    /// analyzers only ever act on object creations and calls (their block-end analysis returns at once without one), and those
    /// come only from the syntax kinds below, so a type none of whose own declarations (in code analyzers see) holds one of them
    /// gets no operation-block actions, and Roslyn builds no operation tree for it.
    /// </summary>
    internal static class CodeCandidates
    {
        /// <summary>
        /// The shape both code analyzers share: in types that may hold code, one <see cref="ICodeBlockAnalysis"/> per operation
        /// block collects its object creations and calls and analyses them when the block ends.
        /// </summary>
        public static void RegisterCodeBlocks(CompilationStartAnalysisContext start, Func<ICodeBlockAnalysis> createBlock)
            => RegisterForTypesWithCode(start, symbolStart => symbolStart.RegisterOperationBlockStartAction(blockStart =>
            {
                var block = createBlock();
                blockStart.RegisterOperationAction(block.OnObjectCreation, OperationKind.ObjectCreation);
                blockStart.RegisterOperationAction(block.OnInvocation, OperationKind.Invocation);
                blockStart.RegisterOperationBlockEndAction(block.OnEnd);
            }));

        /// <summary>
        /// Registers <paramref name="register"/> for every named type that may hold an object creation or a call in its own
        /// members, initializers, base-constructor arguments or attribute-free code; the types that cannot get nothing.
        /// </summary>
        public static void RegisterForTypesWithCode(CompilationStartAnalysisContext start, Action<SymbolStartAnalysisContext> register)
            => start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    if (MayCreateOrCall((INamedTypeSymbol)symbolStart.Symbol, symbolStart.Options, symbolStart.CancellationToken))
                    {
                        register(symbolStart);
                    }
                },
                SymbolKind.NamedType);

        /// <summary>Whether a declaration of <paramref name="type"/>, outside generated code, holds an object creation or a call.</summary>
        public static bool MayCreateOrCall(INamedTypeSymbol type, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (type.IsImplicitlyDeclared || type.DeclaringSyntaxReferences.IsEmpty)
            {
                return true; // top-level statements' Program, script classes: no declaration to look at, so analyse.
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (IsGeneratedCode(reference.SyntaxTree, options, cancellationToken))
                {
                    continue; // analyzers skip generated code (GeneratedCodeAnalysisFlags.None) whatever it holds.
                }

                var declaration = reference.GetSyntax(cancellationToken);
                foreach (var node in declaration.DescendantNodes(n => n == declaration || !(n is AttributeListSyntax || n is BaseTypeDeclarationSyntax || n is DelegateDeclarationSyntax)))
                {
                    switch (node.Kind())
                    {
                        case SyntaxKind.ObjectCreationExpression:
                        case SyntaxKind.ImplicitObjectCreationExpression:
                        case SyntaxKind.InvocationExpression:
                        case SyntaxKind.BaseConstructorInitializer:
                        case SyntaxKind.ThisConstructorInitializer:
                        case SyntaxKind.PrimaryConstructorBaseType:
                        case SyntaxKind.QueryExpression:
                            return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Roslyn's own test for generated code, narrowed to what can be seen from here: an explicit <c>generated_code</c>
        /// setting wins; otherwise a generated-file name or an <c>&lt;auto-generated</c> header comment. Where this says
        /// "generated", Roslyn does too, so nothing an analyzer would have checked is skipped.
        /// </summary>
        private static bool IsGeneratedCode(SyntaxTree tree, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("generated_code", out var setting))
            {
                return string.Equals(setting.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            }

            var fileName = System.IO.Path.GetFileName(tree.FilePath);
            if (fileName.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".g.i.cs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    var text = trivia.ToString();
                    if (text.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0
                        || text.IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
                else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    break;
                }
            }

            return false;
        }
    }

    /// <summary>The per-block state of a code analyzer: what one operation block holds, analysed at its end.</summary>
    internal interface ICodeBlockAnalysis
    {
        /// <summary>An object creation in the block.</summary>
        void OnObjectCreation(OperationAnalysisContext context);

        /// <summary>A call in the block.</summary>
        void OnInvocation(OperationAnalysisContext context);

        /// <summary>The end of the block.</summary>
        void OnEnd(OperationBlockAnalysisContext context);
    }
}

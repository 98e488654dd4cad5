using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// A syntactic pre-check for the operation analyzers. The analyzers only ever act on object creations and calls (their
    /// block-end analysis returns at once without one), and those come only from the syntax kinds below, so the operation
    /// blocks of a type none of whose own declarations (in code analyzers see) holds one of them get no per-operation actions:
    /// in an app of <c>[EcrRepository]</c> classes most blocks are such classes' attribute lists.
    /// </summary>
    /// <remarks>
    /// The check runs per block, from one compilation-level operation-block action, and is remembered per type. It used to gate
    /// a symbol-start action per named type, which kept Roslyn from building operation trees for those types when no other
    /// analyzer asked for them; but a symbol-start action makes the analyzer driver track every member of every type until the
    /// type's symbol-end, under a lock the compiler's parallel workers then contend for: 10% of a 300-class app's build samples
    /// in a real <c>dotnet build</c>, where the SDK's default code analysis (CA1416 and others) builds the operation trees
    /// anyway.
    /// </remarks>
    internal static class CodeCandidates
    {
        // Once, not per block: the params overload copies its array into a new ImmutableArray on every call.
        private static readonly ImmutableArray<OperationKind> ObjectCreations = ImmutableArray.Create(OperationKind.ObjectCreation);
        private static readonly ImmutableArray<OperationKind> Invocations = ImmutableArray.Create(OperationKind.Invocation);

        /// <summary>
        /// The shape both code analyzers share: for the operation blocks of types that may hold code, one
        /// <see cref="ICodeBlockAnalysis"/> per block collects its object creations and calls and analyses them when the block
        /// ends.
        /// </summary>
        public static void RegisterCodeBlocks(CompilationStartAnalysisContext start, Func<ICodeBlockAnalysis> createBlock)
        {
            var typesWithCode = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                // The type whose symbol-start scope the block belonged to: the type itself for its attribute lists, else the
                // member's type. Blocks outside any type (assembly attributes) were never in such a scope, and stay unanalysed.
                var owner = blockStart.OwningSymbol as INamedTypeSymbol ?? blockStart.OwningSymbol.ContainingType;
                if (owner is null)
                {
                    return;
                }

                // Read first, add once: most blocks find their type already checked, and a lock-free read needs no closure.
                if (!typesWithCode.TryGetValue(owner, out var mayHoldCode))
                {
                    mayHoldCode = typesWithCode.GetOrAdd(owner, MayCreateOrCall(owner, blockStart.Options, blockStart.CancellationToken));
                }

                if (!mayHoldCode)
                {
                    return;
                }

                var block = createBlock();
                blockStart.RegisterOperationAction(block.OnObjectCreation, ObjectCreations);
                blockStart.RegisterOperationAction(block.OnInvocation, Invocations);
                blockStart.RegisterOperationBlockEndAction(block.OnEnd);
            });
        }

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

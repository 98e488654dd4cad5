using System.Collections.Immutable;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Analyzers.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Images in hand-written CDK code (I1–I13, T4, T5): <c>new EcrImageCodeProps { ... }</c> however it is used later
    /// (<c>DockerImageCode.FromEcr</c>, <c>Code.FromEcrImage</c>, <c>new EcrImageCode</c>), the tag-or-digest of
    /// <c>ContainerImage.FromEcrRepository</c> and <c>new EcrImage</c>, <c>RepositoryUriForTagOrDigest</c>/<c>ForDigest</c>/<c>ForTag</c>;
    /// and the flow facts within one block: a <c>TagParameterContainerImage</c> never bound (I8) or bound twice (I11), image code
    /// on a plain <c>Function</c> without <c>FROM_IMAGE</c> (I12), image code from a repository imported from another account
    /// (I13); on image functions (<c>DockerImageFunctionProps</c>, <c>FunctionProps</c> with image code, <c>AddLayers</c>) the
    /// options they cannot have (W8) and an architecture that contradicts the image asset's platform (W9); an image
    /// referenced by <c>latest</c> (W1: the repository's tag mutability when the block creates it), and an image from a
    /// repository the same block creates in the same scope as the function or container that runs it (W2).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ImageCodeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = D.InCategories(D.ImageCategory);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    return;
                }

                // Only types that can hold an object creation or a call get operation-block actions: see CodeCandidates.
                CodeCandidates.RegisterCodeBlocks(start, () => new ImageOperations(cdk, Analyze));
            });
        }

        // One pass over what the block collected, each concern checked by its own class (Code/Image*Checks, Code/TagParameterChecks).
        private static void Analyze(OperationBlockAnalysisContext context, ImageOperations operations)
        {
            var cdk = operations.Cdk;
            var index = BlockIndex.Build(context.OperationBlocks, context.OwningSymbol, context.CancellationToken);
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
            var references = new ImageReferenceChecks(cdk);
            var sources = new ImageSourceChecks(cdk);

            if (operations.ImageProps is not null)
            {
                foreach (var creation in operations.ImageProps)
                {
                    references.CheckImageCodeProps(WrittenObject.Read(creation, index), index, sink);
                }
            }

            if (operations.TagOrDigestCalls is not null)
            {
                foreach (var call in operations.TagOrDigestCalls)
                {
                    references.CheckTagOrDigestCall(call, index, sink);
                }
            }

            if (operations.ImageCodeCalls is not null)
            {
                foreach (var call in operations.ImageCodeCalls)
                {
                    sources.CheckImportedRepository(call, index, context.OperationBlocks, sink);
                    references.CheckImageCodeReference(call, index, sink);
                    sources.CheckRepositoryHasImage(call, OperationValues.Argument(OperationValues.ArgumentsOf(call), 0), null, context.OperationBlocks, operations.AddsDependencies, index, sink);
                }
            }

            if (operations.TagOrDigestCalls is not null)
            {
                foreach (var call in operations.TagOrDigestCalls)
                {
                    // ContainerImage.FromEcrRepository and new EcrImage (the other tag-or-digest calls build URIs, not images).
                    if (call is IObjectCreationOperation || call is IInvocationOperation { TargetMethod.Name: "FromEcrRepository" })
                    {
                        references.CheckContainerImageReference(call, index, sink);
                        sources.CheckRepositoryHasImage(call, OperationValues.Argument(OperationValues.ArgumentsOf(call), 0), null, context.OperationBlocks, operations.AddsDependencies, index, sink);
                    }
                }
            }

            if (operations.GeneratedImageCalls is not null)
            {
                foreach (var call in operations.GeneratedImageCalls)
                {
                    sources.CheckRepositoryHasImage(call, call.Instance, call.Syntax.GetLocation(), context.OperationBlocks, operations.AddsDependencies, index, sink);
                }
            }

            if (operations.FunctionProps is not null || operations.AddLayersCalls is not null)
            {
                var functions = new ImageFunctionChecks(cdk);
                if (operations.FunctionProps is not null)
                {
                    foreach (var creation in operations.FunctionProps)
                    {
                        functions.CheckFunctionProps(WrittenObject.Read(creation, index), index, sink);
                    }
                }

                if (operations.AddLayersCalls is not null)
                {
                    foreach (var call in operations.AddLayersCalls)
                    {
                        if (functions.IsImageFunction(call.Instance, index))
                        {
                            sink.Report(ImageFunctionRules.AddLayers(), call.Syntax.GetLocation());
                        }
                    }
                }
            }

            if (operations.TagParameterImages is not null)
            {
                var tagParameters = new TagParameterChecks(cdk);
                foreach (var creation in operations.TagParameterImages)
                {
                    tagParameters.CheckTagParameterImage(creation, index, sink);
                }
            }
        }
    }
}

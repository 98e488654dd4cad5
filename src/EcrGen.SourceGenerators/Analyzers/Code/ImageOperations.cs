using System;
using System.Collections.Generic;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// The image code of one operation block, collected cheaply as Roslyn walks it: image props, function props, tag
    /// parameter images, tag-or-digest entry points, image code calls, generated image helpers, <c>AddLayers</c>. At the end of
    /// the block the owner analyses it, only if it holds any of these.
    /// </summary>
    internal sealed class ImageOperations : ICodeBlockAnalysis
    {
        private readonly CdkSymbols _cdk;
        private readonly Action<OperationBlockAnalysisContext, ImageOperations> _analyze;
        private List<IObjectCreationOperation>? _imageProps;
        private List<IObjectCreationOperation>? _functionProps;
        private List<IObjectCreationOperation>? _tagParameterImages;
        private List<IOperation>? _tagOrDigestCalls;
        private List<IOperation>? _imageCodeCalls;
        private List<IInvocationOperation>? _generatedImageCalls;
        private bool _addsDependencies;
        private List<IInvocationOperation>? _addLayersCalls;

        public ImageOperations(CdkSymbols cdk, Action<OperationBlockAnalysisContext, ImageOperations> analyze)
        {
            _cdk = cdk;
            _analyze = analyze;
        }

        public CdkSymbols Cdk => _cdk;

        /// <summary><c>new EcrImageCodeProps { ... }</c>.</summary>
        public List<IObjectCreationOperation>? ImageProps => _imageProps;

        /// <summary><c>new FunctionProps { ... }</c> and <c>new DockerImageFunctionProps { ... }</c>.</summary>
        public List<IObjectCreationOperation>? FunctionProps => _functionProps;

        /// <summary><c>new TagParameterContainerImage(...)</c>.</summary>
        public List<IObjectCreationOperation>? TagParameterImages => _tagParameterImages;

        /// <summary>
        /// The tag-or-digest entry points: <c>RepositoryUriForTagOrDigest</c>/<c>ForDigest</c>/<c>ForTag</c>,
        /// <c>ContainerImage.FromEcrRepository</c>, <c>new EcrImage</c>.
        /// </summary>
        public List<IOperation>? TagOrDigestCalls => _tagOrDigestCalls;

        /// <summary>Image code from a repository: <c>DockerImageCode.FromEcr</c>, <c>Code.FromEcrImage</c>, <c>new EcrImageCode</c>.</summary>
        public List<IOperation>? ImageCodeCalls => _imageCodeCalls;

        /// <summary>Calls of the image helpers EcrGen generated into an <c>[EcrRepository]</c> class.</summary>
        public List<IInvocationOperation>? GeneratedImageCalls => _generatedImageCalls;

        /// <summary><c>AddLayers</c> on a function.</summary>
        public List<IInvocationOperation>? AddLayersCalls => _addLayersCalls;

        /// <summary>Whether the block orders constructs explicitly (<c>AddDependency</c>, <c>AddDependsOn</c>).</summary>
        public bool AddsDependencies => _addsDependencies;

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var type = creation.Type;
            if (type is null || !_cdk.IsCdk(type))
            {
                return;
            }

            if (CdkSymbols.Is(type, _cdk.EcrImageCodeProps))
            {
                (_imageProps ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.FunctionProps) || CdkSymbols.Is(type, _cdk.DockerImageFunctionProps))
            {
                (_functionProps ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.TagParameterContainerImage))
            {
                (_tagParameterImages ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.EcrImageCode))
            {
                (_imageCodeCalls ??= new List<IOperation>()).Add(creation);
            }
            else if (type.Name == "EcrImage" && CdkSymbols.DerivesFrom(type, _cdk.ContainerImage))
            {
                (_tagOrDigestCalls ??= new List<IOperation>()).Add(creation);
            }
        }

        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name == "AddDependency" || method.Name == "AddDependsOn")
            {
                _addsDependencies = true; // Node.AddDependency lives in Constructs, CfnResource.AddDependsOn in the CDK
                return;
            }

            if (!_cdk.IsCdk(method))
            {
                if (IsGeneratedImageHelper(method))
                {
                    (_generatedImageCalls ??= new List<IInvocationOperation>()).Add(invocation);
                }

                return;
            }

            switch (method.Name)
            {
                case "RepositoryUriForTagOrDigest":
                case "RepositoryUriForDigest":
                case "RepositoryUriForTag":
                    if (_cdk.IsRepositoryType(method.ContainingType))
                    {
                        (_tagOrDigestCalls ??= new List<IOperation>()).Add(invocation);
                    }

                    break;
                case "FromEcrRepository":
                    if (CdkSymbols.Is(method.ContainingType, _cdk.ContainerImage))
                    {
                        (_tagOrDigestCalls ??= new List<IOperation>()).Add(invocation);
                    }

                    break;
                case "FromEcr":
                case "FromEcrImage":
                    if (CdkSymbols.Is(method.ContainingType, _cdk.DockerImageCode) || CdkSymbols.Is(method.ContainingType, _cdk.Code))
                    {
                        (_imageCodeCalls ??= new List<IOperation>()).Add(invocation);
                    }

                    break;
                case "AddLayers":
                    if (CdkSymbols.DerivesFrom(method.ContainingType, _cdk.Function))
                    {
                        (_addLayersCalls ??= new List<IInvocationOperation>()).Add(invocation);
                    }

                    break;
            }
        }

        public void OnEnd(OperationBlockAnalysisContext context)
        {
            if (_imageProps is not null || _functionProps is not null || _tagParameterImages is not null || _tagOrDigestCalls is not null
                || _imageCodeCalls is not null || _addLayersCalls is not null || _generatedImageCalls is not null)
            {
                _analyze(context, this);
            }
        }

        // {Name}Code() / {Name}Image() that EcrGen generated into an [EcrRepository] class: an image from that repository.
        private bool IsGeneratedImageHelper(IMethodSymbol method)
        {
            if (method.IsStatic || method.Parameters.Length != 0 || method.MethodKind != MethodKind.Ordinary
                || !(method.Name.EndsWith(GeneratedMembers.ImageCodeSuffix, System.StringComparison.Ordinal) || method.Name.EndsWith(GeneratedMembers.ContainerImageSuffix, System.StringComparison.Ordinal))
                || !CdkSymbols.DerivesFrom(method.ContainingType, _cdk.Repository))
            {
                return false;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (GeneratedMembers.IsGeneratedFile(reference.SyntaxTree.FilePath))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

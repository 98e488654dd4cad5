using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Code;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Images in hand-written CDK code (I1–I13, T4): <c>new EcrImageCodeProps { ... }</c> however it is used later
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
                CodeCandidates.RegisterCodeBlocks(start, () => new Block(cdk));
            });
        }

        private sealed class Block : ICodeBlockAnalysis
        {
            private readonly CdkSymbols _cdk;
            private List<IObjectCreationOperation>? _imageProps;
            private List<IObjectCreationOperation>? _functionProps;
            private List<IObjectCreationOperation>? _tagParameterImages;
            private List<IOperation>? _tagOrDigestCalls;
            private List<IOperation>? _imageCodeCalls;
            private List<IInvocationOperation>? _generatedImageCalls;
            private bool _addsDependencies;
            private List<IInvocationOperation>? _addLayersCalls;

            public Block(CdkSymbols cdk)
            {
                _cdk = cdk;
            }

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
                if (_imageProps is null && _functionProps is null && _tagParameterImages is null && _tagOrDigestCalls is null && _imageCodeCalls is null && _addLayersCalls is null && _generatedImageCalls is null)
                {
                    return;
                }

                var index = BlockIndex.Build(context.OperationBlocks);
                var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);

                if (_imageProps is not null)
                {
                    foreach (var creation in _imageProps)
                    {
                        CheckImageCodeProps(WrittenObject.Read(creation, index), sink);
                    }
                }

                if (_tagOrDigestCalls is not null)
                {
                    foreach (var call in _tagOrDigestCalls)
                    {
                        CheckTagOrDigestCall(call, sink);
                    }
                }

                if (_imageCodeCalls is not null)
                {
                    foreach (var call in _imageCodeCalls)
                    {
                        CheckImportedRepository(call, index, context.OperationBlocks, sink);
                        CheckImageCodeReference(call, index, sink);
                        CheckRepositoryHasImage(call, OperationValues.Argument(ArgumentsOf(call), 0), null, context, index, sink);
                    }
                }

                if (_tagOrDigestCalls is not null)
                {
                    foreach (var call in _tagOrDigestCalls)
                    {
                        if (IsContainerImage(call))
                        {
                            CheckContainerImageReference(call, index, sink);
                            CheckRepositoryHasImage(call, OperationValues.Argument(ArgumentsOf(call), 0), null, context, index, sink);
                        }
                    }
                }

                if (_generatedImageCalls is not null)
                {
                    foreach (var call in _generatedImageCalls)
                    {
                        CheckRepositoryHasImage(call, call.Instance, call.Syntax.GetLocation(), context, index, sink);
                    }
                }

                if (_functionProps is not null)
                {
                    foreach (var creation in _functionProps)
                    {
                        CheckFunctionProps(WrittenObject.Read(creation, index), index, sink);
                    }
                }

                if (_addLayersCalls is not null)
                {
                    foreach (var call in _addLayersCalls)
                    {
                        if (IsImageFunction(call.Instance, index))
                        {
                            sink.Report(ImageFunctionRules.AddLayers(), call.Syntax.GetLocation());
                        }
                    }
                }

                if (_tagParameterImages is not null)
                {
                    foreach (var creation in _tagParameterImages)
                    {
                        CheckTagParameterImage(creation, index, sink);
                    }
                }
            }

            // I1, I3, I4, I5, I6, I9, I10 on EcrImageCodeProps, wherever it is used.
            private static void CheckImageCodeProps(WrittenObject props, DiagnosticSink sink)
            {
                var spec = CdkSpecReader.ReadImageCodeProps(props);
                foreach (var violation in ImageReferenceRules.Validate(spec))
                {
                    sink.Report(violation, props.LocationOf(violation.Option));
                }
            }

            // I7: the same value rules at every tag-or-digest entry point; I2 for RepositoryUriForDigest; I4 for RepositoryUriForTag.
            private static void CheckTagOrDigestCall(IOperation call, DiagnosticSink sink)
            {
                var (method, arguments) = call switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation creation => (creation.Constructor!, creation.Arguments),
                    _ => default,
                };
                if (method is null)
                {
                    return;
                }

                var ordinal = method.MethodKind == MethodKind.Constructor || method.Name == "FromEcrRepository" ? 1 : 0;
                IArgumentOperation? argument = null;
                foreach (var candidate in arguments)
                {
                    if (candidate.Parameter?.Ordinal == ordinal && candidate.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        argument = candidate;
                    }
                }

                if (argument?.Parameter is null)
                {
                    return;
                }

                var value = OperationValues.String(argument.Value);
                var option = argument.Parameter.Name;
                var violations = method.Name switch
                {
                    "RepositoryUriForDigest" => ImageReferenceRules.ValidateDigest(value, option),
                    "RepositoryUriForTag" => ImageReferenceRules.ValidateTag(value, option),
                    _ => ImageReferenceRules.ValidateTagOrDigest(value, option),
                };
                foreach (var violation in violations)
                {
                    sink.Report(violation, argument.Syntax.GetLocation());
                }
            }

            // I13: DockerImageCode.FromEcr / Code.FromEcrImage / new EcrImageCode over a repository imported from another account
            // than the stack's (a same-account import is fine: Lambda grants itself the pull).
            private void CheckImportedRepository(IOperation call, BlockIndex index, ImmutableArray<IOperation> blocks, DiagnosticSink sink)
            {
                var arguments = call is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)call).Arguments;
                var repository = OperationValues.Argument(arguments, 0);
                if (repository is null || RepositoryImports.Find(repository, index, _cdk) is not { } import || import.Spec.InStackAccount)
                {
                    return;
                }

                var stackAccount = RepositoryImports.StackAccountOf(import.Scope, index, blocks, _cdk);
                foreach (var violation in ImportedRepositoryRules.ValidateImageCode(import.Spec, stackAccount))
                {
                    sink.Report(violation, repository.Syntax.GetLocation());
                }

                // T4 (ECR3020): the same import against the stack's region.
                foreach (var violation in ImportedRepositoryRules.ValidateImageCodeRegion(import.Spec, RepositoryImports.StackRegionOf(import.Scope, index, blocks, _cdk)))
                {
                    sink.Report(violation, repository.Syntax.GetLocation());
                }
            }

            private static System.Collections.Immutable.ImmutableArray<IArgumentOperation> ArgumentsOf(IOperation call)
                => call is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)call).Arguments;

            // ContainerImage.FromEcrRepository and new EcrImage (the other tag-or-digest calls build URIs, not images).
            private static bool IsContainerImage(IOperation call)
                => call is IObjectCreationOperation || call is IInvocationOperation { TargetMethod.Name: "FromEcrRepository" };

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

            // W1 on DockerImageFunction.FromEcr / Code.FromEcrImage / new EcrImageCode: props not given, or given without a tag, is 'latest'.
            private void CheckImageCodeReference(IOperation call, BlockIndex index, DiagnosticSink sink)
            {
                var arguments = ArgumentsOf(call);
                var mutability = TagMutabilityOfArgument(OperationValues.Argument(arguments, 0), index);
                var props = OperationValues.Argument(arguments, 1);
                if (props is null || OperationValues.IsNull(props))
                {
                    foreach (var violation in ImageSourceRules.ValidateMutableReference(Setting<string>.NotSet, Setting<string>.NotSet, mutability))
                    {
                        sink.Report(violation, CallLocation(call));
                    }

                    return;
                }

                if (index.Resolve(props) is not IObjectCreationOperation creation || !CdkSymbols.Is(creation.Type, _cdk.EcrImageCodeProps))
                {
                    return; // props from elsewhere: their tag is not known
                }

                var written = WrittenObject.Read(creation, index);
                var spec = CdkSpecReader.ReadImageCodeProps(written);
                foreach (var violation in ImageSourceRules.ValidateMutableReference(spec.TagOrDigest, spec.Tag, mutability))
                {
                    sink.Report(violation, written.LocationOf(violation.Option));
                }
            }

            // W1 on ContainerImage.FromEcrRepository(repository, tag = "latest") and new EcrImage(repository, tagOrDigest).
            private void CheckContainerImageReference(IOperation call, BlockIndex index, DiagnosticSink sink)
            {
                var arguments = ArgumentsOf(call);
                var mutability = TagMutabilityOfArgument(OperationValues.Argument(arguments, 0), index);
                IArgumentOperation? tagArgument = null;
                foreach (var argument in arguments)
                {
                    if (argument.Parameter?.Ordinal == 1)
                    {
                        tagArgument = argument;
                    }
                }

                var option = tagArgument?.Parameter?.Name ?? "tag";
                var written = tagArgument is null || tagArgument.ArgumentKind == ArgumentKind.DefaultValue ? null : tagArgument;
                var tag = written is null ? Setting<string>.NotSet : OperationValues.String(written.Value);
                foreach (var violation in ImageSourceRules.ValidateMutableReference(tag, Setting<string>.NotSet, mutability, option))
                {
                    sink.Report(violation, written is not null ? written.Syntax.GetLocation() : CallLocation(call));
                }
            }

            // A repository created in this block: its mutability as written; any other repository: not known to be immutable.
            private Setting<CdkEnumValue> TagMutabilityOfArgument(IOperation? repository, BlockIndex index)
                => repository is not null && BlockCreations.CreationOf(repository, index) is { } creation && CdkSymbols.DerivesFrom(creation.Type, _cdk.Repository)
                    ? RepositoryFacts.TagMutabilityOf(creation, index, _cdk)
                    : Setting<CdkEnumValue>.NotSet;

            // W2: the image's repository is created in this block, in the scope the function or container is created in. Reported
            // on the repository argument, or on the whole call of a generated helper (location).
            private void CheckRepositoryHasImage(IOperation image, IOperation? repository, Location? location, OperationBlockAnalysisContext context, BlockIndex index, DiagnosticSink sink)
            {
                if (repository is null
                    || BlockCreations.CreationOf(repository, index) is not { } creation
                    || !CdkSymbols.DerivesFrom(creation.Type, _cdk.Repository)
                    || BlockCreations.ScopeKeyOf(creation, index) is not { } repositoryScope)
                {
                    return;
                }

                var (consumer, consumerScope) = new ImageConsumers(index, _cdk).Find(image);
                if (consumer == ImageConsumer.Unknown)
                {
                    return;
                }

                var sameStack = SymbolKey.Comparer.Equals(repositoryScope, consumerScope!);
                var mayBeFilledFirst = _addsDependencies || sameStack && RepositoryUses.ReachUserCode(creation, context.OperationBlocks, index, _cdk);
                foreach (var violation in ImageSourceRules.ValidateRepositoryHasImage(sameStack, mayBeFilledFirst, consumer))
                {
                    sink.Report(violation, location ?? repository.Syntax.GetLocation());
                }
            }

            private static Location CallLocation(IOperation call)
                => call is IObjectCreationOperation creation ? WrittenObject.CreationLocation(creation.Syntax) : call.Syntax.GetLocation();

            // I12: a Function whose code is an image needs Handler.FROM_IMAGE and Runtime.FROM_IMAGE.
            private void CheckFunctionProps(WrittenObject props, BlockIndex index, DiagnosticSink sink)
            {
                var code = props.ValueOf("Code");
                if (CdkSymbols.Is(props.Creation.Type, _cdk.DockerImageFunctionProps))
                {
                    CheckImageFunction(props, code, index, sink);
                    return;
                }

                if (code is null || !IsImageCode(index.Resolve(code)))
                {
                    return;
                }

                CheckImageFunction(props, code, index, sink);

                var handler = props.Find("Handler");
                if (handler is null)
                {
                    ReportFromImage(sink, props.Location, "Handler");
                }
                else if (handler.Value is not null && !IsHandlerFromImage(handler.Value))
                {
                    ReportFromImage(sink, handler.Syntax.GetLocation(), "Handler");
                }

                var runtime = props.Find("Runtime");
                if (runtime is null)
                {
                    ReportFromImage(sink, props.Location, "Runtime");
                }
                else if (runtime.Value is not null && IsOtherRuntime(runtime.Value))
                {
                    ReportFromImage(sink, runtime.Syntax.GetLocation(), "Runtime");
                }
            }

            // W8 (Layers, AdotInstrumentation, SnapStart before 2.267) and W9 (Architecture vs the image asset's Platform).
            private void CheckImageFunction(WrittenObject props, IOperation? code, BlockIndex index, DiagnosticSink sink)
            {
                var assetProps = code is null ? null : AssetImagePropsOf(index.Resolve(code), index);
                var spec = new ImageFunctionSpec
                {
                    HasLayers = IsKnownNotNull(props.ValueOf("Layers"), index),
                    HasAdotInstrumentation = IsKnownNotNull(props.ValueOf("AdotInstrumentation"), index),
                    HasSnapStart = IsKnownNotNull(props.ValueOf("SnapStart"), index),
                    Architecture = props.Get("Architecture", value => ArchitectureName(value, index)),
                    ImagePlatform = assetProps is null ? Setting<string>.NotSet : assetProps.Get("Platform", value => DockerPlatform(value, index)),
                };

                foreach (var violation in ImageFunctionRules.ValidateOptions(spec, spec.HasSnapStart ? _cdk.CdkVersion : null))
                {
                    sink.Report(violation, props.LocationOf(violation.Option));
                }

                foreach (var violation in ImageFunctionRules.ValidateArchitecture(spec))
                {
                    sink.Report(violation, violation.Option == "Platform" && assetProps is not null ? assetProps.LocationOf("Platform") : props.LocationOf(violation.Option));
                }
            }

            // DockerImageCode.FromImageAsset(dir, props), Code.FromAssetImage(dir, props), new AssetImageCode(dir, props): the props as written.
            private WrittenObject? AssetImagePropsOf(IOperation code, BlockIndex index)
            {
                var arguments = code switch
                {
                    IInvocationOperation { TargetMethod.Name: "FromImageAsset" or "FromAssetImage" } invocation when _cdk.IsCdk(invocation.TargetMethod) => invocation.Arguments,
                    IObjectCreationOperation creation when CdkSymbols.Is(creation.Type, _cdk.AssetImageCode) => creation.Arguments,
                    _ => default,
                };
                return !arguments.IsDefault
                    && OperationValues.Argument(arguments, 1) is { } value
                    && index.Resolve(value) is IObjectCreationOperation props
                    && CdkSymbols.Is(props.Type, _cdk.AssetImageCodeProps)
                    ? WrittenObject.Read(props, index)
                    : null;
            }

            // Architecture.X86_64 / ARM_64 by their Lambda names; a custom architecture is not known.
            private Setting<string> ArchitectureName(IOperation value, BlockIndex index)
            {
                var resolved = index.Resolve(value);
                if (OperationValues.IsNull(resolved))
                {
                    return Setting<string>.NotSet;
                }

                return resolved is IPropertyReferenceOperation { Property: { IsStatic: true } property } && CdkSymbols.Is(property.ContainingType, _cdk.Architecture)
                    ? property.Name switch
                    {
                        "X86_64" => Setting.Of(ImageFunctionRules.X86),
                        "ARM_64" => Setting.Of(ImageFunctionRules.Arm),
                        _ => Setting<string>.Unknown,
                    }
                    : Setting<string>.Unknown;
            }

            // Platform_.LINUX_AMD64 / LINUX_ARM64, or Platform_.Custom("linux/arm64"), as Docker platform strings.
            private Setting<string> DockerPlatform(IOperation value, BlockIndex index)
            {
                var resolved = index.Resolve(value);
                if (OperationValues.IsNull(resolved))
                {
                    return Setting<string>.NotSet;
                }

                switch (resolved)
                {
                    case IPropertyReferenceOperation { Property: { IsStatic: true } property } when CdkSymbols.Is(property.ContainingType, _cdk.DockerPlatform):
                        return property.Name switch
                        {
                            "LINUX_AMD64" => Setting.Of("linux/amd64"),
                            "LINUX_ARM64" => Setting.Of("linux/arm64"),
                            _ => Setting<string>.Unknown,
                        };
                    case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Custom" } method } custom when CdkSymbols.Is(method.ContainingType, _cdk.DockerPlatform):
                        return OperationValues.String(OperationValues.Argument(custom.Arguments, 0));
                    default:
                        return Setting<string>.Unknown;
                }
            }

            // An option the CDK sees as set whatever its value: an array, a new object, or one of the CDK's static values.
            private bool IsKnownNotNull(IOperation? value, BlockIndex index)
            {
                if (value is null)
                {
                    return false;
                }

                var resolved = index.Resolve(value);
                return resolved is IArrayCreationOperation or IObjectCreationOperation
                    || resolved.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression)
                    || resolved is IPropertyReferenceOperation { Property: { IsStatic: true } property } && _cdk.IsCdk(property);
            }

            // The receiver of AddLayers: this in a DockerImageFunction subclass, new DockerImageFunction(...), or new Function(...)
            // whose props give it image code.
            private bool IsImageFunction(IOperation? function, BlockIndex index)
            {
                if (function is null)
                {
                    return false;
                }

                var resolved = index.Resolve(function);
                if (resolved is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } self)
                {
                    return CdkSymbols.DerivesFrom(self.Type, _cdk.DockerImageFunction);
                }

                if (resolved is not IObjectCreationOperation creation)
                {
                    return false;
                }

                if (CdkSymbols.DerivesFrom(creation.Type, _cdk.DockerImageFunction))
                {
                    return true;
                }

                return CdkSymbols.Is(creation.Type, _cdk.Function)
                    && OperationValues.Argument(creation.Arguments, 2) is { } propsValue
                    && index.Resolve(propsValue) is IObjectCreationOperation props
                    && CdkSymbols.Is(props.Type, _cdk.FunctionProps)
                    && WrittenObject.Read(props, index).ValueOf("Code") is { } code
                    && IsImageCode(index.Resolve(code));
            }

            private static void ReportFromImage(DiagnosticSink sink, Location location, string option)
                => sink.Report(
                    D.HandlerFromImage,
                    location,
                    option,
                    new[]
                    {
                        new KeyValuePair<string, string?>(D.SuggestedOptionKey, option),
                        new KeyValuePair<string, string?>(D.SuggestedValueKey, "FROM_IMAGE"),
                    },
                    option,
                    option);

            private bool IsImageCode(IOperation code)
                => CdkSymbols.DerivesFrom(code.Type, _cdk.EcrImageCode) || CdkSymbols.DerivesFrom(code.Type, _cdk.AssetImageCode);

            private bool IsHandlerFromImage(IOperation handler)
            {
                if (OperationValues.Unwrap(handler) is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "FROM_IMAGE" } property }
                    && CdkSymbols.Is(property.ContainingType, _cdk.Handler))
                {
                    return true;
                }

                // The CDK compares the string: the literal "FROM_IMAGE" passes; other known strings fail; unknown strings are not judged.
                var text = OperationValues.String(handler);
                return !text.IsKnown || text.Value == "FROM_IMAGE";
            }

            // The CDK compares the Runtime object with Runtime.FROM_IMAGE: any other static runtime, or a new Runtime, fails.
            private bool IsOtherRuntime(IOperation runtime)
            {
                switch (OperationValues.Unwrap(runtime))
                {
                    case IPropertyReferenceOperation { Property: { IsStatic: true } property } when CdkSymbols.Is(property.ContainingType, _cdk.Runtime):
                        return property.Name != "FROM_IMAGE";
                    case IFieldReferenceOperation { Field: { IsStatic: true } field } when CdkSymbols.Is(field.ContainingType, _cdk.Runtime):
                        return field.Name != "FROM_IMAGE";
                    case IObjectCreationOperation creation:
                        return CdkSymbols.Is(creation.Type, _cdk.Runtime);
                    default:
                        return false;
                }
            }

            // I8: TagParameterName/Value of an image that is never bound; I11: one image bound into several container definitions.
            private void CheckTagParameterImage(IObjectCreationOperation creation, BlockIndex index, DiagnosticSink sink)
            {
                var parent = SkipConversionsUp(creation, out var top);
                if (parent is IPropertyReferenceOperation direct && direct.Instance == top && IsTagParameterMember(direct))
                {
                    sink.Report(D.TagParameterUnbound, direct.Syntax.GetLocation(), direct.Property.Name, direct.Property.Name);
                    return;
                }

                var local = index.HoldingLocal(creation);
                if (local is null)
                {
                    return; // stored in a field or passed on: bound elsewhere, perhaps
                }

                var reads = index.Reads(local);
                List<IPropertyReferenceOperation>? parameterReads = null;
                List<ISimpleAssignmentOperation>? bindings = null;
                var usedOtherwise = false;
                foreach (var read in reads)
                {
                    var use = SkipConversionsUp(read, out var usedValue);
                    if (use is IPropertyReferenceOperation property && property.Instance == usedValue && IsTagParameterMember(property))
                    {
                        (parameterReads ??= new List<IPropertyReferenceOperation>()).Add(property);
                    }
                    else if (use is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var target } } binding
                        && binding.Value == usedValue && target.Name == "Image" && CdkSymbols.DerivesFrom(target.Type, _cdk.ContainerImage))
                    {
                        (bindings ??= new List<ISimpleAssignmentOperation>()).Add(binding);
                        usedOtherwise = true;
                    }
                    else
                    {
                        usedOtherwise = true;
                    }
                }

                if (!usedOtherwise && parameterReads is not null)
                {
                    foreach (var property in parameterReads)
                    {
                        sink.Report(D.TagParameterUnbound, property.Syntax.GetLocation(), property.Property.Name, property.Property.Name);
                    }
                }

                if (bindings is { Count: > 1 })
                {
                    bindings.Sort(static (left, right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart));
                    var first = -1;
                    for (var i = 0; i < bindings.Count; i++)
                    {
                        // Only bindings that surely all run (same branch as the image's creation, not in a loop) count.
                        if (!ControlFlow.RunTogether(bindings[i], creation) || ControlFlow.MayRunRepeatedly(bindings[i]))
                        {
                            continue;
                        }

                        if (first < 0)
                        {
                            first = i;
                            continue;
                        }

                        sink.Report(D.TagParameterBoundTwice, bindings[i].Syntax.GetLocation(), "Image");
                    }
                }
            }

            private bool IsTagParameterMember(IPropertyReferenceOperation property)
                => (property.Property.Name == "TagParameterName" || property.Property.Name == "TagParameterValue")
                    && CdkSymbols.DerivesFrom(property.Property.ContainingType, _cdk.TagParameterContainerImage);

            private static IOperation? SkipConversionsUp(IOperation operation, out IOperation top)
            {
                top = operation;
                var parent = operation.Parent;
                while (parent is IConversionOperation)
                {
                    top = parent;
                    parent = parent.Parent;
                }

                return parent;
            }
        }
    }
}

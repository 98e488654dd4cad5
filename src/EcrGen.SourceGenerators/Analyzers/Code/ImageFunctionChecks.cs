using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// Functions whose code is an image: a plain <c>Function</c> needs <c>Handler.FROM_IMAGE</c> and <c>Runtime.FROM_IMAGE</c>
    /// (I12); options an image function cannot have, <c>AddLayers</c> included (W8); an <c>Architecture</c> that contradicts the
    /// image asset's <c>Platform</c> (W9).
    /// </summary>
    internal sealed class ImageFunctionChecks
    {
        private readonly CdkSymbols _cdk;

        public ImageFunctionChecks(CdkSymbols cdk)
        {
            _cdk = cdk;
        }

        // I12: a Function whose code is an image needs Handler.FROM_IMAGE and Runtime.FROM_IMAGE.
        public void CheckFunctionProps(WrittenObject props, BlockIndex index, DiagnosticSink sink)
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
        public bool IsImageFunction(IOperation? function, BlockIndex index)
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
    }
}

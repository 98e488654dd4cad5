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
    /// How an image is referenced in code: the tag-or-digest values of <c>EcrImageCodeProps</c> and of every tag-or-digest entry
    /// point (I1-I7, I9, I10; I2 for <c>RepositoryUriForDigest</c>, I4 for <c>RepositoryUriForTag</c>), and an image referenced by
    /// <c>latest</c>, written or by default (W1), judged against the repository's tag mutability where the code created it.
    /// </summary>
    internal sealed class ImageReferenceChecks
    {
        private const string TagOrDigest = "TagOrDigest";

        private readonly CdkSymbols _cdk;

        public ImageReferenceChecks(CdkSymbols cdk)
        {
            _cdk = cdk;
        }

        // I1, I3, I4, I5, I6, I9, I10 on EcrImageCodeProps, wherever it is used; T5 for a TagOrDigest that is a digest parameter's token.
        public void CheckImageCodeProps(WrittenObject props, BlockIndex index, DiagnosticSink sink)
        {
            var spec = CdkSpecReader.ReadImageCodeProps(props);
            foreach (var violation in ImageReferenceRules.Validate(spec))
            {
                sink.Report(violation, props.LocationOf(violation.Option));
            }

            if (props.ValueOf(TagOrDigest) is { } value)
            {
                ReportDeployTimeDigest(value, TagOrDigest, tagOnly: false, index, props.LocationOf(TagOrDigest), sink);
            }
        }

        // I7: the same value rules at every tag-or-digest entry point; I2 for RepositoryUriForDigest; I4 for RepositoryUriForTag;
        // T5 for a digest parameter's token where the CDK reads the text as a tag.
        public void CheckTagOrDigestCall(IOperation call, BlockIndex index, DiagnosticSink sink)
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

            var value = index.Read(argument.Value, OperationValues.String);
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

            if (method.Name != "RepositoryUriForDigest")
            {
                ReportDeployTimeDigest(argument.Value, option, tagOnly: method.Name == "RepositoryUriForTag", index, argument.Syntax.GetLocation(), sink);
            }
        }

        // T5: the value is the token of a CfnParameter this class created with options that say it holds a digest.
        private void ReportDeployTimeDigest(IOperation value, string option, bool tagOnly, BlockIndex index, Location location, DiagnosticSink sink)
        {
            if (ParameterTokens.ParameterOf(value, index, _cdk) is not { } parameter)
            {
                return;
            }

            var text = OperationValues.Unwrap(value).Syntax.ToString();
            if (text.Length > 80 || text.IndexOf('\n') >= 0)
            {
                text = "<value>";
            }

            foreach (var violation in DeployTimeDigestRules.ValidateParameterValue(parameter, option, text, tagOnly))
            {
                sink.Report(violation, location);
            }
        }

        // W1 on DockerImageFunction.FromEcr / Code.FromEcrImage / new EcrImageCode: props not given, or given without a tag, is 'latest'.
        public void CheckImageCodeReference(IOperation call, BlockIndex index, DiagnosticSink sink)
        {
            var arguments = OperationValues.ArgumentsOf(call);
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
        public void CheckContainerImageReference(IOperation call, BlockIndex index, DiagnosticSink sink)
        {
            var arguments = OperationValues.ArgumentsOf(call);
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
            var tag = written is null ? Setting<string>.NotSet : index.Read(written.Value, OperationValues.String);
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

        private static Location CallLocation(IOperation call)
            => call is IObjectCreationOperation creation ? WrittenObject.CreationLocation(creation.Syntax) : call.Syntax.GetLocation();
    }
}

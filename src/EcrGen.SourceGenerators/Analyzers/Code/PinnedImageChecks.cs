using System.Collections.Generic;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// W10: the lifecycle rules of a repository against the digests its images are pinned to, in the code or by its EcrGen
    /// attributes: a pinned image that a rule would expire.
    /// </summary>
    internal static class PinnedImageChecks
    {
        // W10: the rules of a repository against the digests its images are pinned to, in this block or by its EcrGen attributes.
        public static void CheckPinnedImages(RepositoryScan scan, RepositoryOperations operations, DiagnosticSink sink)
        {
            var cdk = operations.Cdk;
            var index = scan.Index;
            if (operations.ImageCalls is not null)
            {
                foreach (var call in operations.ImageCalls)
                {
                    if (PinOf(call, index, cdk) is not { } pin
                        || scan.Groups.Find(SymbolKey.OfReference(pin.Repository, index, call)) is not { } group
                        || group.Entries.Count == 0)
                    {
                        continue;
                    }

                    CheckPin(group, pin.Digest, pin.Location, scan, cdk, sink);
                }
            }

            // An [EcrRepository] class's own pinned images against the rules this block adds to it (its own rules alone are the
            // attribute analyzer's).
            foreach (var group in scan.Groups.Groups)
            {
                if (group.Repository is IObjectCreationOperation { Type: INamedTypeSymbol type } && !CdkSymbols.Is(type, cdk.Repository)
                    && HasWrittenRule(group) && RepositoryFacts.AttributeDigests(type) is { } digests)
                {
                    foreach (var digest in digests)
                    {
                        CheckPin(group, digest, null, scan, cdk, sink);
                    }
                }
            }
        }

        private static void CheckPin(LifecycleRuleGroups<IOperation, WrittenObject>.Group group, string digest, Location? pinLocation, RepositoryScan scan, CdkSymbols cdk, DiagnosticSink sink)
        {
            var entries = group.Entries;
            var specs = new LifecycleRuleSpec[entries.Count];
            for (var i = 0; i < specs.Length; i++)
            {
                specs[i] = entries[i].Spec;
            }

            // Complete: a repository created here, from props the block holds, that no code elsewhere can reach to add rules.
            var repository = group.Repository;
            var complete = repository is IObjectCreationOperation creation && !group.PropsUnknown
                && !RepositoryEscapes.FromBlock(creation, scan.Index, cdk)
                && !(creation.Type is INamedTypeSymbol type && !CdkSymbols.Is(type, cdk.Repository) && RepositoryFacts.HasEscapeHatch(type));
            var mutability = repository is null ? Setting<CdkEnumValue>.NotSet : RepositoryFacts.TagMutabilityOf(repository, scan.Index, cdk);
            foreach (var violation in PinnedImageRules.Validate(specs, complete, mutability, digest))
            {
                var written = entries[violation.Index].Written;
                if (written is not null)
                {
                    sink.Report(violation, written.LocationOf(violation.Option));
                }
                else if (pinLocation is not null)
                {
                    sink.Report(violation, pinLocation); // a rule from the repository's attributes: on the pin written here
                }
            }
        }

        private static bool HasWrittenRule(LifecycleRuleGroups<IOperation, WrittenObject>.Group group)
        {
            foreach (var entry in group.Entries)
            {
                if (entry.Written is not null)
                {
                    return true;
                }
            }

            return false;
        }

        // The repository and valid digest of an image pinned in code: TagOrDigest of EcrImageCodeProps, or the tag argument.
        private static (IOperation Repository, string Digest, Location Location)? PinOf(IOperation call, BlockIndex index, CdkSymbols cdk)
        {
            var arguments = call is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)call).Arguments;
            var repository = OperationValues.Argument(arguments, 0);
            var reference = OperationValues.Argument(arguments, 1);
            if (repository is null || reference is null)
            {
                return null;
            }

            var digestValue = reference;
            var location = reference.Syntax.GetLocation();
            if (index.Resolve(reference) is IObjectCreationOperation props && CdkSymbols.Is(props.Type, cdk.EcrImageCodeProps))
            {
                if (WrittenObject.Read(props, index).Find("TagOrDigest") is not { Value: { } value } site)
                {
                    return null;
                }

                digestValue = value;
                location = site.Syntax.GetLocation();
            }

            return index.Read(digestValue, OperationValues.String).TryGetValue(out var digest) && ImageDigest.IsValidDigest(digest)
                ? (repository, digest, location)
                : null;
        }
    }
}

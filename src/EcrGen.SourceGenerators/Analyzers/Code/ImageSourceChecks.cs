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
    /// Where an image's repository comes from: imported from another account than the stack's (I13) or from another region
    /// (T4: Lambda cannot pull across regions), or created in the same
    /// stack as the function or container that runs it, so it is still empty when they are created (W2).
    /// </summary>
    internal sealed class ImageSourceChecks
    {
        private readonly CdkSymbols _cdk;

        public ImageSourceChecks(CdkSymbols cdk)
        {
            _cdk = cdk;
        }

        // I13: DockerImageCode.FromEcr / Code.FromEcrImage / new EcrImageCode over a repository imported from another account
        // than the stack's (a same-account import is fine: Lambda grants itself the pull).
        public void CheckImportedRepository(IOperation call, BlockIndex index, ImmutableArray<IOperation> blocks, DiagnosticSink sink)
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

        // W2: the image's repository is created in this block, in the scope the function or container is created in. Reported
        // on the repository argument, or on the whole call of a generated helper (location).
        public void CheckRepositoryHasImage(IOperation image, IOperation? repository, Location? location, ImmutableArray<IOperation> blocks, bool addsDependencies, BlockIndex index, DiagnosticSink sink)
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
            var mayBeFilledFirst = addsDependencies || sameStack && RepositoryUses.ReachUserCode(creation, blocks, index, _cdk);
            foreach (var violation in ImageSourceRules.ValidateRepositoryHasImage(sameStack, mayBeFilledFirst, consumer))
            {
                sink.Report(violation, location ?? repository.Syntax.GetLocation());
            }
        }
    }
}

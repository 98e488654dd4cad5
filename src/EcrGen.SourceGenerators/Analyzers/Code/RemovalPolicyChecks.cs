using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// W3 for a removal policy applied after construction: <c>repository.ApplyRemovalPolicy(RemovalPolicy.DESTROY)</c> on a
    /// <c>Repository</c> whose props (all of them visible: none, or written where it is created) do not empty it. The emptying
    /// options are construction-time props, so nothing after the creation can add them.
    /// </summary>
    internal static class RemovalPolicyChecks
    {
        public static void CheckApplyRemovalPolicy(IInvocationOperation call, RepositoryScan scan, CdkSymbols cdk, DiagnosticSink sink)
        {
            var index = scan.Index;
            if (OperationValues.Argument(call.Arguments, 0) is not { } policyArgument
                || !index.Read(policyArgument, OperationValues.Enum).TryGetValue(out var policy)
                || !policy.IsDefined
                || !policy.Is(CdkMembers.RemovalPolicy.Destroy)
                || call.Instance is null
                || BlockCreations.CreationOf(call.Instance, index) is not { } repository
                || !CdkSymbols.Is(repository.Type, cdk.Repository))
            {
                return; // an EcrGen class's options are its attributes': RemovalPolicy belongs there
            }

            var spec = new RepositorySpec();
            var propsArgument = OperationValues.Argument(repository.Arguments, "props");
            if (propsArgument is not null && !OperationValues.IsNull(propsArgument))
            {
                if (index.Resolve(propsArgument) is not IObjectCreationOperation propsCreation
                    || !CdkSymbols.Is(propsCreation.Type, cdk.RepositoryProps)
                    || WrittenObject.Read(propsCreation, index) is not { } props
                    || OperationValues.Unwrap(propsArgument) != propsCreation && !scan.IsCompleteRepositoryProps(props))
                {
                    return; // props this block cannot see all of (written inline, no other code can reach them)
                }

                spec = CdkSpecReader.ReadRepository(props, cdk);
                if (spec.RemovalPolicy.TryGetValue(out var written) && written.Is(CdkMembers.RemovalPolicy.Destroy))
                {
                    return; // the props say DESTROY already, and are reported where they say it
                }
            }

            foreach (var violation in RepositoryRules.Validate(spec with { RemovalPolicy = Setting.Of(policy) }, cdk.Emptying))
            {
                if (violation.RuleId == RuleIds.DestroyWithoutEmptyOnDelete)
                {
                    sink.Report(violation, policyArgument.Syntax.GetLocation());
                }
            }
        }
    }
}

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
    /// Policies and imports of repositories in code: statements and grants the CDK drops on an imported repository (W5), the
    /// statements added to a repository's own policy (W7), and the ARN given to <c>Repository.FromRepositoryArn</c> (W6).
    /// </summary>
    internal static class RepositoryPolicyChecks
    {
        public static int FirstStatementAdd(List<IInvocationOperation>? policyCalls)
        {
            for (var i = 0; policyCalls is not null && i < policyCalls.Count; i++)
            {
                if (policyCalls[i].TargetMethod.Name == "AddToResourcePolicy")
                {
                    return i;
                }
            }

            return -1;
        }

        // W7: statements added to the policy of a repository created in the app (an imported one drops them unchecked: W5).
        public static void CheckResourcePolicyStatements(List<IInvocationOperation> policyCalls, PolicyReader reader, CdkSymbols cdk, DiagnosticSink sink)
        {
            foreach (var call in policyCalls)
            {
                if (call.TargetMethod.Name != "AddToResourcePolicy"
                    || call.Instance is not { Type: { } instanceType }
                    || !CdkSymbols.DerivesFrom(instanceType, cdk.Repository))
                {
                    continue;
                }

                foreach (var statement in reader.ReadCall(call))
                {
                    if (statement.StatementLocation is not { } location)
                    {
                        continue;
                    }

                    foreach (var violation in PolicyStatementRules.ValidateForResourcePolicy(statement.Spec, statement.Where))
                    {
                        sink.Report(violation, location);
                    }
                }
            }
        }

        // W6: Repository.FromRepositoryArn(scope, id, arn).
        public static void CheckArnImport(IInvocationOperation import, BlockIndex index, CdkSymbols cdk, DiagnosticSink sink)
        {
            if (OperationValues.Argument(import.Arguments, "repositoryArn") is not { } arn)
            {
                return;
            }

            var resolved = index.Resolve(arn);
            var value = index.Read(arn, OperationValues.String);

            var isToken = CdkSpecReader.ContainsDeployTimeValue(resolved, cdk) || CdkSpecReader.IsConstructAttribute(resolved, index, cdk);
            foreach (var violation in RepositoryArnRules.ValidateFromRepositoryArn(value, isToken))
            {
                sink.Report(violation, arn.Syntax.GetLocation());
            }
        }

        // W5: AddToResourcePolicy, or a grant to a principal without an identity policy, on an imported repository is dropped.
        public static void CheckPolicyOnImport(IInvocationOperation call, BlockIndex index, CdkSymbols cdk, DiagnosticSink sink)
        {
            if (call.Instance is null || RepositoryImports.Find(call.Instance, index, cdk) is not { } import)
            {
                return;
            }

            var method = call.TargetMethod.Name;
            string? granteeWithoutIdentityPolicy = null;
            if (method != ImportedRepositoryRules.AddToResourcePolicy
                && OperationValues.Argument(call.Arguments, 0) is { } grantee
                && index.Resolve(grantee) is IObjectCreationOperation principal
                && HasNoIdentityPolicy(principal.Type, cdk))
            {
                granteeWithoutIdentityPolicy = principal.Type!.Name;
            }

            foreach (var violation in ImportedRepositoryRules.ValidatePolicyCall(import.Spec, method, granteeWithoutIdentityPolicy))
            {
                sink.Report(violation, call.Syntax.GetLocation());
            }
        }

        // The CDK's own principals (PrincipalBase: service, account, ARN, any, organization, federated, composite, ...) add
        // nothing to an identity policy; the ones that wrap another principal add to the wrapped one's.
        private static bool HasNoIdentityPolicy(ITypeSymbol? type, CdkSymbols cdk)
            => cdk.IsCdk(type)
                && CdkSymbols.DerivesFrom(type, cdk.PrincipalBase)
                && !CdkSymbols.DerivesFrom(type, cdk.PrincipalWithConditions)
                && !CdkSymbols.DerivesFrom(type, cdk.SessionTagsPrincipal)
                && type!.Name != "PrincipalAdapter";
    }
}

using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// The repository code of one operation block, collected cheaply as Roslyn walks it: props and rule objects, repository
    /// creations (<c>new Repository</c>, a subclass, <c>: base(...)</c>), <c>AddLifecycleRule</c> calls, policy calls, L1
    /// policy props, and the images taken from a repository (which may pin a digest its lifecycle rules expire). At the end of the block the owner analyses it, only if it holds any of these.
    /// </summary>
    internal sealed class RepositoryOperations : ICodeBlockAnalysis
    {
        private static readonly string[] GrantMethods = { "Grant", "GrantPull", "GrantPullPush", "GrantPush", "GrantRead" };

        private readonly CdkSymbols _cdk;
        private readonly Action<OperationBlockAnalysisContext, RepositoryOperations> _analyze;

        public RepositoryOperations(CdkSymbols cdk, Action<OperationBlockAnalysisContext, RepositoryOperations> analyze)
        {
            _cdk = cdk;
            _analyze = analyze;
        }

        public CdkSymbols Cdk => _cdk;

        /// <summary><c>new RepositoryProps { ... }</c>.</summary>
        public List<IObjectCreationOperation>? RepositoryProps { get; private set; }

        /// <summary><c>new LifecycleRule { ... }</c>.</summary>
        public List<IObjectCreationOperation>? Rules { get; private set; }

        /// <summary>Repository creations: object creations of <c>Repository</c> or a subclass, and <c>: base(...)</c> calls.</summary>
        public List<IOperation>? Repositories { get; private set; }

        /// <summary><c>AddLifecycleRule</c> calls on a repository.</summary>
        public List<IInvocationOperation>? AddCalls { get; private set; }

        /// <summary>
        /// Whether the block creates the newer CDKs' <c>RepositoryAutoDeleteImages</c> mixin, which sets <c>EmptyOnDelete</c> on
        /// the repository it is applied to, after its props were written.
        /// </summary>
        public bool CreatesAutoDeleteMixin { get; private set; }

        /// <summary><c>ImageTagMutabilityExclusionFilter.Wildcard(pattern)</c> calls (newer CDKs): they throw where they are called.</summary>
        public List<IInvocationOperation>? ExclusionFilterCalls { get; private set; }

        /// <summary><c>ApplyRemovalPolicy</c> calls on a repository: a removal policy set after construction.</summary>
        public List<IInvocationOperation>? RemovalPolicyCalls { get; private set; }

        /// <summary><c>AddToResourcePolicy</c> and <c>Grant*</c> calls on a repository.</summary>
        public List<IInvocationOperation>? PolicyCalls { get; private set; }

        /// <summary>
        /// Images from a repository: <c>DockerImageCode.FromEcr</c>, <c>Code.FromEcrImage</c>, <c>new EcrImageCode</c>,
        /// <c>ContainerImage.FromEcrRepository</c>, <c>new EcrImage</c>.
        /// </summary>
        public List<IOperation>? ImageCalls { get; private set; }

        /// <summary><c>Repository.FromRepositoryArn(scope, id, arn)</c> calls.</summary>
        public List<IInvocationOperation>? ArnImports { get; private set; }

        /// <summary><c>new CfnRegistryPolicyProps</c>, <c>new CfnRepositoryProps</c> (the L1 policy texts).</summary>
        public List<IObjectCreationOperation>? PolicyTexts { get; private set; }

        /// <summary><c>new RepositoryLookupOptions { ... }</c>: the options of <c>Repository.FromLookup</c> (newer CDKs).</summary>
        public List<IObjectCreationOperation>? LookupOptions { get; private set; }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var type = creation.Type;
            if (type is null || !_cdk.IsCdk(type) && !CdkSymbols.DerivesFrom(type, _cdk.Repository))
            {
                return;
            }

            if (type.Name == "RepositoryAutoDeleteImages")
            {
                CreatesAutoDeleteMixin = true;
            }
            else if (CdkSymbols.Is(type, _cdk.RepositoryProps))
            {
                (RepositoryProps ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.LifecycleRule))
            {
                (Rules ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.DerivesFrom(type, _cdk.Repository))
            {
                (Repositories ??= new List<IOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.CfnRegistryPolicyProps) || CdkSymbols.Is(type, _cdk.CfnRepositoryProps))
            {
                (PolicyTexts ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.RepositoryLookupOptions))
            {
                (LookupOptions ??= new List<IObjectCreationOperation>()).Add(creation);
            }
            else if (CdkSymbols.Is(type, _cdk.EcrImageCode) || type.Name == "EcrImage" && CdkSymbols.DerivesFrom(type, _cdk.ContainerImage))
            {
                (ImageCalls ??= new List<IOperation>()).Add(creation);
            }
        }

        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!_cdk.IsCdk(method))
            {
                return;
            }

            if (method.MethodKind == MethodKind.Constructor)
            {
                // ": base(scope, id, new RepositoryProps { ... })" in a Repository subclass.
                if (CdkSymbols.Is(method.ContainingType, _cdk.Repository))
                {
                    (Repositories ??= new List<IOperation>()).Add(invocation);
                }

                return;
            }

            if (method.Name == "FromRepositoryArn" && method.IsStatic && CdkSymbols.Is(method.ContainingType, _cdk.Repository))
            {
                (ArnImports ??= new List<IInvocationOperation>()).Add(invocation);
            }
            else if (method.Name == "Wildcard" && method.IsStatic && method.ContainingType.Name == "ImageTagMutabilityExclusionFilter")
            {
                (ExclusionFilterCalls ??= new List<IInvocationOperation>()).Add(invocation);
            }
            else if (method.Name == "ApplyRemovalPolicy" && invocation.Instance is { Type: { } instanceType } && CdkSymbols.DerivesFrom(instanceType, _cdk.Repository))
            {
                (RemovalPolicyCalls ??= new List<IInvocationOperation>()).Add(invocation);
            }
            else if (method.Name == "AddLifecycleRule" && _cdk.IsRepositoryType(method.ContainingType))
            {
                (AddCalls ??= new List<IInvocationOperation>()).Add(invocation);
            }
            else if ((method.Name == "AddToResourcePolicy" || Array.IndexOf(GrantMethods, method.Name) >= 0)
                && _cdk.IsRepositoryType(method.ContainingType))
            {
                (PolicyCalls ??= new List<IInvocationOperation>()).Add(invocation);
            }
            else if ((method.Name == "FromEcr" || method.Name == "FromEcrImage") && (CdkSymbols.Is(method.ContainingType, _cdk.DockerImageCode) || CdkSymbols.Is(method.ContainingType, _cdk.Code))
                || method.Name == "FromEcrRepository" && CdkSymbols.Is(method.ContainingType, _cdk.ContainerImage))
            {
                (ImageCalls ??= new List<IOperation>()).Add(invocation);
            }
        }

        public void OnEnd(OperationBlockAnalysisContext context)
        {
            if (RepositoryProps is not null || Rules is not null || Repositories is not null || AddCalls is not null || PolicyCalls is not null || PolicyTexts is not null || RemovalPolicyCalls is not null || ExclusionFilterCalls is not null
                || ArnImports is not null || LookupOptions is not null)
            {
                _analyze(context, this);
            }
        }
    }
}

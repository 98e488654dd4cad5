using EcrGen.Domain;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>A repository value known to be an imported repository, and the construct scope it was imported into.</summary>
    internal readonly struct RepositoryImport
    {
        public RepositoryImport(ImportedRepositorySpec spec, IOperation? scope)
        {
            Spec = spec;
            Scope = scope;
        }

        public ImportedRepositorySpec Spec { get; }

        /// <summary>The <c>scope</c> argument of the import call; <c>null</c> for an asset's repository.</summary>
        public IOperation? Scope { get; }
    }

    /// <summary>
    /// Where a repository value comes from, within one block: <c>Repository.FromRepositoryName</c>, <c>FromRepositoryArn</c>,
    /// <c>FromRepositoryAttributes</c>, <c>FromLookup</c> (CDKs that have it) and <c>DockerImageAsset.Repository</c> (an import
    /// by name) are imported repositories, whose policy the CDK does not manage. The one reader of that fact for the image
    /// rules (I13) and the policy rules (W5).
    /// </summary>
    internal static class RepositoryImports
    {
        /// <summary>The import <paramref name="repository"/> comes from, or <c>null</c> when it is not known to be imported.</summary>
        public static RepositoryImport? Find(IOperation repository, BlockIndex index, CdkSymbols cdk)
        {
            var value = index.Resolve(repository);
            if (value is IPropertyReferenceOperation { Property: { IsStatic: false, Name: "Repository" } property }
                && CdkSymbols.DerivesFrom(property.ContainingType, cdk.DockerImageAsset))
            {
                // aws-ecr-assets/lib/image-asset.ts: the asset's repository is Repository.fromRepositoryName(...).
                return new RepositoryImport(new ImportedRepositorySpec { ImportedWith = "DockerImageAsset.Repository", InStackAccount = true }, null);
            }

            if (value is not IInvocationOperation { TargetMethod: { IsStatic: true } method } import
                || !cdk.IsCdk(method)
                || !CdkSymbols.DerivesFrom(method.ContainingType, cdk.Repository))
            {
                return null;
            }

            var name = "Repository." + method.Name;
            var scope = OperationValues.Argument(import.Arguments, 0);
            switch (method.Name)
            {
                case "FromRepositoryName":
                case "FromLookup":
                    // By name the CDK builds the ARN from the stack's account; a lookup searches the stack's account.
                    return new RepositoryImport(new ImportedRepositorySpec { ImportedWith = name, InStackAccount = true }, scope);
                case "FromRepositoryArn":
                    return new RepositoryImport(new ImportedRepositorySpec { ImportedWith = name, Arn = OperationValues.String(OperationValues.Argument(import.Arguments, 2)) }, scope);
                case "FromRepositoryAttributes":
                    var arn = Setting<string>.Unknown;
                    if (OperationValues.Argument(import.Arguments, 2) is { } attributes
                        && index.Resolve(attributes) is IObjectCreationOperation creation
                        && CdkSymbols.Is(creation.Type, cdk.RepositoryAttributes))
                    {
                        arn = WrittenObject.Read(creation, index).Get("RepositoryArn", OperationValues.String);
                    }

                    return new RepositoryImport(new ImportedRepositorySpec { ImportedWith = name, Arn = arn }, scope);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The constant account of the stack <paramref name="scope"/> is: <c>this</c> in the constructor of a stack that calls
        /// <c>Stack</c>'s own constructor with <c>new StackProps { Env = new Environment { Account = "..." } }</c>, or a local
        /// holding <c>new Stack(app, id, that props)</c>. Anything else (a subclass's props, a nested construct, a variable) is
        /// unknown.
        /// </summary>
        public static Setting<string> StackAccountOf(IOperation? scope, BlockIndex index, System.Collections.Immutable.ImmutableArray<IOperation> blocks, CdkSymbols cdk)
            => StackEnvironmentOf(scope, index, blocks, cdk, "Account");

        /// <summary>The constant region of the stack <paramref name="scope"/> is, found as <see cref="StackAccountOf"/> (T4).</summary>
        public static Setting<string> StackRegionOf(IOperation? scope, BlockIndex index, System.Collections.Immutable.ImmutableArray<IOperation> blocks, CdkSymbols cdk)
            => StackEnvironmentOf(scope, index, blocks, cdk, "Region");

        private static Setting<string> StackEnvironmentOf(IOperation? scope, BlockIndex index, System.Collections.Immutable.ImmutableArray<IOperation> blocks, CdkSymbols cdk, string member)
        {
            if (scope is null)
            {
                return Setting<string>.Unknown;
            }

            IOperation? props = null;
            var value = index.Resolve(scope);
            if (value is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } self
                && CdkSymbols.DerivesFrom(self.Type, cdk.Stack))
            {
                // The base-constructor call ": base(scope, id, props)", whichever block Roslyn puts the initializer in.
                foreach (var block in blocks)
                {
                    foreach (var operation in block.DescendantsAndSelf())
                    {
                        if (operation is IInvocationOperation { Instance: IInstanceReferenceOperation, TargetMethod: { MethodKind: MethodKind.Constructor } constructor } baseCall
                            && CdkSymbols.Is(constructor.ContainingType, cdk.Stack))
                        {
                            props = OperationValues.Argument(baseCall.Arguments, 2);
                        }
                    }
                }
            }
            else if (value is IObjectCreationOperation stack && CdkSymbols.Is(stack.Type, cdk.Stack))
            {
                props = OperationValues.Argument(stack.Arguments, 2);
            }

            if (props is null
                || index.Resolve(props) is not IObjectCreationOperation propsCreation
                || !CdkSymbols.Is(propsCreation.Type, cdk.StackProps)
                || WrittenObject.Read(propsCreation, index).ValueOf("Env") is not { } env
                || index.Resolve(env) is not IObjectCreationOperation environment
                || !CdkSymbols.Is(environment.Type, cdk.Environment))
            {
                return Setting<string>.Unknown;
            }

            return WrittenObject.Read(environment, index).Get(member, OperationValues.String);
        }
    }
}

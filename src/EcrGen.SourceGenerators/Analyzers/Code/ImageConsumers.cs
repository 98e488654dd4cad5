using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// Which function or container the block gives an image to, and in which scope it creates it: the image is the
    /// <c>Code</c> of Lambda function props or the <c>Image</c> of ECS container props (directly, or through a local), and those
    /// props reach a construct created in the block (<c>new DockerImageFunction(this, ...)</c>,
    /// <c>new ApplicationLoadBalancedFargateService(this, ...)</c> through nested props) or a call on one
    /// (<c>taskDefinition.AddContainer(...)</c> on a task definition created here). Anything else (props returned, stored,
    /// given to user code) has no known consumer.
    /// </summary>
    internal readonly struct ImageConsumers
    {
        private const int MaxDepth = 4;

        private readonly BlockIndex _index;
        private readonly CdkSymbols _cdk;

        public ImageConsumers(BlockIndex index, CdkSymbols cdk)
        {
            _index = index;
            _cdk = cdk;
        }

        /// <summary>The consumer of <paramref name="image"/> and the key of its scope; <see cref="ImageConsumer.Unknown"/> when not seen.</summary>
        public (ImageConsumer Kind, object? Scope) Find(IOperation image) => FromImage(image, 0);

        private (ImageConsumer Kind, object? Scope) FromImage(IOperation value, int depth)
        {
            if (depth > MaxDepth)
            {
                return default;
            }

            var parent = SkipConversionsUp(value, out var top);
            if (_index.HoldingLocal(top) is { } local)
            {
                foreach (var read in _index.Reads(local))
                {
                    var found = FromImage(read, depth + 1);
                    if (found.Kind != ImageConsumer.Unknown)
                    {
                        return found;
                    }
                }

                return default;
            }

            if (parent is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } target } assignment
                || assignment.Value != top)
            {
                return default;
            }

            var kind = KindOf(property);
            if (kind == ImageConsumer.Unknown)
            {
                return default;
            }

            IOperation? props = assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation initialized }
                ? initialized
                : target.Instance is ILocalReferenceOperation owner ? _index.SingleDefinition(owner.Local) : null;
            var scope = props is null ? null : ScopeOfProps(props, depth);
            return scope is null ? default : (kind, scope);
        }

        // Lambda: FunctionProps.Code / DockerImageFunctionProps.Code; ECS: ContainerDefinitionOptions.Image and the like.
        private ImageConsumer KindOf(IPropertySymbol property)
        {
            if (!_cdk.IsCdk(property))
            {
                return ImageConsumer.Unknown;
            }

            if (property.Name == "Code" && (CdkSymbols.DerivesFrom(property.Type, _cdk.Code) || CdkSymbols.DerivesFrom(property.Type, _cdk.DockerImageCode)))
            {
                return ImageConsumer.Function;
            }

            return property.Name == "Image" && CdkSymbols.DerivesFrom(property.Type, _cdk.ContainerImage) ? ImageConsumer.Container : ImageConsumer.Unknown;
        }

        // Props (or nested props) that reach a construct: the scope key it is created in.
        private object? ScopeOfProps(IOperation props, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var parent = SkipConversionsUp(OperationValues.Unwrap(props), out var top);
            if (_index.HoldingLocal(top) is { } local)
            {
                foreach (var read in _index.Reads(local))
                {
                    if (ScopeOfProps(read, depth + 1) is { } scope)
                    {
                        return scope;
                    }
                }

                return null;
            }

            switch (parent)
            {
                case IArgumentOperation { Parent: IObjectCreationOperation construct }:
                    return BlockCreations.ScopeKeyOf(construct, _index);
                case IArgumentOperation { Parent: IInvocationOperation { Instance: { } instance } call } when _cdk.IsCdk(call.TargetMethod):
                    return BlockCreations.CreationOf(instance, _index) is { } owner ? BlockCreations.ScopeKeyOf(owner, _index) : null;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation nested, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation outer } } assignment
                    when assignment.Value == top && _cdk.IsCdk(nested.Property):
                    return ScopeOfProps(outer, depth + 1);
                default:
                    return null;
            }
        }

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

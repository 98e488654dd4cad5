using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// The <c>CfnParameter</c> a value is the token of (T5): <c>parameter.ValueAsString</c>, also through the value flow (a
    /// local, a member of the class written once, a private helper's argument), with the parameter created in the same class
    /// from props the compiler can read. Any other value, a parameter the class did not create (a method result, a
    /// constructor argument) or one whose options are assigned after its creation, is not known: <c>null</c>.
    /// </summary>
    internal static class ParameterTokens
    {
        private const string CfnParameterProps = "CfnParameterProps";

        public static CfnParameterSpec? ParameterOf(IOperation value, BlockIndex index, CdkSymbols cdk)
        {
            if (cdk.CfnParameter is null)
            {
                return null;
            }

            var token = index.ResolveFlow(value);
            if (token.Operation is not IPropertyReferenceOperation { Property.Name: "ValueAsString", Instance: { } instance } reference
                || !CdkSymbols.DerivesFrom(reference.Property.ContainingType, cdk.CfnParameter))
            {
                return null;
            }

            var parameter = token.Index.ResolveFlow(instance);
            if (parameter.Operation is not IObjectCreationOperation creation
                || !CdkSymbols.DerivesFrom(creation.Type, cdk.CfnParameter)
                || IsChangedAfterCreation(creation, cdk))
            {
                return null;
            }

            var arguments = creation.Arguments;
            var id = OperationValues.Argument(arguments, 1) is { } idValue && parameter.Index.Read(idValue, OperationValues.String).TryGetValue(out var text) && text is not null ? text : "";
            var props = OperationValues.Argument(arguments, 2);
            if (props is null || OperationValues.IsNull(props))
            {
                return new CfnParameterSpec { Id = id }; // no options: the value can be anything
            }

            var found = parameter.Index.ResolveFlow(props);
            if (found.Operation is not IObjectCreationOperation propsCreation || propsCreation.Type?.Name != CfnParameterProps || !cdk.IsCdk(propsCreation.Type))
            {
                return null;
            }

            var written = WrittenObject.Read(propsCreation, found.Index);
            return new CfnParameterSpec
            {
                Id = id,
                AllowedPattern = written.Get("AllowedPattern", OperationValues.String),
                AllowedValues = written.Get("AllowedValues", OperationValues.StringList),
                Default = written.Get("Default", OperationValues.String),
            };
        }

        // parameter.Default = ..., .AllowedPattern, .AllowedValues anywhere in the class (or the top-level program): the
        // options the props gave are not the ones deployed. Bound only where the name matches.
        private static bool IsChangedAfterCreation(IObjectCreationOperation creation, CdkSymbols cdk)
        {
            var model = creation.SemanticModel;
            var scope = (SyntaxNode?)creation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? creation.Syntax.SyntaxTree.GetRoot();
            foreach (var node in scope.DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Default" or "AllowedPattern" or "AllowedValues" } target })
                {
                    if (model is null || model.SyntaxTree != node.SyntaxTree
                        || model.GetSymbolInfo(target).Symbol is not IPropertySymbol property
                        || CdkSymbols.DerivesFrom(property.ContainingType, cdk.CfnParameter))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}

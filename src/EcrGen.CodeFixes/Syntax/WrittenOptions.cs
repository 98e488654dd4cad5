using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.CodeFixes.Syntax
{
    /// <summary>
    /// Every option written for one object, as the analyzers read it: the named arguments of an EcrGen attribute, or the
    /// members of a CDK props object initializer plus the <c>local.Option = value;</c> statements through the single local
    /// that holds it (within its declaring block).
    /// </summary>
    internal sealed class WrittenOptions
    {
        private readonly List<OptionSite> _sites;
        private readonly ExpressionSyntax? _creation;

        private WrittenOptions(AttributeSyntax? attribute, ExpressionSyntax? creation, List<OptionSite> sites)
        {
            Attribute = attribute;
            _creation = creation;
            _sites = sites;
        }

        /// <summary>The attribute, for an attribute's options; <c>null</c> for a CDK object's.</summary>
        public AttributeSyntax? Attribute { get; }

        /// <summary>The site of <paramref name="name"/> (attribute: the named argument; <c>RepositoryName</c> also the constructor argument).</summary>
        public OptionSite? Find(string name)
        {
            foreach (var site in _sites)
            {
                if (site.Name == name)
                {
                    return site;
                }
            }

            if (name == "RepositoryName" && Attribute is not null)
            {
                foreach (var site in _sites)
                {
                    if (site.Name is null && site.Node is AttributeArgumentSyntax { NameColon: null })
                    {
                        return site;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The type of the option <paramref name="name"/> on the object written (the attribute class, or the CDK props type):
        /// what a fix writes a value of (the underlying type of a nullable one). <c>null</c> when the object or the option is
        /// not known.
        /// </summary>
        public ITypeSymbol? TypeOf(string name, SemanticModel model, CancellationToken cancellationToken)
        {
            var objectType = Attribute is not null
                ? model.GetSymbolInfo(Attribute, cancellationToken).Symbol?.ContainingType
                : _creation is not null ? model.GetTypeInfo(_creation, cancellationToken).Type : null;
            for (var type = objectType; type is not null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IPropertySymbol property)
                    {
                        // CDK props are nullable value types (RemovalPolicy?): the value written is the underlying type's.
                        return property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                            ? nullable.TypeArguments[0]
                            : property.Type;
                    }
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="name"/> is written more than once (the analyzers then treat it as unknown).</summary>
        public bool IsWrittenTwice(string name)
        {
            var seen = false;
            foreach (var site in _sites)
            {
                if (site.Name == name)
                {
                    if (seen)
                    {
                        return true;
                    }

                    seen = true;
                }
            }

            return false;
        }

        /// <summary>The object <paramref name="site"/> is an option of, or <c>null</c> for method arguments and unknown shapes.</summary>
        public static WrittenOptions? Of(OptionSite site, SemanticModel model, CancellationToken cancellationToken)
        {
            switch (site.Form)
            {
                case OptionForm.AttributeArgument:
                    return site.Node.Parent?.Parent is AttributeSyntax attribute ? OfAttribute(attribute) : null;
                case OptionForm.InitializerMember:
                    return site.Node.Parent?.Parent is BaseObjectCreationExpressionSyntax creation ? OfCreation(creation, model, cancellationToken) : null;
                case OptionForm.AssignmentStatement:
                    var receiver = ((MemberAccessExpressionSyntax)((AssignmentExpressionSyntax)site.Node).Left).Expression;
                    if (model.GetSymbolInfo(receiver, cancellationToken).Symbol is ILocalSymbol local && CreationOf(local, cancellationToken) is { } held)
                    {
                        return OfCreation(held, model, cancellationToken);
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The options of <paramref name="attribute"/>.</summary>
        public static WrittenOptions OfAttribute(AttributeSyntax attribute)
        {
            var sites = new List<OptionSite>();
            if (attribute.ArgumentList is { } arguments)
            {
                foreach (var argument in arguments.Arguments)
                {
                    sites.Add(OptionSite.From(argument)!);
                }
            }

            return new WrittenOptions(attribute, null, sites);
        }

        /// <summary>The options of <paramref name="creation"/>, with the statements through the local that holds it.</summary>
        public static WrittenOptions OfCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
        {
            var sites = new List<OptionSite>();
            if (creation.Initializer is { RawKind: (int)SyntaxKind.ObjectInitializerExpression } initializer)
            {
                foreach (var expression in initializer.Expressions)
                {
                    if (OptionSite.From(expression) is { } site)
                    {
                        sites.Add(site);
                    }
                }
            }

            var local = HoldingLocal(creation, model, cancellationToken);
            if (local is not null && ScopeOf(creation) is { } scope)
            {
                foreach (var node in scope.DescendantNodes())
                {
                    if (node is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
                        && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                        && assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver }
                        && receiver.Identifier.ValueText == local.Name
                        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(receiver, cancellationToken).Symbol, local)
                        && OptionSite.From(assignment) is { } site)
                    {
                        sites.Add(site);
                    }
                }
            }

            return new WrittenOptions(null, creation, sites);
        }

        private static ILocalSymbol? HoldingLocal(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
        {
            SyntaxNode value = creation;
            while (value.Parent is ParenthesizedExpressionSyntax)
            {
                value = value.Parent;
            }

            if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                return model.GetDeclaredSymbol(declarator, cancellationToken) as ILocalSymbol;
            }

            return null;
        }

        private static BaseObjectCreationExpressionSyntax? CreationOf(ILocalSymbol local, CancellationToken cancellationToken)
        {
            if (local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return null;
            }

            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            return value as BaseObjectCreationExpressionSyntax;
        }

        // Where statements through the local can be: the block (or top-level program, or switch section) that declares it.
        private static SyntaxNode? ScopeOf(SyntaxNode creation)
        {
            for (var node = creation.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case BlockSyntax:
                    case SwitchSectionSyntax:
                    case CompilationUnitSyntax:
                        return node;
                    case MemberDeclarationSyntax when node is not GlobalStatementSyntax:
                        return null;
                }
            }

            return null;
        }
    }
}

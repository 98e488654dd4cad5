using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.SourceGenerators.Conversion
{
    /// <summary>
    /// What "Convert to EcrGen" moves, read from one <c>new Repository(scope, id, new RepositoryProps { ... })</c> and the
    /// <c>AddLifecycleRule(new LifecycleRule { ... })</c> statements on the local, field or property that holds it: the
    /// attribute arguments, as C# text, each option found through <see cref="AttributeOptions"/>. <see cref="Read"/> returns
    /// <c>null</c> whenever something would not be carried over exactly (a value known only at run time, an option with no
    /// attribute form, a rule added elsewhere or in between other uses of the repository): the conversion is then not offered.
    /// </summary>
    internal sealed class RepositoryConversion
    {
        private RepositoryConversion(ObjectCreationExpressionSyntax creation, string? idText, string? repositoryNameText, List<string> repositoryArguments, List<string> repositoryComments, List<ConvertedRule> rules, List<ConvertedImage> images, TypeSyntax? holderType, HashSet<string> namespaces)
        {
            Creation = creation;
            IdText = idText;
            RepositoryNameText = repositoryNameText;
            RepositoryArguments = repositoryArguments;
            RepositoryComments = repositoryComments;
            Rules = rules;
            Images = images;
            HolderType = holderType;
            Namespaces = namespaces;
        }

        /// <summary>The <c>new Repository(...)</c> expression that is replaced.</summary>
        public ObjectCreationExpressionSyntax Creation { get; }

        /// <summary>The construct id, when it is a constant (the class name is derived from it).</summary>
        public string? IdText { get; }

        /// <summary>The repository name, when one is written (the class name is derived from it when the id is not constant).</summary>
        public string? RepositoryNameText { get; }

        /// <summary>The arguments of <c>[EcrRepository(...)]</c>, in the order written.</summary>
        public List<string> RepositoryArguments { get; }

        /// <summary>The comments written inside the props, put above <c>[EcrRepository]</c>.</summary>
        public List<string> RepositoryComments { get; }

        /// <summary>The <c>AddLifecycleRule</c> statements moved, in order.</summary>
        public List<ConvertedRule> Rules { get; }

        /// <summary>
        /// The image references on the repository that move to <c>[EcrImageCode]</c> and <c>[ContainerImage]</c>, in the order
        /// written: <c>DockerImageCode.FromEcr(local, ...)</c> and <c>ContainerImage.FromEcrRepository(local, ...)</c> with
        /// constant options, on a local that holds the repository (its generated helpers are members of the new class).
        /// </summary>
        public List<ConvertedImage> Images { get; }

        /// <summary>The written type of the local that holds the repository, when images move and it is not <c>var</c>: it becomes the new class.</summary>
        public TypeSyntax? HolderType { get; }

        /// <summary>The namespaces of the fully qualified names in the arguments (the new file imports them).</summary>
        public HashSet<string> Namespaces { get; }

        /// <summary>The conversion of the repository created by <paramref name="creation"/>, or <c>null</c> when it cannot be exact.</summary>
        public static RepositoryConversion? Read(ObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
        {
            if (creation.ContainsDiagnostics
                || creation.Initializer is not null
                || creation.ArgumentList is not { } arguments
                || arguments.Arguments.Count is < 2 or > 3
                || model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type }
                || Metadata(type) != EcrGenNames.Repository)
            {
                return null;
            }

            var values = new ValueReader(model, cancellationToken);
            var repositoryArguments = new List<string>();
            var repositoryComments = new List<string>();
            string? repositoryNameText = null;
            if (arguments.Arguments.Count == 3)
            {
                // The props: `new RepositoryProps { ... }` written in place (props built elsewhere may be changed elsewhere).
                if (Unwrap(arguments.Arguments[2].Expression) is not ObjectCreationExpressionSyntax props
                    || props.ArgumentList is { Arguments.Count: > 0 }
                    || model.GetTypeInfo(props, cancellationToken).Type is not INamedTypeSymbol propsType
                    || Metadata(propsType) != EcrGenNames.RepositoryProps
                    || !ReadOptions(props, EcrGenNames.EcrRepositoryAttribute, values, repositoryArguments, out repositoryNameText))
                {
                    return null;
                }

                Comments(props, repositoryComments);
            }

            var idText = model.GetConstantValue(arguments.Arguments[1].Expression, cancellationToken) is { HasValue: true, Value: string id } ? id : null;
            if (!RulesOf(creation, model, values, cancellationToken, out var rules, out var holder, out var uses))
            {
                return null;
            }

            var images = ImagesOf(holder, uses, model, values, cancellationToken, out var holderType);
            return new RepositoryConversion(creation, idText, repositoryNameText, repositoryArguments, repositoryComments, rules, images, holderType, values.Namespaces);
        }

        private static string Metadata(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length);

        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        private static void Comments(SyntaxNode node, List<string> comments)
        {
            foreach (var trivia in node.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    comments.Add(trivia.ToString());
                }
            }
        }

        // `Name = value` members of an object initializer, each an option of `attribute`, into attribute arguments.
        private static bool ReadOptions(ObjectCreationExpressionSyntax creation, string attribute, ValueReader values, List<string> arguments, out string? repositoryName)
        {
            repositoryName = null;
            if (creation.Initializer is null)
            {
                return true;
            }

            if (!creation.Initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
            {
                return false;
            }

            foreach (var expression in creation.Initializer.Expressions)
            {
                if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment
                    || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    || AttributeOptions.FindByCdkName(attribute, name.Identifier.ValueText) is not { ObsoleteInCdk: false } option
                    || values.Read(option.Kind, assignment.Right) is not { } text)
                {
                    return false;
                }

                if (option.Id == OptionId.RepositoryName)
                {
                    // The attribute's constructor argument, as the README writes it: [EcrRepository("team/app", ...)].
                    repositoryName = values.ConstantString(assignment.Right);
                    arguments.Insert(0, text);
                }
                else
                {
                    arguments.Add(option.Property + " = " + text);
                }
            }

            return true;
        }

        // The AddLifecycleRule statements on what holds the repository: all of them must be movable, in order, and nothing
        // else may use the repository between its creation and the last of them (a call that adds a rule would change order).
        private static bool RulesOf(ObjectCreationExpressionSyntax creation, SemanticModel model, ValueReader values, CancellationToken cancellationToken, out List<ConvertedRule> rules, out ISymbol? holder, out List<IdentifierNameSyntax> uses)
        {
            rules = new List<ConvertedRule>();
            var named = new List<IdentifierNameSyntax>();
            uses = named;
            (holder, var statement) = Holder(creation, model, cancellationToken);
            if (holder is null)
            {
                return true; // no local, field or property holds it: rules added later run after the constructor either way
            }

            if (statement?.Parent is not BlockSyntax block
                || creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                return false;
            }

            foreach (var name in type.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText == holder.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, holder)
                    && !statement.Span.Contains(name.Span))
                {
                    uses.Add(name);
                }
            }

            var index = block.Statements.IndexOf(statement);
            var moved = new HashSet<StatementSyntax>();
            for (var i = index + 1; i < block.Statements.Count; i++)
            {
                var next = block.Statements[i];
                if (AddLifecycleRuleOn(next, holder, model, cancellationToken) is { } argument)
                {
                    var arguments = new List<string>();
                    if (Unwrap(argument) is not ObjectCreationExpressionSyntax rule
                        || rule.ArgumentList is { Arguments.Count: > 0 }
                        || model.GetTypeInfo(rule, cancellationToken).Type is not INamedTypeSymbol ruleType
                        || Metadata(ruleType) != EcrGenNames.LifecycleRule
                        || !ReadOptions(rule, EcrGenNames.LifecycleRuleAttribute, values, arguments, out _)
                        || next.GetLeadingTrivia().Any(static t => t.IsDirective))
                    {
                        return false;
                    }

                    var comments = new List<string>();
                    Comments(next, comments);
                    rules.Add(new ConvertedRule(next, arguments, comments));
                    moved.Add(next);
                }
                else if (holder is not ILocalSymbol || next.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => named.Contains(n) && ImageCall(n, model, cancellationToken) is null))
                {
                    // A field or property may change through any call; a local only where it is named, and an image reference
                    // made from it adds no lifecycle rule.
                    break;
                }
            }

            // Every other use: not a rule added (it would move ahead of the moved ones), not an assignment.
            foreach (var use in uses)
            {
                if (moved.Any(s => s.Span.Contains(use.Span)))
                {
                    continue;
                }

                if (IsAssigned(use) || IsAddLifecycleRuleReceiver(use))
                {
                    return false;
                }
            }

            return true;
        }

        // The image references made from a local that holds the repository, each with constant options only; the others
        // stay as written (they keep working: the converted class is still a Repository).
        private static List<ConvertedImage> ImagesOf(ISymbol? holder, List<IdentifierNameSyntax> uses, SemanticModel model, ValueReader values, CancellationToken cancellationToken, out TypeSyntax? holderType)
        {
            var images = new List<ConvertedImage>();
            holderType = null;
            if (holder is not ILocalSymbol local
                || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration })
            {
                return images; // the helpers are members of the new class: a field or property typed Repository cannot call them
            }

            if (!declaration.Type.IsVar)
            {
                // `Repository web = ...` becomes `WebRepository web = ...`; a wider type (IRepository) keeps its images as written.
                if (declaration.Variables.Count != 1
                    || model.GetTypeInfo(declaration.Type, cancellationToken).Type is not INamedTypeSymbol declared
                    || Metadata(declared) != EcrGenNames.Repository)
                {
                    return images;
                }

                holderType = declaration.Type;
            }

            foreach (var use in uses)
            {
                if (ImageCall(use, model, cancellationToken) is not { } call || call.Invocation.ContainsDirectives)
                {
                    continue;
                }

                var arguments = new List<string>();
                var comments = new List<string>();
                var imageArguments = call.Invocation.ArgumentList.Arguments;
                if (call.Kind == ConvertedImageKind.Code)
                {
                    if (imageArguments.Count == 2)
                    {
                        if (Unwrap(imageArguments[1].Expression) is not ObjectCreationExpressionSyntax props
                            || props.ArgumentList is { Arguments.Count: > 0 }
                            || model.GetTypeInfo(props, cancellationToken).Type is not INamedTypeSymbol propsType
                            || Metadata(propsType) != EcrGenNames.EcrImageCodeProps
                            || !ReadOptions(props, EcrGenNames.EcrImageCodeAttribute, values, arguments, out _))
                        {
                            continue;
                        }

                        Comments(props, comments);
                    }
                }
                else if (imageArguments.Count == 2)
                {
                    // FromEcrRepository(repository, tag): the tag is [ContainerImage]'s TagOrDigest.
                    if (values.Read(AttributeOptions.ContainerImageTagOrDigest.Kind, imageArguments[1].Expression) is not { } tag)
                    {
                        continue;
                    }

                    arguments.Add(AttributeOptions.ContainerImageTagOrDigest.Property + " = " + tag);
                    Comments(imageArguments[1], comments);
                }

                images.Add(new ConvertedImage(call.Invocation, use, call.Kind, ImageStem(call.Invocation, model, cancellationToken), arguments, comments));
            }

            if (images.Count == 0)
            {
                holderType = null;
            }

            return images;
        }

        // `DockerImageCode.FromEcr(use[, props])` or `ContainerImage.FromEcrRepository(use[, tag])`, `use` its first argument
        // as written (no name, no ref), the props a constant expression to read.
        private static (InvocationExpressionSyntax Invocation, ConvertedImageKind Kind)? ImageCall(IdentifierNameSyntax use, SemanticModel model, CancellationToken cancellationToken)
        {
            if (use.Parent is not ArgumentSyntax { NameColon: null } argument
                || !argument.RefKindKeyword.IsKind(SyntaxKind.None)
                || argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list
                || list.Arguments.IndexOf(argument) != 0
                || list.Arguments.Count > 2
                || list.Arguments.Any(static a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None))
                || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { IsStatic: true } method)
            {
                return null;
            }

            var type = Metadata(method.ContainingType);
            if (type == EcrGenNames.DockerImageCode && method.Name == "FromEcr")
            {
                return (invocation, ConvertedImageKind.Code);
            }

            if (type == EcrGenNames.ContainerImage && method.Name == "FromEcrRepository")
            {
                return (invocation, ConvertedImageKind.Container);
            }

            return null;
        }

        // What the image is for, as the code names it: the construct id or container name it is given to
        // (`new DockerImageFunction(this, "Resize", ...)`, `AddContainer("web", ...)`), else the local it is kept in
        // (`var resizeCode = ...`, without the Code or Image that the member name adds again).
        private static string? ImageStem(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
        {
            for (var node = invocation.Parent; node is not null and not StatementSyntax and not MemberDeclarationSyntax; node = node.Parent)
            {
                if (node is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } && declarator.Initializer?.Value == invocation)
                {
                    var name = declarator.Identifier.ValueText;
                    foreach (var suffix in new[] { "Code", "Image" })
                    {
                        if (name.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase))
                        {
                            name = name.Substring(0, name.Length - suffix.Length);
                        }
                    }

                    return name;
                }

                var arguments = node switch
                {
                    ObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments,
                    InvocationExpressionSyntax call => call.ArgumentList.Arguments,
                    _ => null,
                };
                if (arguments is not { } list)
                {
                    continue;
                }

                foreach (var argument in list.Take(2))
                {
                    if (!argument.Span.Contains(invocation.Span)
                        && model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: string id })
                    {
                        return id;
                    }
                }
            }

            return null;
        }

        private static (ISymbol? Holder, StatementSyntax? Statement) Holder(ObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
        {
            SyntaxNode value = creation;
            while (value.Parent is ParenthesizedExpressionSyntax)
            {
                value = value.Parent;
            }

            switch (value.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when declarator.Parent?.Parent is LocalDeclarationStatementSyntax local:
                    return (model.GetDeclaredSymbol(declarator, cancellationToken), local);
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == value:
                    var target = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
                    var simple = assignment.Left is IdentifierNameSyntax || assignment.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
                    return target is IFieldSymbol or IPropertySymbol or ILocalSymbol && simple ? (target, statement) : (null, null);
                default:
                    return (null, null);
            }
        }

        private static ExpressionSyntax? AddLifecycleRuleOn(StatementSyntax statement, ISymbol holder, SemanticModel model, CancellationToken cancellationToken)
        {
            if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: { Count: 1 } arguments } }
                && access.Name.Identifier.ValueText == "AddLifecycleRule"
                && (access.Expression is IdentifierNameSyntax || access.Expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol, holder)
                && arguments[0].NameColon is null
                && arguments[0].RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return arguments[0].Expression;
            }

            return null;
        }

        private static bool IsAssigned(SyntaxNode use)
        {
            var node = use.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == use ? access : use;
            return node.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == node,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                RefExpressionSyntax => true,
                _ => false,
            };
        }

        private static bool IsAddLifecycleRuleReceiver(SyntaxNode use)
        {
            var node = use.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == use ? access : use;
            return node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddLifecycleRule" } call && call.Expression == node;
        }

        /// <summary>Reads option values as attribute argument text: constants, enum members, <c>Duration.Days(n)</c>.</summary>
        private sealed class ValueReader
        {
            private readonly SemanticModel _model;
            private readonly CancellationToken _cancellationToken;

            public ValueReader(SemanticModel model, CancellationToken cancellationToken)
            {
                _model = model;
                _cancellationToken = cancellationToken;
            }

            public HashSet<string> Namespaces { get; } = new HashSet<string>();

            public string? ConstantString(ExpressionSyntax value)
                => _model.GetConstantValue(value, _cancellationToken) is { HasValue: true, Value: string text } ? text : null;

            public string? Read(OptionKind kind, ExpressionSyntax value)
            {
                value = Unwrap(value);
                switch (kind)
                {
                    case OptionKind.String:
                        return Constant<string>(value);
                    case OptionKind.Bool:
                        return Constant<bool>(value);
                    case OptionKind.Number:
                        return Integer(value);
                    case OptionKind.CdkEnum:
                        return EnumMember(value);
                    case OptionKind.StringArray:
                        return Array(value, Constant<string>);
                    case OptionKind.Encryption:
                        return Encryption(value);
                    case OptionKind.Days:
                        return Call(value, "Amazon.CDK.Duration", "Days") is { } days ? Integer(days) : null;
                    case OptionKind.ExclusionFilters:
                        return Array(value, filter => Call(filter, EcrGenNames.ImageTagMutabilityExclusionFilter, "Wildcard") is { } pattern ? Constant<string>(pattern) : null);
                    default:
                        return null; // KeyArn: a key construct is not an ARN; image options are not read here
                }
            }

            // A constant of type T (not null): a literal as written, a const field the new class can see by its name, else
            // the value as a literal.
            private string? Constant<T>(ExpressionSyntax value)
            {
                value = Unwrap(value);
                if (_model.GetConstantValue(value, _cancellationToken) is not { HasValue: true, Value: T constant })
                {
                    return null;
                }

                if (value is LiteralExpressionSyntax)
                {
                    return value.WithoutTrivia().ToString();
                }

                if (Reference(value) is { } reference)
                {
                    return reference;
                }

                return constant switch
                {
                    string text => SymbolDisplay.FormatLiteral(text, quote: true),
                    bool flag => flag ? "true" : "false",
                    _ => null,
                };
            }

            private string? Integer(ExpressionSyntax value)
            {
                value = Unwrap(value);
                var constant = _model.GetConstantValue(value, _cancellationToken);
                if (!constant.HasValue)
                {
                    return null;
                }

                int number;
                switch (constant.Value)
                {
                    case int i:
                        number = i;
                        break;
                    case double d when d >= int.MinValue && d <= int.MaxValue && d == System.Math.Floor(d):
                        number = (int)d;
                        break;
                    case long l when l >= int.MinValue && l <= int.MaxValue:
                        number = (int)l;
                        break;
                    default:
                        return null;
                }

                var type = _model.GetTypeInfo(value, _cancellationToken).Type;
                if (type?.SpecialType == SpecialType.System_Int32)
                {
                    if (value is LiteralExpressionSyntax)
                    {
                        return value.WithoutTrivia().ToString();
                    }

                    if (Reference(value) is { } reference)
                    {
                        return reference;
                    }
                }

                return number.ToString(CultureInfo.InvariantCulture);
            }

            // A const field accessible from a top-level class of the same assembly, by its fully qualified name.
            private string? Reference(ExpressionSyntax value)
            {
                if (value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
                    || _model.GetSymbolInfo(value, _cancellationToken).Symbol is not IFieldSymbol { IsConst: true, ContainingType: { } containing } field
                    || !Visible(field))
                {
                    return null;
                }

                AddNamespace(containing);
                return containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Escape(field.Name);
            }

            private static bool Visible(ISymbol symbol)
            {
                for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
                {
                    if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                    {
                        return false;
                    }
                }

                return true;
            }

            private string? EnumMember(ExpressionSyntax value)
            {
                if (_model.GetSymbolInfo(value, _cancellationToken).Symbol is not IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type } member)
                {
                    return null;
                }

                AddNamespace(type);
                return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Escape(member.Name);
            }

            private string? Encryption(ExpressionSyntax value)
            {
                if (_model.GetSymbolInfo(value, _cancellationToken).Symbol is not { IsStatic: true, Kind: SymbolKind.Property or SymbolKind.Field } symbol
                    || Metadata(symbol.ContainingType) != "Amazon.CDK.AWS.ECR.RepositoryEncryption")
                {
                    return null;
                }

                var member = symbol.Name switch
                {
                    "AES_256" => "Aes256",
                    "KMS" => "Kms",
                    _ => null,
                };
                Namespaces.Add("EcrGen");
                return member is null ? null : "global::EcrGen.EcrEncryption." + member;
            }

            private string? Array(ExpressionSyntax value, System.Func<ExpressionSyntax, string?> element)
            {
                // The elements themselves (a new SeparatedList would copy them out of the tree the model reads).
                List<ExpressionSyntax> list;
                switch (value)
                {
                    case ImplicitArrayCreationExpressionSyntax implicitArray:
                        list = implicitArray.Initializer.Expressions.ToList();
                        break;
                    case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                        list = initializer.Expressions.ToList();
                        break;
                    case CollectionExpressionSyntax collection when collection.Elements.All(static e => e is ExpressionElementSyntax):
                        list = collection.Elements.Select(static e => ((ExpressionElementSyntax)e).Expression).ToList();
                        break;
                    default:
                        return null;
                }

                if (list.Count == 0)
                {
                    return null;
                }

                var texts = new List<string>();
                foreach (var item in list)
                {
                    if (element(Unwrap(item)) is not { } text)
                    {
                        return null;
                    }

                    texts.Add(text);
                }

                return "new[] { " + string.Join(", ", texts) + " }";
            }

            // The single argument of a call to the static method `type.method`.
            private ExpressionSyntax? Call(ExpressionSyntax value, string type, string method)
                => value is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments }
                    && arguments[0].NameColon is null
                    && _model.GetSymbolInfo(value, _cancellationToken).Symbol is IMethodSymbol { IsStatic: true } symbol
                    && symbol.Name == method
                    && Metadata(symbol.ContainingType) == type
                        ? arguments[0].Expression
                        : null;

            private void AddNamespace(ITypeSymbol type)
            {
                if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
                {
                    Namespaces.Add(ns.ToDisplayString());
                }
            }

            private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }
    }

    /// <summary>One <c>AddLifecycleRule</c> statement and its <c>[LifecycleRule(...)]</c> arguments.</summary>
    internal sealed class ConvertedRule
    {
        public ConvertedRule(StatementSyntax statement, List<string> arguments, List<string> comments)
        {
            Statement = statement;
            Arguments = arguments;
            Comments = comments;
        }

        public StatementSyntax Statement { get; }

        public List<string> Arguments { get; }

        public List<string> Comments { get; }
    }

    /// <summary>Which helper an image reference becomes.</summary>
    internal enum ConvertedImageKind
    {
        /// <summary><c>DockerImageCode.FromEcr</c> → <c>[EcrImageCode]</c> and <c>NameCode()</c>.</summary>
        Code,

        /// <summary><c>ContainerImage.FromEcrRepository</c> → <c>[ContainerImage]</c> and <c>NameImage()</c>.</summary>
        Container,
    }

    /// <summary>One image reference, the name its helper is derived from, and its attribute arguments.</summary>
    internal sealed class ConvertedImage
    {
        public ConvertedImage(InvocationExpressionSyntax invocation, IdentifierNameSyntax holder, ConvertedImageKind kind, string? stem, List<string> arguments, List<string> comments)
        {
            Invocation = invocation;
            Holder = holder;
            Kind = kind;
            Stem = stem;
            Arguments = arguments;
            Comments = comments;
        }

        /// <summary>The call that is replaced by the helper's.</summary>
        public InvocationExpressionSyntax Invocation { get; }

        /// <summary>The repository's local, as written in the call.</summary>
        public IdentifierNameSyntax Holder { get; }

        public ConvertedImageKind Kind { get; }

        /// <summary>The text the image name is derived from (a construct id, a container or local name), if any.</summary>
        public string? Stem { get; }

        /// <summary>The attribute arguments after the name.</summary>
        public List<string> Arguments { get; }

        public List<string> Comments { get; }
    }

    /// <summary>Class names derived from construct ids and repository names.</summary>
    internal static class ConvertedNames
    {
        /// <summary>
        /// <c>Images</c> → <c>ImagesRepository</c>, <c>app-repo</c> → <c>AppRepoRepository</c>, <c>team/web-api</c> (a repository
        /// name: its last segment) → <c>WebApiRepository</c>; <c>null</c> when no letter or digit is left.
        /// </summary>
        public static string? FromText(string? text, bool lastSegment)
        {
            if (text is null)
            {
                return null;
            }

            if (lastSegment)
            {
                text = text.Substring(text.LastIndexOf('/') + 1);
            }

            var result = Identifier(text, "Ecr");
            if (result is null)
            {
                return null;
            }

            return result.EndsWith("Repository", System.StringComparison.Ordinal) ? result : result + "Repository";
        }

        /// <summary>
        /// <c>web-images</c> → <c>WebImages</c>: the ASCII letters and digits, each word capitalized; <paramref name="digitPrefix"/>
        /// before a leading digit; <c>null</c> when no letter or digit is left.
        /// </summary>
        public static string? Identifier(string? text, string digitPrefix)
        {
            if (text is null)
            {
                return null;
            }

            var name = new StringBuilder();
            var upper = true;
            foreach (var c in text)
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    name.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            if (name.Length == 0)
            {
                return null;
            }

            if (char.IsDigit(name[0]))
            {
                name.Insert(0, digitPrefix);
            }

            return name.ToString();
        }
    }
}

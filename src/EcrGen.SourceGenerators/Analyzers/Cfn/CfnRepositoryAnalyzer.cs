using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Cfn
{
    /// <summary>
    /// The texts of the L1 <c>CfnRepository</c> that nothing else reads (catalogue T11–T19): a constant
    /// <c>LifecyclePolicyProperty.LifecyclePolicyText</c> (<see cref="LifecyclePolicyText"/>: JSON, ECR's schema, and the shared
    /// lifecycle rules), a constant <c>CfnRepositoryProps.RepositoryPolicyText</c> or the <c>PolicyDocument</c> given to it
    /// (<see cref="RepositoryPolicyText"/>, <see cref="PolicyStatementRules"/>), and a <c>Resources</c> list in a statement
    /// given to the L2 <c>AddToResourcePolicy</c> (T18). Values not known at compile time are not read.
    /// </summary>
    /// <remarks>
    /// Registration: one semantic-model action per file, and only in compilations that have the CDK; the file's syntax is
    /// walked for the few creations and calls by name (<c>new ...LifecyclePolicyProperty</c>, <c>new CfnRepositoryProps</c>,
    /// <c>new()</c>, <c>.AddToResourcePolicy(</c>) before anything is bound, so a file without them costs one syntax walk and
    /// no per-operation callback. The flow facts (<see cref="BlockIndex"/>) are built only for a block that holds one.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CfnRepositoryAnalyzer : DiagnosticAnalyzer
    {
        private const string LifecyclePolicyPropertyName = "Amazon.CDK.AWS.ECR.CfnRepository+LifecyclePolicyProperty";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ConstantPolicyText.Descriptors;

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk)
                    || start.Compilation.GetTypeByMetadataName(LifecyclePolicyPropertyName) is not { } lifecyclePolicy
                    || cdk.CfnRepositoryProps is null)
                {
                    return;
                }

                start.RegisterSemanticModelAction(model => new FileAnalysis(model, cdk, lifecyclePolicy).Run());
            });
        }

        private sealed class FileAnalysis
        {
            private readonly SemanticModelAnalysisContext _context;
            private readonly CdkSymbols _cdk;
            private readonly INamedTypeSymbol _lifecyclePolicy;
            private readonly DiagnosticSink _sink;
            private Dictionary<IOperation, BlockIndex>? _indexes;

            public FileAnalysis(SemanticModelAnalysisContext context, CdkSymbols cdk, INamedTypeSymbol lifecyclePolicy)
            {
                _context = context;
                _cdk = cdk;
                _lifecyclePolicy = lifecyclePolicy;
                _sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
            }

            private CancellationToken CancellationToken => _context.CancellationToken;

            public void Run()
            {
                var root = _context.SemanticModel.SyntaxTree.GetRoot(CancellationToken);
                foreach (var node in root.DescendantNodes())
                {
                    switch (node)
                    {
                        case ObjectCreationExpressionSyntax creation when IsCandidateName(creation.Type):
                        case ImplicitObjectCreationExpressionSyntax:
                            if (_context.SemanticModel.GetOperation(node, CancellationToken) is IObjectCreationOperation operation)
                            {
                                AnalyzeCreation(operation);
                            }

                            break;
                        case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddToResourcePolicy" } }:
                            if (_context.SemanticModel.GetOperation(node, CancellationToken) is IInvocationOperation call)
                            {
                                AnalyzeAddToResourcePolicy(call);
                            }

                            break;
                    }
                }
            }

            private static bool IsCandidateName(TypeSyntax type)
            {
                var name = type switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => null,
                };
                return name == "LifecyclePolicyProperty" || name == "CfnRepositoryProps";
            }

            private void AnalyzeCreation(IObjectCreationOperation creation)
            {
                if (CdkSymbols.Is(creation.Type, _lifecyclePolicy))
                {
                    var index = IndexOf(creation);
                    if (WrittenObject.Read(creation, index).ValueOf("LifecyclePolicyText") is { } text)
                    {
                        ReportText(text, index, LifecyclePolicyText.Validate);
                    }
                }
                else if (CdkSymbols.Is(creation.Type, _cdk.CfnRepositoryProps))
                {
                    var index = IndexOf(creation);
                    if (WrittenObject.Read(creation, index).ValueOf("RepositoryPolicyText") is { } policy)
                    {
                        if (!ReportText(policy, index, RepositoryPolicyText.Validate))
                        {
                            AnalyzePolicyDocument(creation, policy, index);
                        }
                    }
                }
            }

            // A constant text: each violation at its span inside the literal, or on the expression the text comes from.
            private bool ReportText(IOperation value, BlockIndex index, System.Func<string, IReadOnlyList<TextViolation>> validate)
                => ConstantPolicyText.Report(value, index.Resolve(value), _sink, validate, CancellationToken);

            // RepositoryPolicyText = new PolicyDocument(...): W7 through the shared reader, T18 on each statement's Resources.
            private void AnalyzePolicyDocument(IObjectCreationOperation propsCreation, IOperation policy, BlockIndex index)
            {
                foreach (var statement in new PolicyReader(_cdk, index).ReadPolicyText(propsCreation))
                {
                    if (statement.StatementLocation is { } location)
                    {
                        foreach (var violation in PolicyStatementRules.ValidateForResourcePolicy(statement.Spec, statement.Where, PolicyForm.L1Document))
                        {
                            _sink.Report(violation, location);
                        }
                    }
                }

                if (index.Resolve(policy) is IObjectCreationOperation document && CdkSymbols.Is(document.Type, _cdk.PolicyDocument)
                    && OperationValues.Argument(document.Arguments, 0) is { } documentProps
                    && index.Resolve(documentProps) is IObjectCreationOperation documentPropsCreation
                    && WrittenObject.Read(documentPropsCreation, index).ValueOf("Statements") is { } statements
                    && OperationValues.TryGetElements(statements, out var elements))
                {
                    foreach (var element in elements)
                    {
                        CheckResources(element, index, "CfnRepository RepositoryPolicyText", PolicyForm.L1Document);
                    }
                }
            }

            // repository.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Resources = ... })) on a repository
            // the app creates (an imported one drops the statement: W5).
            private void AnalyzeAddToResourcePolicy(IInvocationOperation call)
            {
                if (call.Instance is { Type: { } instanceType } && CdkSymbols.DerivesFrom(instanceType, _cdk.Repository)
                    && OperationValues.Argument(call.Arguments, 0) is { } statement)
                {
                    CheckResources(statement, IndexOf(call), "AddToResourcePolicy(...)", PolicyForm.Construct);
                }
            }

            private void CheckResources(IOperation statementValue, BlockIndex index, string where, PolicyForm form)
            {
                if (index.Resolve(statementValue) is not IObjectCreationOperation statement || !CdkSymbols.Is(statement.Type, _cdk.PolicyStatement)
                    || OperationValues.Argument(statement.Arguments, 0) is not { } propsValue
                    || index.Resolve(propsValue) is not IObjectCreationOperation props || !CdkSymbols.Is(props.Type, _cdk.PolicyStatementProps))
                {
                    return;
                }

                var written = WrittenObject.Read(props, index);
                foreach (var option in new[] { "Resources", "NotResources" })
                {
                    // Only a list known to hold an element: an empty list or an unknown one adds no resource element for sure.
                    if (written.ValueOf(option) is { } list && OperationValues.TryGetElements(list, out var items) && items.Length > 0)
                    {
                        var spec = new PolicyStatementSpec { HasResources = Setting.Of(true) };
                        foreach (var violation in PolicyStatementRules.ValidateResources(spec, where, form))
                        {
                            _sink.Report(violation with { Option = option }, written.LocationOf(option));
                        }

                        return;
                    }
                }
            }

            // The flow facts of the whole block the operation is in, built once per block.
            private BlockIndex IndexOf(IOperation operation)
            {
                var root = operation;
                while (root.Parent is { } parent)
                {
                    root = parent;
                }

                _indexes ??= new Dictionary<IOperation, BlockIndex>();
                if (!_indexes.TryGetValue(root, out var index))
                {
                    var owner = _context.SemanticModel.GetEnclosingSymbol(root.Syntax.SpanStart, CancellationToken);
                    var type = owner as INamedTypeSymbol ?? owner?.ContainingType;
                    index = BlockIndex.Build(ImmutableArray.Create(root), TypeFlow.Of(type, _context.SemanticModel), CancellationToken);
                    _indexes.Add(root, index);
                }

                return index;
            }
        }
    }
}

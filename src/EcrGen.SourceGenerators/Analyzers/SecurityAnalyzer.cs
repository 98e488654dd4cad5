using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Attributes;
using EcrGen.SourceGenerators.Analyzers.Code;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// The opt-in security pack (ECR4001–ECR4005, <see cref="SecurityRules"/>) on <c>[EcrRepository]</c> classes and on
    /// hand-written repositories and policies. ECR4002 is satisfied by a <c>CfnRegistryScanningConfiguration</c> anywhere in
    /// the compilation, looked for once per compilation and only when a repository would be reported
    /// (<see cref="RegistryScanning"/>). Every rule is disabled by default, and Roslyn runs no action of an analyzer all
    /// of whose rules are off, so the pack costs nothing until a project turns a rule on in .editorconfig.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecurityAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = D.InCategories(D.SecurityCategory);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    return;
                }

                var registryScanning = new RegistryScanning(start.Compilation, start.CancellationToken);

                if (EcrGenAttributeTypes.TryCreate(start.Compilation, out var attributes))
                {
                    start.RegisterSymbolAction(
                        symbolContext =>
                        {
                            if (EcrGenClass.Read((INamedTypeSymbol)symbolContext.Symbol, attributes) is { Repository: { } repository } ecrGenClass)
                            {
                                AnalyzeAttribute(symbolContext, repository, ecrGenClass.LifecycleRules.Count, registryScanning);
                            }
                        },
                        SymbolKind.NamedType);
                }

                CodeCandidates.RegisterCodeBlocks(start, () => new RepositoryOperations(cdk, (context, operations) => AnalyzeCode(context, operations, registryScanning)));
            });
        }

        private static void AnalyzeAttribute(SymbolAnalysisContext context, AttributeData repository, int ruleCount, RegistryScanning registryScanning)
        {
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceAttribute);
            var (spec, _) = RepositoryClassReader.ReadRepository(repository);
            var complete = !RepositoryFacts.HasEscapeHatch((INamedTypeSymbol)context.Symbol);
            if (!complete)
            {
                // OnConfiguringProps may set what the attribute leaves out (a key, scanning, rules): only what is written is judged.
                spec = WrittenOnly(spec);
            }

            foreach (var violation in Validate(spec, complete && ruleCount == 0, registryScanning))
            {
                AttributeLocations.Report(repository, violation, sink, context.CancellationToken);
            }
        }

        private static void AnalyzeCode(OperationBlockAnalysisContext context, RepositoryOperations operations, RegistryScanning registryScanning)
        {
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
            var index = BlockIndex.Build(context.OperationBlocks, context.OwningSymbol, context.CancellationToken);
            var cdk = operations.Cdk;
            if (operations.Repositories is not null)
            {
                var scan = RepositoryScan.Build(operations, index, context.CancellationToken);
                foreach (var repository in operations.Repositories)
                {
                    CheckRepository(repository, scan, cdk, sink, registryScanning);
                }
            }

            var policies = new PolicyReader(cdk, index);
            if (operations.PolicyCalls is not null)
            {
                foreach (var call in operations.PolicyCalls)
                {
                    foreach (var statement in policies.ReadCall(call))
                    {
                        Report(statement, sink);
                    }
                }
            }

            if (operations.PolicyTexts is not null)
            {
                foreach (var props in operations.PolicyTexts)
                {
                    foreach (var statement in policies.ReadPolicyText(props))
                    {
                        Report(statement, sink);
                    }
                }
            }
        }

        // ECR4002–ECR4004 for a hand-written new Repository(...); subclasses (EcrGen classes included) are checked where
        // their options are written.
        private static void CheckRepository(IOperation repository, RepositoryScan scan, CdkSymbols cdk, DiagnosticSink sink, RegistryScanning registryScanning)
        {
            if (repository is not IObjectCreationOperation creation || !CdkSymbols.Is(creation.Type, cdk.Repository)
                || scan.GroupOf(creation) is not { PropsUnknown: false } group)
            {
                return;
            }

            SymbolKey.OfHolder(creation, scan.Index, out var isLocalOrUnstored);
            var props = group.Props;
            var spec = props is null ? new RepositorySpec() : CdkSpecReader.ReadRepository(props, cdk);
            var knownToHaveNoRule = group.Entries.Count == 0 && isLocalOrUnstored && !RepositoryEscapes.FromBlock(creation, scan.Index, cdk);
            var whole = WrittenObject.CreationLocation(creation.Syntax);
            foreach (var violation in Validate(spec, knownToHaveNoRule, registryScanning))
            {
                // An option not written is reported on the props (or the repository when there are none).
                var location = violation.RuleId == RuleIds.NoLifecycleRule ? whole
                    : props is not null && props.Find(violation.Option) is not null ? props.LocationOf(violation.Option)
                    : props?.Location ?? whole;
                sink.Report(violation, location);
            }
        }

        // The registry is looked for only when ECR4002 would be reported without it.
        private static IEnumerable<RuleViolation> Validate(RepositorySpec spec, bool knownToHaveNoRule, RegistryScanning registryScanning)
        {
            var violations = SecurityRules.Validate(spec, knownToHaveNoRule);
            foreach (var violation in violations)
            {
                if (violation.RuleId == RuleIds.ScanOnPush && registryScanning.IsConfigured)
                {
                    return SecurityRules.Validate(spec, knownToHaveNoRule, registryScanningConfigured: true);
                }
            }

            return violations;
        }

        // An option the attribute does not write may be set by the escape hatch: unknown, not "not set".
        private static RepositorySpec WrittenOnly(RepositorySpec spec) => spec with
        {
            ImageScanOnPush = spec.ImageScanOnPush.IsSet ? spec.ImageScanOnPush : Setting<bool>.Unknown,
            ImageTagMutability = spec.ImageTagMutability.IsSet ? spec.ImageTagMutability : Setting<CdkEnumValue>.Unknown,
            Encryption = spec.Encryption.IsSet ? spec.Encryption : Setting<EncryptionKind>.Unknown,
            HasEncryptionKey = spec.HasEncryptionKey.IsSet ? spec.HasEncryptionKey : Setting<bool>.Unknown,
        };

        private static void Report(PolicyStatementRead statement, DiagnosticSink sink)
        {
            foreach (var violation in SecurityRules.ValidateStatement(statement.Spec, statement.Where))
            {
                sink.Report(violation, statement.PrincipalLocations[violation.Index]);
            }
        }
    }

    /// <summary>
    /// Whether the compilation creates a <c>CfnRegistryScanningConfiguration</c> (registry-level scanning, which AWS
    /// recommends over the repository's scan on push). Computed at most once per compilation, and only when asked: a text
    /// search for the type name, then the object creations of the files that hold it.
    /// </summary>
    internal sealed class RegistryScanning
    {
        private const string TypeName = "CfnRegistryScanningConfiguration";

        private readonly System.Lazy<bool> _configured;

        public RegistryScanning(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            // PublicationOnly: a cancelled search is not cached as the answer.
            _configured = new System.Lazy<bool>(() => Find(compilation, cancellationToken), System.Threading.LazyThreadSafetyMode.PublicationOnly);
        }

        public bool IsConfigured => _configured.Value;

        private static bool Find(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            if (compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR." + TypeName) is null)
            {
                return false;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                var text = tree.GetText(cancellationToken).ToString();
                if (text.IndexOf(TypeName, System.StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax creation && RightmostName(creation.Type) == TypeName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string? RightmostName(Microsoft.CodeAnalysis.CSharp.Syntax.TypeSyntax type)
            => type switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                Microsoft.CodeAnalysis.CSharp.Syntax.AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
    }
}

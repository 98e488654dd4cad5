using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.SourceGenerators.Generation
{
    /// <summary>
    /// Expands <c>[EcrRepository]</c> classes into CDK construct wiring. One direction of flow: syntax → equatable model
    /// (<see cref="RepositoryClassModel"/>) → emitted source. Diagnostics come from the analyzers, not from here, so that
    /// code fixes can attach and hand-written CDK code is checked by the same rules.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class EcrRepositoryGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
        public static class TrackingNames
        {
            /// <summary>The per-class models.</summary>
            public const string Models = "EcrGen.Models";

            /// <summary>What the referenced CDK can express.</summary>
            public const string Capabilities = "EcrGen.Capabilities";

            /// <summary>Models paired with the capabilities: the input of source output.</summary>
            public const string Outputs = "EcrGen.Outputs";

            /// <summary>Whether the project switched the generator off (<see cref="DisableProperty"/>).</summary>
            public const string Disabled = "EcrGen.Disabled";
        }

        /// <summary>
        /// The analyzer config option of the MSBuild property <c>DisableEcrGenSourceGenerator</c> (a CompilerVisibleProperty of
        /// the package's targets). <c>true</c> switches the generator off; the analyzers, in this same assembly, keep running.
        /// </summary>
        public const string DisableProperty = "build_property.DisableEcrGenSourceGenerator";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var capabilities = context.CompilationProvider
                .Select(static (compilation, _) => CdkCapabilities.From(compilation))
                .WithTrackingName(TrackingNames.Capabilities);

            // One FAWMN on the anchor attribute: its transform reads the class's other EcrGen attributes from the symbol, so
            // a rule, image or option added anywhere on the class re-runs exactly this class's model.
            var models = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    EcrGenNames.EcrRepositoryAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (attributeContext, cancellationToken) => RepositoryClassReader.ReadForGeneration(attributeContext, cancellationToken))
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(TrackingNames.Models);

            var outputs = models.Combine(capabilities).WithTrackingName(TrackingNames.Outputs);

            var disabled = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue(DisableProperty, out var value)
                    && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
                .WithTrackingName(TrackingNames.Disabled);

            context.RegisterSourceOutput(outputs.Combine(disabled), static (productionContext, input) =>
            {
                var ((model, cdk), isDisabled) = input;
                if (isDisabled)
                {
                    return;
                }

                if (!cdk.HasCdk)
                {
                    // Amazon.CDK.Lib is not referenced: generated code could not compile; ECR0006 says why.
                    return;
                }

                productionContext.AddSource(model.Location.HintName, RepositorySourceEmitter.Emit(model, cdk));
            });
        }
    }
}

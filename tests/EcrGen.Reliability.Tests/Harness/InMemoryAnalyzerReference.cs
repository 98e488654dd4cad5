using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.Reliability.Tests.Harness
{
    /// <summary>Gives a workspace project analyzers and generators that are already loaded, as a package would.</summary>
    public sealed class InMemoryAnalyzerReference : AnalyzerReference
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ImmutableArray<ISourceGenerator> _generators;
        private readonly Guid _id = Guid.NewGuid();

        /// <summary>A reference to <paramref name="analyzers"/> and <paramref name="generators"/>.</summary>
        public InMemoryAnalyzerReference(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<ISourceGenerator> generators)
        {
            _analyzers = analyzers;
            _generators = generators;
        }

        /// <inheritdoc/>
        public override string? FullPath => null;

        /// <inheritdoc/>
        public override string Display => "EcrGen (in memory)";

        /// <inheritdoc/>
        public override object Id => _id;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => _analyzers;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => _analyzers;

        /// <inheritdoc/>
        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => _generators;

        /// <inheritdoc/>
        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
    }
}

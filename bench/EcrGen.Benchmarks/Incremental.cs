using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// Benchmark 5, the IDE loop: a driver that has generated for <c>N</c> annotated classes is re-run after one keystroke-like
    /// edit, (a) in the unrelated file, (b) inside one annotated class (a lifecycle rule's <c>MaxImageCount</c> changes).
    /// </summary>
    public sealed class IncrementalScenario
    {
        /// <summary>Sets up the warm drivers and both edited compilations (untimed).</summary>
        public IncrementalScenario(int classes)
        {
            Classes = classes;
            Original = Inputs.EcrGenClasses(classes);
            WarmDriver = Workloads.Driver(EcrGenParts.Generators).RunGenerators(Original);
            TrackedWarmDriver = Workloads.Driver(EcrGenParts.Generators, track: true).RunGenerators(Original);

            var unrelated = Original.SyntaxTrees.Single(t => t.FilePath == Inputs.UnrelatedPath);
            UnrelatedEdit = Original.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(Inputs.Unrelated(43), Inputs.ParseOptions, unrelated.FilePath));

            var edited = classes / 2;
            var annotated = Original.SyntaxTrees.Single(t => t.FilePath == $"Repositories/Service{edited}Repository.cs");
            OneClassEdit = Original.ReplaceSyntaxTree(annotated, CSharpSyntaxTree.ParseText(Inputs.EcrGenClass(edited, maxImageCount: 21), Inputs.ParseOptions, annotated.FilePath));
        }

        /// <summary>The number of annotated classes.</summary>
        public int Classes { get; }

        /// <summary>The compilation before the edit.</summary>
        public CSharpCompilation Original { get; }

        /// <summary>A driver that has run on <see cref="Original"/>.</summary>
        public GeneratorDriver WarmDriver { get; }

        /// <summary>The same, with step tracking on (for the counts only; tracking is not timed).</summary>
        public GeneratorDriver TrackedWarmDriver { get; }

        /// <summary>The compilation after an edit in the unrelated file.</summary>
        public CSharpCompilation UnrelatedEdit { get; }

        /// <summary>The compilation after an edit inside one annotated class.</summary>
        public CSharpCompilation OneClassEdit { get; }

        /// <summary>Re-runs the warm driver on a fresh copy of <paramref name="edited"/> (the timed part).</summary>
        public int Rerun(Compilation edited)
            => WarmDriver.RunGenerators(edited.Clone()).GetRunResult().Results[0].GeneratedSources.Length;

        /// <summary>
        /// After <paramref name="edited"/>: how many source-output steps ran again (any output not <c>Cached</c>) and how many
        /// generated files were regenerated (outputs <c>New</c> or <c>Modified</c>).
        /// </summary>
        public (int RerunOutputSteps, int RegeneratedFiles) Count(Compilation edited)
        {
            var result = TrackedWarmDriver.RunGenerators(edited.Clone()).GetRunResult().Results.Single();
            var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
            return (
                outputs.Count(o => o.Reason != IncrementalStepRunReason.Cached),
                outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        }
    }
}

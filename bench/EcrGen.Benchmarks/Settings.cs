namespace EcrGen.Benchmarks
{
    /// <summary>How much to measure: <c>--quick</c> (under 5 minutes), the full run, or <c>--smoke</c> (harness check only).</summary>
    public sealed record Settings(
        string Mode,
        int[] PerClassSizes,
        int OverheadClasses,
        int[] ScalingSizes,
        int AnalyzerAppLines,
        int IncrementalClasses,
        int WarmupCount,
        int IterationCount,
        int Rounds)
    {
        /// <summary>The settings of this run (set once by <c>Program</c> before any benchmark runs).</summary>
        public static Settings Current { get; set; } = Full;

        /// <summary>The full run: the sizes docs/performance.md reports, 2 warm-ups and 7 iterations a case, 5 interleaved rounds.</summary>
        public static Settings Full => new("full", new[] { 100, 1_000 }, 1_000, new[] { 100, 1_000, 10_000 }, 10_000, 1_000, 2, 7, 5);

        /// <summary>
        /// Quick (under 5 minutes): the same sizes; BenchmarkDotNet only for the cheap benchmarks 1 and 5, with ShortRun's
        /// counts (1 warm-up, 3 iterations); 3 interleaved rounds for every goal.
        /// </summary>
        public static Settings Quick => new("quick", new[] { 100, 1_000 }, 1_000, new[] { 100, 1_000, 10_000 }, 10_000, 1_000, 1, 3, 3);

        /// <summary>Smoke: tiny sizes, one iteration; checks the harness end to end, measures nothing worth reading.</summary>
        public static Settings Smoke => new("smoke", new[] { 10, 50 }, 50, new[] { 10, 50, 500 }, 500, 50, 0, 1, 1);
    }
}

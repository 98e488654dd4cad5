using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// Benchmark 1: per-class generator cost against peers, same N. EcrGen: N <c>[EcrRepository]</c> classes with two
    /// <c>[LifecycleRule]</c>s and one <c>[EcrImageCode]</c>; CommunityToolkit.Mvvm: N <c>ObservableObject</c>s with three
    /// <c>[ObservableProperty]</c> fields; Mapperly: N mappers of a five-property type. A fresh driver over a fresh copy of the
    /// parsed compilation per operation: the cost of a full generation (the first build, or a CI build).
    /// </summary>
    [MemoryDiagnoser]
    public class P1PerClass
    {
        private Compilation _ecrGen = null!;
        private Compilation _mvvm = null!;
        private Compilation _mapperly = null!;

        /// <summary>The number of classes.</summary>
        [ParamsSource(nameof(Sizes))]
        public int N { get; set; }

        /// <summary>Benchmark 1's sizes for this run.</summary>
        public static IEnumerable<int> Sizes => Settings.Current.PerClassSizes;

        /// <summary>Builds the inputs (untimed).</summary>
        [GlobalSetup]
        public void Setup()
        {
            _ecrGen = Workloads.Input("EcrGen", N);
            _mvvm = Workloads.Input("Mvvm", N);
            _mapperly = Workloads.Input("Mapperly", N);
        }

        /// <summary>EcrGen's generator.</summary>
        [Benchmark(Baseline = true)]
        public int EcrGen() => Workloads.Generate(_ecrGen, EcrGenParts.Generators);

        /// <summary>CommunityToolkit.Mvvm's generators.</summary>
        [Benchmark]
        public int CommunityToolkitMvvm() => Workloads.Generate(_mvvm, Peers.Mvvm.Generators);

        /// <summary>Riok.Mapperly's generator.</summary>
        [Benchmark]
        public int Mapperly() => Workloads.Generate(_mapperly, Peers.Mapperly.Generators);
    }

    /// <summary>
    /// Benchmark 2: a full build (parse + bind + emit) of a 1,000-class app with EcrGen (generator + every analyzer) against the
    /// same app with the generated sources pasted in as ordinary files and no EcrGen analyzer.
    /// </summary>
    [MemoryDiagnoser]
    public class P2Overhead
    {
        private IReadOnlyList<(string Path, string Text)> _app = null!;
        private IReadOnlyList<(string Path, string Text)> _pasted = null!;

        /// <summary>Builds the inputs (untimed).</summary>
        [GlobalSetup]
        public void Setup()
        {
            _app = Inputs.EcrGenApp(Settings.Current.OverheadClasses);
            _pasted = Workloads.WithGeneratedSourcesPasted(_app);
        }

        /// <summary>The physical limit: generated code pasted in, no EcrGen at all.</summary>
        [Benchmark(Baseline = true)]
        public long PastedNoEcrGen() => Workloads.BuildPasted(_pasted);

        /// <summary>The app with EcrGen's generator and analyzers.</summary>
        [Benchmark]
        public long WithEcrGen() => Workloads.BuildWithEcrGen(_app);
    }

    /// <summary>Benchmark 3: EcrGen generator time at N = 100, 1,000, 10,000 (a full generation).</summary>
    [MemoryDiagnoser]
    public class P3Scaling
    {
        private Compilation _input = null!;

        /// <summary>The number of classes.</summary>
        [ParamsSource(nameof(Sizes))]
        public int N { get; set; }

        /// <summary>Benchmark 3's sizes for this run.</summary>
        public static IEnumerable<int> Sizes => Settings.Current.ScalingSizes;

        /// <summary>Builds the input (untimed).</summary>
        [GlobalSetup]
        public void Setup() => _input = Workloads.Input("EcrGen", N);

        /// <summary>EcrGen's generator.</summary>
        [Benchmark]
        public int EcrGen() => Workloads.Generate(_input, EcrGenParts.Generators);
    }

    /// <summary>
    /// Benchmark 4: a build of a hand-written ~10k-line CDK app (no attributes) with and without EcrGen's analyzers. The share
    /// of the analyzers themselves (their execution time as Roslyn's telemetry reports it) is measured by the interleaved
    /// phase; this pair shows the whole overhead, including the operation trees the compiler builds for them.
    /// </summary>
    [MemoryDiagnoser]
    public class P4AnalyzerShare
    {
        private IReadOnlyList<(string Path, string Text)> _app = null!;

        /// <summary>Builds the input (untimed).</summary>
        [GlobalSetup]
        public void Setup() => _app = Inputs.HandWrittenCdkApp(Settings.Current.AnalyzerAppLines);

        /// <summary>No analyzer.</summary>
        [Benchmark(Baseline = true)]
        public long WithoutAnalyzers() => Workloads.BuildPasted(_app);

        /// <summary>Every EcrGen analyzer.</summary>
        [Benchmark]
        public long WithEcrGenAnalyzers() => Workloads.BuildWithAnalyzerTelemetry(_app).Build.Ticks;
    }

    /// <summary>
    /// Benchmark 5: the IDE loop over 1,000 annotated classes: a full generation against re-running a warm driver after an
    /// edit in an unrelated file, and after an edit inside one annotated class.
    /// </summary>
    [MemoryDiagnoser]
    public class P5Incremental
    {
        private IncrementalScenario _scenario = null!;

        /// <summary>Builds the warm drivers and the edits (untimed).</summary>
        [GlobalSetup]
        public void Setup() => _scenario = new IncrementalScenario(Settings.Current.IncrementalClasses);

        /// <summary>A cold driver, for scale.</summary>
        [Benchmark(Baseline = true)]
        public int FullGeneration() => Workloads.Generate(_scenario.Original, EcrGenParts.Generators);

        /// <summary>(a) an edit in an unrelated file.</summary>
        [Benchmark]
        public int RerunAfterUnrelatedEdit() => _scenario.Rerun(_scenario.UnrelatedEdit);

        /// <summary>(b) an edit inside one annotated class.</summary>
        [Benchmark]
        public int RerunAfterOneClassEdit() => _scenario.Rerun(_scenario.OneClassEdit);
    }
}

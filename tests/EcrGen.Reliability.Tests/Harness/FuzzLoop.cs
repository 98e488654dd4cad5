using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Xunit.Abstractions;

namespace EcrGen.Reliability.Tests.Harness
{
    /// <summary>One generated case: the program and whether it was built to be valid.</summary>
    public sealed record FuzzCase(string Source, bool ExpectValid, string Kind, IReadOnlyList<string>? Tags = null, EcrGen.Testing.CdkRelease Cdk = EcrGen.Testing.CdkRelease.V2_160);

    /// <summary>
    /// The oracles a fuzz run uses: C# latest, and C# 8 (the oldest language version EcrGen supports), against CDK 2.160.0; and
    /// C# latest against the newest CDK (2.277.0), for the cases that write the options only newer CDKs have.
    /// </summary>
    public sealed class OracleSet : IDisposable
    {
        /// <summary>Oracles applying at most <paramref name="maxFixesPerCase"/> code actions per case.</summary>
        public OracleSet(int maxFixesPerCase)
        {
            Latest = new PipelineOracle(maxFixesPerCase: maxFixesPerCase);
            Oldest = new PipelineOracle(parseOptions: new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8), maxFixesPerCase: maxFixesPerCase);
            _newest = new Lazy<PipelineOracle>(() => new PipelineOracle(maxFixesPerCase: maxFixesPerCase, references: EcrGen.Testing.TestReferences.AllWith(EcrGen.Testing.CdkRelease.V2_277)));
        }

        private readonly Lazy<PipelineOracle> _newest;

        /// <summary>C# latest against CDK 2.277.0 (built on first use).</summary>
        public PipelineOracle Newest => _newest.Value;

        /// <summary>C# latest.</summary>
        public PipelineOracle Latest { get; }

        /// <summary>C# 8.</summary>
        public PipelineOracle Oldest { get; }

        /// <inheritdoc/>
        public void Dispose()
        {
            Latest.Dispose();
            Oldest.Dispose();
            if (_newest.IsValueCreated)
            {
                _newest.Value.Dispose();
            }
        }
    }

    /// <summary>The totals of one fuzz run.</summary>
    public sealed class FuzzReport
    {
        /// <summary>The run's name and seed, as printed.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>Cases run.</summary>
        public int Cases { get; set; }

        /// <summary>Cases with at least one failure.</summary>
        public int Failed { get; set; }

        /// <summary>Wall-clock time.</summary>
        public TimeSpan Elapsed { get; set; }

        /// <summary>Whether the time limit stopped the run before all cases ran.</summary>
        public bool StoppedByTimeLimit { get; set; }

        /// <summary>Counts by category (valid cases, cases that generated, diagnostic ids, fixes, case kinds, ...).</summary>
        public ConcurrentDictionary<string, int> Counters { get; } = new(StringComparer.Ordinal);

        /// <summary>The first failing cases: id, source, failures.</summary>
        public ConcurrentQueue<(string Id, FuzzCase Case, IReadOnlyList<string> Failures)> Failures { get; } = new();

        /// <summary>Time spent in each phase of the oracle, in ticks.</summary>
        public ConcurrentDictionary<string, long> PhaseTicks { get; } = new(StringComparer.Ordinal);

        /// <summary>The slowest cases seen: id and milliseconds.</summary>
        public ConcurrentBag<(string Id, double Milliseconds)> Timings { get; } = new();

        internal void Count(string key) => Counters.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    /// <summary>
    /// Runs generated cases through a <see cref="PipelineOracle"/>. Case <c>i</c> of seed <c>s</c> is generated from its own
    /// PCG stream derived from (s, i), so any case replays alone (<c>ECRGEN_FUZZ_CASE=s:i</c>) and a run replays from its seed.
    /// </summary>
    public static class FuzzLoop
    {
        /// <summary>The generator state of case <paramref name="index"/> of <paramref name="seed"/>.</summary>
        public static PCG CaseRandom(ulong seed, int index)
        {
            var z = seed + ((ulong)index + 1) * 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return new PCG(0x45_43_52u, z ^ (z >> 31));
        }

        /// <summary>The case <paramref name="index"/> of <paramref name="seed"/>.</summary>
        public static FuzzCase Generate(Gen<FuzzCase> gen, ulong seed, int index) => gen.Generate(CaseRandom(seed, index), null!, out _);

        /// <summary>Runs <paramref name="cases"/> cases of <paramref name="seed"/> and returns the totals.</summary>
        public static FuzzReport Run(string name, Gen<FuzzCase> gen, OracleSet oracle, ulong seed, int cases, int threads, TimeSpan? timeLimit)
        {
            var report = new FuzzReport { Name = $"{name} seed {FuzzSettings.Format(seed)}" };
            var stopwatch = Stopwatch.StartNew();
            var next = -1;
            var workers = Enumerable.Range(0, Math.Max(1, threads)).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    while (true)
                    {
                        if (timeLimit is { } limit && stopwatch.Elapsed > limit)
                        {
                            report.StoppedByTimeLimit = true;
                            return;
                        }

                        var index = Interlocked.Increment(ref next);
                        if (index >= cases)
                        {
                            return;
                        }

                        RunOne(gen, oracle, seed, index, report);
                    }
                },
                TaskCreationOptions.LongRunning)).ToArray();
            Task.WaitAll(workers);
            report.Elapsed = stopwatch.Elapsed;
            return report;
        }

        /// <summary>Runs the one case <paramref name="index"/> of <paramref name="seed"/> into <paramref name="report"/>.</summary>
        public static void RunOne(Gen<FuzzCase> gen, OracleSet oracles, ulong seed, int index, FuzzReport report)
        {
            var id = $"{FuzzSettings.Format(seed)}:{index}";
            FuzzCase fuzzCase;
            try
            {
                fuzzCase = Generate(gen, seed, index);
            }
            catch (Exception e)
            {
                // A bug in the test's own generators, but report it like any failure rather than losing the run.
                report.Failures.Enqueue((id, new FuzzCase("<generation failed>", false, "?"), new[] { "case generation threw: " + e }));
                lock (report)
                {
                    report.Cases++;
                    report.Failed++;
                }

                return;
            }

            var started = Stopwatch.GetTimestamp();
            // Most cases compile as C# latest; every eighth as C# 8, the oldest version EcrGen supports, where newer syntax in
            // the case is an error the generator, analyzers and fixes must live with (such a case is not expected valid).
            // A case written for the newest CDK (its options) runs against it, as C# latest.
            var newest = fuzzCase.Cdk == EcrGen.Testing.CdkRelease.V2_277;
            var oldest = !newest && index % 8 == 7;
            var oracle = newest ? oracles.Newest : oldest ? oracles.Oldest : oracles.Latest;
            var outcome = oracle.Run(fuzzCase.Source, fuzzCase.ExpectValid && !oldest);
            if (oldest)
            {
                report.Count("compiled as C# 8");
            }

            if (newest)
            {
                report.Count("compiled against CDK 2.277.0");
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            report.Timings.Add((id, elapsed.TotalMilliseconds));

            lock (report)
            {
                report.Cases++;
                if (outcome.Failures.Count > 0)
                {
                    report.Failed++;
                }
            }

            report.Count("kind " + fuzzCase.Kind);
            foreach (var tag in fuzzCase.Tags ?? Array.Empty<string>())
            {
                report.Count(tag);
            }

            if (fuzzCase.ExpectValid)
            {
                report.Count("built valid");
            }

            if (outcome.UserCodeCompiles)
            {
                report.Count("user code compiles");
            }

            if (outcome.Clean)
            {
                report.Count("no diagnostic at all");
            }

            if (outcome.GeneratedSources > 0)
            {
                report.Count("generated a source");
            }

            if (outcome.FixesApplied > 0)
            {
                report.Counters.AddOrUpdate("code actions applied", outcome.FixesApplied, (_, n) => n + outcome.FixesApplied);
            }

            foreach (var (key, count) in outcome.Counters)
            {
                report.Counters.AddOrUpdate(key, count, (_, n) => n + count);
            }

            foreach (var (phase, time) in outcome.Phases)
            {
                report.PhaseTicks.AddOrUpdate(phase, time.Ticks, (_, n) => n + time.Ticks);
            }

            foreach (var diagnosticId in outcome.AnalyzerDiagnosticIds.Distinct())
            {
                report.Count("analyzer " + diagnosticId);
            }

            if (outcome.Failures.Count > 0 && report.Failures.Count < 20)
            {
                report.Failures.Enqueue((id, fuzzCase, outcome.Failures));
            }
        }

        /// <summary>The totals as printed in the test output.</summary>
        public static string Summarize(FuzzReport report)
        {
            var text = new StringBuilder();
            text.Append(report.Name).Append(": ").Append(report.Cases).Append(" cases in ")
                .Append(report.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s, ")
                .Append(report.Failed).Append(" failed")
                .Append(report.StoppedByTimeLimit ? " (stopped by ECRGEN_FUZZ_SECONDS)" : string.Empty).AppendLine();
            foreach (var (key, value) in report.Counters.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                text.Append("    ").Append(key).Append(": ").Append(value).AppendLine();
            }

            text.Append("    time by phase: ").Append(string.Join(", ", report.PhaseTicks.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key} {TimeSpan.FromTicks(p.Value).TotalSeconds:0.0} s"))).AppendLine();
            var slowest = report.Timings.OrderByDescending(t => t.Milliseconds).Take(3).Select(t => $"{t.Id} {t.Milliseconds:0} ms");
            text.Append("    slowest: ").Append(string.Join(", ", slowest)).AppendLine();
            return text.ToString();
        }

        /// <summary>The failures as a message: each case's id (for <c>ECRGEN_FUZZ_CASE</c>), its source and what broke.</summary>
        public static string DescribeFailures(FuzzReport report)
        {
            var text = new StringBuilder();
            text.Append(report.Failed).Append(" of ").Append(report.Cases).Append(" cases failed in ").Append(report.Name)
                .AppendLine($". Replay one with ECRGEN_FUZZ_CASE=<id> ECRGEN_FUZZ_FIXES_PER_CASE={FuzzSettings.FixesPerCase}.");
            foreach (var (id, fuzzCase, failures) in report.Failures.Take(5))
            {
                text.AppendLine().Append("=== case ").Append(id).Append(" (").Append(fuzzCase.Kind).Append(fuzzCase.ExpectValid ? ", built valid" : string.Empty).AppendLine(")");
                foreach (var failure in failures.Take(5))
                {
                    text.Append("  - ").AppendLine(Truncate(failure, 3_000));
                }

                text.AppendLine("--- source:").AppendLine(Truncate(fuzzCase.Source, 4_000));
            }

            return text.ToString();
        }

        /// <summary>Prints <paramref name="line"/> to the xunit output and to the console (CI logs show the console).</summary>
        public static void Print(ITestOutputHelper output, string line)
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        /// <summary>
        /// Prints <paramref name="line"/> to the test output and as an xunit diagnostic message, which <c>dotnet test</c> shows
        /// even for a passing run at its default verbosity (for the seeds, so that any run can be replayed from the CI log).
        /// </summary>
        public static void Announce(ITestOutputHelper output, IMessageSink diagnostics, string line)
        {
            output.WriteLine(line);
            Console.WriteLine(line);
            diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage(line));
        }

        private static string Truncate(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + $"... ({text.Length - max} more chars)";
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace EcrGen.Benchmarks
{
    /// <summary>One operation's samples from an interleaved run.</summary>
    public sealed class Series
    {
        /// <summary>Creates an empty series.</summary>
        public Series(string name)
        {
            Name = name;
        }

        /// <summary>The operation.</summary>
        public string Name { get; }

        /// <summary>Wall-clock seconds, one per round.</summary>
        public List<double> Seconds { get; } = new();

        /// <summary>
        /// Processor seconds of this process (all threads), one per round: the work done, which a neighbour's load inflates
        /// far less than the wall clock (benchmark compilations are single-threaded, so nothing here spins waiting).
        /// </summary>
        public List<double> CpuSeconds { get; } = new();

        /// <summary>Time the runtime was paused for garbage collection, one per round.</summary>
        public List<double> GcPauseSeconds { get; } = new();

        /// <summary>The median GC pause.</summary>
        public double MedianGcPauseSeconds => Stats.Median(GcPauseSeconds);

        /// <summary>Bytes allocated (all threads), one per round.</summary>
        public List<long> Bytes { get; } = new();

        /// <summary>The median time.</summary>
        public double MedianSeconds => Stats.Median(Seconds);

        /// <summary>The median processor time.</summary>
        public double MedianCpuSeconds => Stats.Median(CpuSeconds);

        /// <summary>The median allocation.</summary>
        public double MedianBytes => Stats.Median(Bytes.Select(b => (double)b));
    }

    /// <summary>
    /// Same-run ratios on a shared machine: the operations being compared run interleaved, round by round (A B C, then B C A,
    /// ...), so a neighbour's build slows all of them alike; a ratio is the median over rounds of the per-round ratio.
    /// </summary>
    public static class Interleaved
    {
        /// <summary>
        /// Warms every operation up, then runs <paramref name="rounds"/> rounds of all of them, rotating the order. An operation
        /// shorter than a quarter of a second is repeated within its sample (and the sample divided), so that timer and
        /// processor-time resolution do not matter.
        /// </summary>
        public static IReadOnlyList<Series> Run(int rounds, int warmup, params (string Name, Func<object?> Operation)[] operations)
        {
            var series = operations.Select(o => new Series(o.Name)).ToArray();
            var repeats = operations.Select(_ => 1).ToArray();
            for (var w = 0; w < Math.Max(1, warmup); w++)
            {
                for (var i = 0; i < operations.Length; i++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    GC.KeepAlive(operations[i].Operation());
                    repeats[i] = Math.Max(1, (int)Math.Ceiling(0.25 / Math.Max(1e-4, stopwatch.Elapsed.TotalSeconds)));
                }
            }

            var process = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < operations.Length; k++)
                {
                    var index = (round + k) % operations.Length;
                    Settle();
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var pauseBefore = GC.GetTotalPauseDuration();
                    var stopwatch = Stopwatch.StartNew();
                    for (var r = 0; r < repeats[index]; r++)
                    {
                        GC.KeepAlive(operations[index].Operation());
                    }

                    stopwatch.Stop();
                    var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
                    series[index].GcPauseSeconds.Add((GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds / repeats[index]);
                    process.Refresh();
                    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                    series[index].Bytes.Add(bytes / repeats[index]);
                    series[index].Seconds.Add(stopwatch.Elapsed.TotalSeconds / repeats[index]);
                    series[index].CpuSeconds.Add(cpu / repeats[index]);
                }
            }

            return series;
        }

        /// <summary>The median over rounds of <paramref name="numerator"/>'s processor time over <paramref name="denominator"/>'s.</summary>
        public static double Ratio(Series numerator, Series denominator)
            => Stats.Median(numerator.CpuSeconds.Zip(denominator.CpuSeconds, (a, b) => a / b));

        /// <summary>The same with wall-clock times.</summary>
        public static double WallRatio(Series numerator, Series denominator)
            => Stats.Median(numerator.Seconds.Zip(denominator.Seconds, (a, b) => a / b));

        private static void Settle()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    /// <summary>Small statistics helpers.</summary>
    public static class Stats
    {
        /// <summary>The median of <paramref name="values"/> (NaN when empty).</summary>
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}

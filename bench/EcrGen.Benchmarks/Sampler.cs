using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// <c>--sample</c>: a sampling profile of one operation through an EventPipe session on this very process (no
    /// dotnet-trace needed). Prints the methods with the most inclusive and exclusive samples, counting the samples of
    /// every thread that is not idle while it runs. A profiling aid, never part of the timed benchmarks.
    /// </summary>
    public static class Sampler
    {
        /// <summary>Profiles <paramref name="action"/> and prints the top <paramref name="top"/> methods (inclusive: only those containing <paramref name="filter"/>).</summary>
        public static void Profile(string name, Action action, string? filter = null, string? within = null, int top = 45)
        {
            var providers = new[]
            {
                new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
                new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)(ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.GC)),
            };
            var path = Path.Combine(Path.GetTempPath(), $"ecrgen-{name}-{Environment.ProcessId}.nettrace");
            var client = new DiagnosticsClient(Environment.ProcessId);
            using (var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 512))
            {
                var copy = Task.Run(async () =>
                {
                    await using var file = File.Create(path);
                    await session.EventStream.CopyToAsync(file);
                });
                Marker(action);
                session.Stop();
                copy.Wait();
            }

            Report(name, path, filter, within, top);
            File.Delete(path);
        }

        /// <summary>
        /// Prints the profile of a trace file: this sampler's own, or one <c>dotnet-trace collect</c> wrote for another process
        /// (<c>--trace-report=PATH</c>, e.g. the compiler run from a real build's response file). Also counts the methods the
        /// JIT compiled per assembly of interest (EcrGen's) and the samples spent in the JIT itself.
        /// </summary>
        public static void Report(string name, string path, string? filter = null, string? within = null, int top = 45)
        {
            var etlx = TraceLog.CreateFromEventPipeDataFile(path);
            using var log = new TraceLog(etlx);
            // JIT cost per namespace group: MethodJittingStarted to MethodLoadVerbose on the same thread (needs the runtime
            // provider's JIT keyword at verbose level: dotnet-trace --providers Microsoft-Windows-DotNETRuntime:0x10:5).
            var jitCount = new Dictionary<string, int>();
            var jitMs = new Dictionary<string, double>();
            var started = new Dictionary<int, double>();
            var ecrGenJits = new List<(double Ms, string Method)>();
            foreach (var e in log.Events)
            {
                if (e.ProviderName != "Microsoft-Windows-DotNETRuntime")
                {
                    continue;
                }

                if (e.EventName.EndsWith("JittingStarted", StringComparison.Ordinal))
                {
                    started[e.ThreadID] = e.TimeStampRelativeMSec;
                }
                else if (e.EventName.EndsWith("LoadVerbose", StringComparison.Ordinal) && started.Remove(e.ThreadID, out var begin))
                {
                    var ns = e.PayloadStringByName("MethodNamespace") ?? string.Empty;
                    var key = ns.StartsWith("EcrGen", StringComparison.Ordinal) ? string.Join(".", ns.Split('.').Take(2))
                        : ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? "Microsoft.CodeAnalysis"
                        : "other";
                    if (key.StartsWith("EcrGen", StringComparison.Ordinal))
                    {
                        ecrGenJits.Add((e.TimeStampRelativeMSec - begin, ns + "." + e.PayloadStringByName("MethodName") + " [" + e.PayloadByName("OptimizationTier") + "]"));
                    }

                    jitCount[key] = jitCount.GetValueOrDefault(key) + 1;
                    jitMs[key] = jitMs.GetValueOrDefault(key) + (e.TimeStampRelativeMSec - begin);
                }
            }

            foreach (var (ms, method) in ecrGenJits.OrderByDescending(j => j.Ms).Take(30))
            {
                Console.WriteLine($"SAMPLE JIT {ms,7:0.0} ms {method}");
            }

            foreach (var tier in ecrGenJits.GroupBy(j => j.Method[(j.Method.LastIndexOf('[') + 1)..]))
            {
                Console.WriteLine($"SAMPLE JIT EcrGen tier {tier.Key.TrimEnd(']')}: {tier.Count()} methods, {tier.Sum(j => j.Ms):0} ms");
            }

            Console.WriteLine("SAMPLE JIT compilations (count, ms between JittingStarted and LoadVerbose): " + string.Join(", ", jitCount.OrderByDescending(p => jitMs[p.Key]).Select(p => $"{p.Key} {p.Value} in {jitMs[p.Key]:0} ms")));
            var inclusive = new Dictionary<string, int>();
            var exclusive = new Dictionary<string, int>();
            var samples = 0;
            var others = 0;
            foreach (var sample in log.Events.Where(e => e.ProviderName == "Microsoft-DotNETCore-SampleProfiler"))
            {
                var stack = sample.CallStack();
                var frames = new List<string>();
                for (var frame = stack; frame is not null; frame = frame.Caller)
                {
                    var method = frame.CodeAddress.FullMethodName;
                    frames.Add(string.IsNullOrEmpty(method) ? "?" + frame.CodeAddress.ModuleName : method);
                }

                // Every thread counts (the compiler works on the thread pool), but idle ones do not: a thread waiting or spinning,
                // and this sampler's own stream copy.
                if (frames.Take(4).Any(f => IdleFrames.Any(idle => f.Contains(idle, StringComparison.Ordinal)))
                    || frames.Any(f => f.Contains("EventPipe", StringComparison.Ordinal) || f.Contains("CopyToAsync", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (within is not null && !frames.Any(f => f.Contains(within, StringComparison.Ordinal)))
                {
                    others++;
                    continue;
                }

                samples++;
                exclusive[frames[0]] = exclusive.GetValueOrDefault(frames[0]) + 1;
                foreach (var method in frames.Distinct())
                {
                    inclusive[method] = inclusive.GetValueOrDefault(method) + 1;
                }
            }

            Console.WriteLine($"SAMPLE {name}: {samples} samples in the operation" + (within is null ? string.Empty : $" within {within} ({100.0 * samples / Math.Max(1, samples + others):0.0}% of {samples + others})"));
            foreach (var (method, count) in inclusive.Where(p => filter is null || filter.Split('|').Any(f => p.Key.Contains(f, StringComparison.Ordinal))).OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine($"SAMPLE incl {100.0 * count / Math.Max(1, samples),5:0.0}% {Shorten(method)}");
            }

            foreach (var (method, count) in exclusive.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine($"SAMPLE excl {100.0 * count / Math.Max(1, samples),5:0.0}% {Shorten(method)}");
            }

            File.Delete(etlx);
        }

        private static readonly string[] IdleFrames = { "Monitor.Wait", "SpinWait", "SpinOnce", "Thread.Sleep", "WaitHandle", "WaitOne", "LowLevelLifoSemaphore", "Semaphore", "ManualResetEvent", "WaitCore", "Blocking" };

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Marker(Action action) => action();

        private static string Shorten(string method) => method.Length > 200 ? method[..200] : method;
    }
}

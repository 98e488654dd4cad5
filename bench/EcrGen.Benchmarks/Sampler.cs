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

            var etlx = TraceLog.CreateFromEventPipeDataFile(path);
            using var log = new TraceLog(etlx);
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

            File.Delete(path);
            File.Delete(etlx);
        }

        private static readonly string[] IdleFrames = { "Monitor.Wait", "SpinWait", "SpinOnce", "Thread.Sleep", "WaitHandle", "WaitOne", "LowLevelLifoSemaphore", "Semaphore", "ManualResetEvent", "WaitCore", "Blocking" };

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Marker(Action action) => action();

        private static string Shorten(string method) => method.Length > 200 ? method[..200] : method;
    }
}

using System;
using System.Globalization;
using System.Security.Cryptography;

namespace EcrGen.Reliability.Tests.Harness
{
    /// <summary>
    /// How many fuzz cases to run, from which seeds. CI runs a bounded slice: a fixed seed (the same cases every build) and
    /// a random seed (new cases every build, printed so a failure can be replayed). Environment variables:
    /// <list type="bullet">
    /// <item><c>ECRGEN_FUZZ_CASES</c>: total cases per fuzz test (default <see cref="DefaultCasesPerTest"/>; the long mode is 100000, split over the fuzz tests).</item>
    /// <item><c>ECRGEN_FUZZ_SEED</c>: the "random" seed to use instead of a fresh one (replays a printed run).</item>
    /// <item><c>ECRGEN_FUZZ_CASE</c>: <c>seed:index</c>, runs that one case only (replays a printed failure).</item>
    /// <item><c>ECRGEN_FUZZ_SECONDS</c>: stop starting new cases after this many seconds per test (reported as such).</item>
    /// <item><c>ECRGEN_FUZZ_THREADS</c>: worker threads (default 1: CI machines are shared; the cases are independent).</item>
    /// <item><c>ECRGEN_FUZZ_FIXES_PER_CASE</c>: code actions applied per case at most (default <see cref="DefaultFixesPerCase"/>,
    /// <see cref="LongModeFixesPerCase"/> in the long mode; each distinct rule and action once per case).</item>
    /// </list>
    /// </summary>
    public sealed record FuzzSettings(ulong FixedSeed, ulong RandomSeed, int Cases, int Threads, TimeSpan? TimeLimit, (ulong Seed, int Index)? SingleCase)
    {
        /// <summary>Cases per fuzz test in the CI slice (two fuzz tests: at least 2,000 cases in total).</summary>
        public const int DefaultCasesPerTest = 1_100;

        /// <summary>Code actions applied per case in the CI slice (applying a fix re-runs the workspace, the generator and the compiler).</summary>
        public const int DefaultFixesPerCase = 1;

        /// <summary>Code actions applied per case in the long mode.</summary>
        public const int LongModeFixesPerCase = 4;

        /// <summary>Code actions applied per case at most.</summary>
        public static int FixesPerCase
            => ReadInt("ECRGEN_FUZZ_FIXES_PER_CASE") ?? (ReadInt("ECRGEN_FUZZ_CASES") > 2 * DefaultCasesPerTest ? LongModeFixesPerCase : DefaultFixesPerCase);

        /// <summary>The settings of this test run.</summary>
        /// <param name="fixedSeed">The test's fixed seed.</param>
        /// <param name="fuzzTests">How many fuzz tests share <c>ECRGEN_FUZZ_CASES</c>.</param>
        /// <param name="ciCases">This test's share of the CI slice (cheap tests run more cases than expensive ones).</param>
        public static FuzzSettings FromEnvironment(ulong fixedSeed, int fuzzTests, int ciCases = DefaultCasesPerTest)
        {
            var total = ReadInt("ECRGEN_FUZZ_CASES");
            var cases = total is { } t ? Math.Max(1, t / fuzzTests) : ciCases;
            var seed = Environment.GetEnvironmentVariable("ECRGEN_FUZZ_SEED") is { Length: > 0 } s ? ParseSeed(s) : NewSeed();
            var threads = Math.Max(1, ReadInt("ECRGEN_FUZZ_THREADS") ?? 1);
            var seconds = ReadInt("ECRGEN_FUZZ_SECONDS");
            (ulong, int)? single = null;
            if (Environment.GetEnvironmentVariable("ECRGEN_FUZZ_CASE") is { Length: > 0 } one)
            {
                var parts = one.Split(':');
                single = (ParseSeed(parts[0]), int.Parse(parts[1], CultureInfo.InvariantCulture));
            }

            return new FuzzSettings(fixedSeed, seed, cases, threads, seconds is { } sec ? TimeSpan.FromSeconds(sec) : null, single);
        }

        /// <summary>Whether more than the CI slice was asked for.</summary>
        public bool IsLongMode => Cases > 2 * DefaultCasesPerTest;

        /// <summary>A seed as printed: 16 hex digits.</summary>
        public static string Format(ulong seed) => seed.ToString("x16", CultureInfo.InvariantCulture);

        private static ulong ParseSeed(string text) => ulong.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

        private static ulong NewSeed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));

        private static int? ReadInt(string name)
            => Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
    }
}

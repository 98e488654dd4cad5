using EcrGen.Testing;
using System;
using System.Linq;
using CsCheck;
using EcrGen.Reliability.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>
    /// The fuzzers: generated attribute usages and mutated programs, each run through the generator, every analyzer and every
    /// code fix (<see cref="PipelineOracle"/>). Each test runs a fixed seed (the same cases on every build) and a random seed
    /// printed in the output; <c>ECRGEN_FUZZ_CASES</c> sets the total (the long mode is 100000), see <see cref="FuzzSettings"/>.
    /// </summary>
    public sealed class FuzzTests : IClassFixture<FuzzTests.OracleFixture>
    {
        /// <summary>The fixed seeds of the CI slice.</summary>
        public const ulong AttributeSeed = 0xEC6_0001_A77B_0001UL;

        /// <summary>The fixed seed of the mutation fuzzer.</summary>
        public const ulong MutationSeed = 0xEC6_0002_0BAD_C0DEUL;

        private const int FuzzTestCount = 2;

        private readonly OracleFixture _fixture;
        private readonly ITestOutputHelper _output;

        public FuzzTests(OracleFixture fixture, ITestOutputHelper output)
        {
            _fixture = fixture;
            _output = output;
        }

        /// <summary>
        /// Attribute usages: 30% built valid (their compilation must be clean), the rest any shape at all; a quarter of each
        /// written for CDK 2.277.0 (every option of the table, run against that release), the rest for 2.160.0 (its options).
        /// </summary>
        public static Gen<FuzzCase> AttributeUsages { get; } = Gen.Frequency(
            (52, (IGen<FuzzCase>)new AttributeProgramGen(validOnly: false)),
            (18, new AttributeProgramGen(validOnly: false, CdkRelease.V2_277)),
            (22, new AttributeProgramGen(validOnly: true)),
            (8, new AttributeProgramGen(validOnly: true, CdkRelease.V2_277)));

        /// <summary>Half-typed programs: mutations of the corpus and of attribute usages.</summary>
        public static Gen<FuzzCase> Mutations { get; } = new MutationGen(Corpus.All, AttributeUsages);

        [Fact]
        public void Attribute_usages_with_every_argument_shape_and_target()
            => Fuzz("attribute usages", AttributeUsages, AttributeSeed, ciCases: 1_000);

        [Fact]
        public void Half_typed_programs()
        {
            FuzzLoop.Print(_output, $"corpus: {Corpus.All.Length} programs ({Corpus.Handwritten.Length} written here, the rest harvested from {Corpus.RepositoryRoot ?? "(repository not found)"})");
            Fuzz("mutations", Mutations, MutationSeed, ciCases: 1_200);
        }

        private void Fuzz(string name, Gen<FuzzCase> gen, ulong fixedSeed, int ciCases)
        {
            var settings = FuzzSettings.FromEnvironment(fixedSeed, FuzzTestCount, ciCases);
            FuzzLoop.Print(_output, EcrGenComponents.Describe() + $"; at most {FuzzSettings.FixesPerCase} code actions applied per case");
            if (settings.SingleCase is { } single)
            {
                var one = new FuzzReport { Name = $"{name} case {FuzzSettings.Format(single.Seed)}:{single.Index}" };
                FuzzLoop.RunOne(gen, _fixture.Oracle, single.Seed, single.Index, one);
                FuzzLoop.Print(_output, FuzzLoop.Generate(gen, single.Seed, single.Index).Source);
                Report(one);
                return;
            }

            // Half the cases from the fixed seed, half from the random one (printed before running, so a hang can be replayed).
            var fixedCases = settings.Cases / 2;
            var randomCases = settings.Cases - fixedCases;
            var halfTime = settings.TimeLimit is { } limit ? limit / 2 : (TimeSpan?)null;
            FuzzLoop.Announce(_output, _fixture.Diagnostics, $"{name}: fixed seed {FuzzSettings.Format(settings.FixedSeed)}, random seed {FuzzSettings.Format(settings.RandomSeed)} "
                + $"(replay with ECRGEN_FUZZ_SEED={FuzzSettings.Format(settings.RandomSeed)}), {settings.Cases} cases, {settings.Threads} thread(s)");
            var fixedReport = FuzzLoop.Run(name + " (fixed)", gen, _fixture.Oracle, settings.FixedSeed, fixedCases, settings.Threads, halfTime);
            FuzzLoop.Print(_output, FuzzLoop.Summarize(fixedReport));
            FuzzLoop.Announce(_output, _fixture.Diagnostics, FuzzLoop.Summarize(fixedReport).Split('\n')[0]);
            var randomReport = FuzzLoop.Run(name + " (random)", gen, _fixture.Oracle, settings.RandomSeed, randomCases, settings.Threads, halfTime);
            FuzzLoop.Print(_output, FuzzLoop.Summarize(randomReport));
            FuzzLoop.Announce(_output, _fixture.Diagnostics, FuzzLoop.Summarize(randomReport).Split('\n')[0]);

            Report(fixedReport, randomReport);
        }

        private void Report(params FuzzReport[] reports)
        {
            var failed = reports.Where(r => r.Failed > 0).ToList();
            foreach (var report in failed)
            {
                FuzzLoop.Print(_output, FuzzLoop.DescribeFailures(report));
            }

            Assert.True(failed.Count == 0, string.Join("\n", failed.Select(FuzzLoop.DescribeFailures)));
        }

        /// <summary>One oracle for the class: the references, the base compilation and the workspace are built once.</summary>
        public sealed class OracleFixture : IDisposable
        {
            public OracleFixture(Xunit.Abstractions.IMessageSink diagnostics)
            {
                Diagnostics = diagnostics;
            }

            public OracleSet Oracle { get; } = new(FuzzSettings.FixesPerCase);

            /// <summary>xunit's diagnostic messages: shown by <c>dotnet test</c> even for passing tests (xunit.runner.json turns them on).</summary>
            public Xunit.Abstractions.IMessageSink Diagnostics { get; }

            public void Dispose() => Oracle.Dispose();
        }
    }
}

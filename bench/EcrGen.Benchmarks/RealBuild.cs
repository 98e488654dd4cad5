using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// <c>--real</c>: EcrGen as a user's CI pays for it. Packs src/EcrGen with a version of its own, writes consumer apps into a
    /// temporary folder (outside the repository, configured by nothing above it), restores them once, then times
    /// <c>dotnet build --no-restore</c> after touching one file: a fresh MSBuild and a fresh compiler process per build
    /// (<c>-nodeReuse:false</c>, <c>UseSharedCompilation=false</c>). The apps of one comparison are built in turn (A B, then B A),
    /// and each comparison's ratio is the median of its per-pair ratios of processor time (user + system of the whole build
    /// process tree, from <c>getrusage(RUSAGE_CHILDREN)</c>).
    /// </summary>
    public static class RealBuild
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>The EcrGen package id, also the folder name of its restored copies.</summary>
        private const string PackageId = "EcrGen";

        /// <summary>Runs the real-build mode; <paramref name="rounds"/> pairs per comparison.</summary>
        public static void Run(int rounds, bool keep, string? packFrom, Action<string> say, List<string> perf)
        {
            var repositoryRoot = Metadata("RepositoryRoot");

            // --pack-from=DIR packs another checkout's src/EcrGen (a "before" tree) with this harness.
            var packRoot = packFrom ?? repositoryRoot;
            var versions = PackageVersions(repositoryRoot);
            var version = Metadata("EcrGenVersion") + "-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", Invariant) + ".r" + Guid.NewGuid().ToString("N")[..8];
            var root = Path.Combine(Path.GetTempPath(), "ecrgen-realbuild-" + version);
            var feed = Path.Combine(root, "feed");
            Directory.CreateDirectory(feed);
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(root, name), "<Project />\n");
            }

            var started = Stopwatch.StartNew();
            say($"## Real builds (`dotnet build --no-restore`, fresh compiler process per build), {rounds} pairs per comparison");
            say($"Folder {root}; EcrGen {version} packed from {packRoot} ({GitHead(packRoot)}); CDK {versions["Amazon.CDK.Lib"]}, CommunityToolkit.Mvvm {versions["CommunityToolkit.Mvvm"]}, Riok.Mapperly {versions["Riok.Mapperly"]}");
            say($"Load average at start: {Machine.LoadAverage()}");
            try
            {
                Check(DotNet(packRoot, "pack", Path.Combine(packRoot, "src", "EcrGen", "EcrGen.csproj"), "-c", "Release",
                    "--artifacts-path", Path.Combine(root, "artifacts"), "-o", feed, "-p:PackageVersion=" + version, "-nodeReuse:false"), "dotnet pack");
                File.WriteAllText(Path.Combine(root, "nuget.config"), NuGetConfig(repositoryRoot, feed));

                var control = BuildControlGenerator(root, versions);
                var apps = WriteApps(root, version, versions, control);
                foreach (var app in apps.Values)
                {
                    Check(DotNet(app.Directory, "restore", "-nodeReuse:false"), "dotnet restore " + app.Name);
                }

                say($"Packed, written and restored in {started.Elapsed.TotalSeconds:0} s; load {Machine.LoadAverage()}");

                // Warm the disk cache and MSBuild's first-run work once per app; untimed. The pasted apps would not compile with
                // their generator still in (every generated type twice); the one app without generated code is checked in the
                // compiler's own report instead, and that build is its warm-up.
                foreach (var app in apps.Values.Where(a => a.Name != "unusedplain-600"))
                {
                    Build(app, reportAnalyzer: false);
                }

                var plainReport = AnalyzerReport.Parse(Build(apps["unusedplain-600"], reportAnalyzer: true).Output);
                if (!plainReport.Lists("EcrGen.Bench.FawmnOnly") || plainReport.Lists("EcrGen.SourceGenerators"))
                {
                    throw new InvalidOperationException("unusedplain-600 still runs EcrGen's analyzers: the removal target did not apply.");
                }

                var p2 = new Dictionary<int, double>();
                foreach (var n in new[] { 30, 300 })
                {
                    // The 30-class builds take 4-5 s and scatter by up to 20% each, more than the 3% the goal asks about; they
                    // are cheap, so they get twice the pairs.
                    var (withEcrGen, pasted) = Pair(apps[$"ecrgen-{n}"], apps[$"pasted-{n}"], n == 30 ? 2 * rounds : rounds);
                    p2[n] = MedianRatio(withEcrGen, pasted);
                    say($"P2-real N={n}: EcrGen {Describe(withEcrGen)}; pasted {Describe(pasted)}; ratio (median of {withEcrGen.Count} pairs) CPU {p2[n]:0.000}, wall {MedianRatio(withEcrGen, pasted, wall: true):0.000}; pairs {PairRatios(withEcrGen, pasted)}; load {Machine.LoadAverage()}");
                }

                var perClass = new Dictionary<string, double>();
                foreach (var peer in new[] { "ecrgen", "ctk", "mapperly" })
                {
                    var app = apps[$"{peer}-300"];
                    var (with, without) = peer == "ecrgen" ? LastPair : Pair(app, apps[$"{peer}pasted-300"], rounds);
                    perClass[peer] = MedianDifference(with, without) / 300;
                    say($"P1-real {app.Name}: {Describe(with)}; pasted {Describe(without)}; per class {perClass[peer] * 1e3:0.00} ms CPU (median of pair differences / 300); pairs {PairRatios(with, without)}; load {Machine.LoadAverage()}");
                }

                // P6 in processor time: the no-attribute app with EcrGen against the same app with the package's analyzers taken out.
                // Half the pairs (context, no goal): these 17-s builds are a third of the run, and their processor time
                // scatters by seconds per pair, so more pairs would still not resolve tens of milliseconds.
                var (unusedWith, unusedWithout) = Pair(apps["unused-600"], apps["unusedplain-600"], Math.Max(2, rounds / 2));
                var p6Ratio = MedianRatio(unusedWith, unusedWithout);
                var p6Cpu = MedianDifference(unusedWith, unusedWithout);
                say($"P6 unused-600 in processor time: with EcrGen {Describe(unusedWith)}; the package without its analyzers {Describe(unusedWithout)}; ratio {p6Ratio:0.000}, difference {p6Cpu * 1e3:0} ms (medians of pairs); pair differences {PairDifferences(unusedWith, unusedWithout)}; load {Machine.LoadAverage()}");

                // P6: the compiler's own per-analyzer and per-generator times in the no-attribute app, EcrGen next to a generator
                // that does nothing but the same ForAttributeWithMetadataName (listed before EcrGen, so it runs first) and an
                // analyzer that does nothing in the code analyzers' registration shape.
                var reports = new List<AnalyzerReport>();
                for (var i = 0; i < 3; i++)
                {
                    Touch(apps["unused-600"]);
                    reports.Add(AnalyzerReport.Parse(Build(apps["unused-600"], reportAnalyzer: true).Output));
                }

                var ecrGenGenerator = Median(reports.Select(r => r.Generator("EcrGen.SourceGenerators")));
                var ecrGenAnalyzers = Median(reports.Select(r => r.Analyzer("EcrGen.SourceGenerators")));
                var controlGenerator = Median(reports.Select(r => r.Generator("EcrGen.Bench.FawmnOnly")));
                var controlAnalyzer = Median(reports.Select(r => r.Analyzer("EcrGen.Bench.FawmnOnly")));
                var ecrGenTotal = Median(reports.Select(r => r.Generator("EcrGen.SourceGenerators") + r.Analyzer("EcrGen.SourceGenerators")));
                say($"P6 unused-600 ({apps["unused-600"].Files} files, no EcrGen attribute; median of {reports.Count} builds, -p:ReportAnalyzer=true): EcrGen generator {ecrGenGenerator * 1e3:0} ms, EcrGen analyzers {ecrGenAnalyzers * 1e3:0} ms; do-nothing generator with the same ForAttributeWithMetadataName (runs first) {controlGenerator * 1e3:0} ms; do-nothing analyzer with the code analyzers' operation-block shape, ungated {controlAnalyzer * 1e3:0} ms; load {Machine.LoadAverage()}");
                foreach (var line in reports[^1].Lines)
                {
                    say("    " + line);
                }

                say($"Real builds took {started.Elapsed.TotalMinutes:0.0} min; load at end {Machine.LoadAverage()}");
                perf.Add(Perf("P2-real-30", p2[30], 1.03));
                perf.Add(Perf("P2-real-300", p2[300], 1.10));
                perf.Add($"PERF P6-unused {ecrGenTotal * 1e3:0} <=30 {(ecrGenTotal <= 0.030 ? "PASS" : "FAIL")}");
                perf.Add($"PERF P6-unused-cpu {p6Ratio.ToString("0.000", Invariant)} (context: no goal; {(p6Cpu * 1e3).ToString("0", Invariant)} ms)");
                perf.Add(Perf("P1-real-ctk", perClass["ecrgen"] / perClass["ctk"], 1));
                perf.Add(Perf("P1-real-mapperly", perClass["ecrgen"] / perClass["mapperly"], 1));
            }
            finally
            {
                if (!keep)
                {
                    // This run's version is never used again: keep the global packages folder from growing with every run.
                    TryDelete(root);
                    TryDelete(Path.Combine(GlobalPackages(), PackageId.ToLowerInvariant(), version.ToLowerInvariant()));
                }
            }
        }

        private static (List<BuildTime> A, List<BuildTime> B) LastPair { get; set; } = (new(), new());

        /// <summary>Builds <paramref name="a"/> and <paramref name="b"/> in turn, <paramref name="rounds"/> times, alternating which goes first.</summary>
        private static (List<BuildTime> A, List<BuildTime> B) Pair(App a, App b, int rounds)
        {
            var (timesA, timesB) = (new List<BuildTime>(), new List<BuildTime>());
            for (var round = 0; round < rounds; round++)
            {
                foreach (var app in round % 2 == 0 ? new[] { a, b } : new[] { b, a })
                {
                    Touch(app);
                    (app == a ? timesA : timesB).Add(Build(app, reportAnalyzer: false).Time);
                }
            }

            LastPair = (timesA, timesB);
            return LastPair;
        }

        private static string Describe(List<BuildTime> times)
            => $"CPU {Median(times.Select(t => t.Cpu)):0.00} s, wall {Median(times.Select(t => t.Wall)):0.00} s";

        private static string PairRatios(List<BuildTime> a, List<BuildTime> b)
            => string.Join(" ", a.Zip(b, (x, y) => (x.Cpu / y.Cpu).ToString("0.000", Invariant)));

        private static string PairDifferences(List<BuildTime> a, List<BuildTime> b)
            => string.Join(" ", a.Zip(b, (x, y) => ((x.Cpu - y.Cpu) * 1e3).ToString("+0;-0", Invariant) + " ms"));

        private static double MedianRatio(List<BuildTime> a, List<BuildTime> b, bool wall = false)
            => Median(a.Zip(b, (x, y) => wall ? x.Wall / y.Wall : x.Cpu / y.Cpu));

        private static double MedianDifference(List<BuildTime> a, List<BuildTime> b)
            => Median(a.Zip(b, (x, y) => x.Cpu - y.Cpu));

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static string Perf(string id, double measured, double goal)
            => $"PERF {id} {measured.ToString("0.000", Invariant)} <={goal.ToString("0.##", Invariant)} {(measured <= goal ? "PASS" : "FAIL")}";

        private static void Touch(App app) => File.SetLastWriteTimeUtc(Path.Combine(app.Directory, Inputs.UnrelatedPath), DateTime.UtcNow);

        private static (BuildTime Time, string Output) Build(App app, bool reportAnalyzer)
        {
            var arguments = new List<string> { "build", "--no-restore", "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" };
            arguments.Add(reportAnalyzer ? "-p:ReportAnalyzer=true" : "-v:q");
            if (reportAnalyzer)
            {
                arguments.Add("-v:d");
            }

            var result = DotNet(app.Directory, arguments.ToArray());
            Check(result, "dotnet build " + app.Name);
            return (new BuildTime(result.Cpu, result.Wall), result.Output);
        }

        private sealed record BuildTime(double Cpu, double Wall);

        private sealed record App(string Name, string Directory, int Files);

        private sealed record Result(int ExitCode, string Output, double Cpu, double Wall);

        private static void Check(Result result, string what)
        {
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"{what} failed ({result.ExitCode}):\n{result.Output[^Math.Min(result.Output.Length, 6000)..]}");
            }
        }

        /// <summary>Runs the dotnet CLI; processor time is the whole tree's (each process waits for its children).</summary>
        private static Result DotNet(string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            var output = new StringBuilder();
            var before = ChildrenCpuSeconds();
            var wall = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (output)
                    {
                        output.AppendLine(e.Data);
                    }
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (output)
                    {
                        output.AppendLine(e.Data);
                    }
                }
            };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            wall.Stop();
            var cpu = ChildrenCpuSeconds() - before;
            lock (output)
            {
                return new Result(process.ExitCode, output.ToString(), cpu, wall.Elapsed.TotalSeconds);
            }
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct RUsage
        {
            public long UserSeconds;
            public long UserMicroseconds;
            public long SystemSeconds;
            public long SystemMicroseconds;
            [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
            public long[] Rest;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int getrusage(int who, ref RUsage usage);

        /// <summary>User + system time of every child process waited for so far (RUSAGE_CHILDREN: includes their own children).</summary>
        private static double ChildrenCpuSeconds()
        {
            var usage = new RUsage { Rest = new long[14] };
            if (getrusage(-1, ref usage) != 0)
            {
                throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastWin32Error());
            }

            return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
        }

        /// <summary>The compiler's <c>-p:ReportAnalyzer=true</c> report, as MSBuild logs it at detailed verbosity.</summary>
        private sealed class AnalyzerReport
        {
            private readonly Dictionary<string, double> _generators = new(StringComparer.Ordinal);
            private readonly Dictionary<string, double> _analyzers = new(StringComparer.Ordinal);

            public List<string> Lines { get; } = new();

            public double Generator(string assembly) => _generators.TryGetValue(assembly, out var s) ? s : 0;

            public double Analyzer(string assembly) => _analyzers.TryGetValue(assembly, out var s) ? s : 0;

            /// <summary>Whether the report names <paramref name="assembly"/> among the analyzers or the generators.</summary>
            public bool Lists(string assembly) => _analyzers.ContainsKey(assembly) || _generators.ContainsKey(assembly);

            // "   0.123   12   EcrGen.SourceGenerators, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null" (assembly lines;
            // the per-type lines below them are indented further and carry no "Version=").
            private static readonly Regex AssemblyLine = new(@"^\s*(?<seconds><?\d+(\.\d+)?)\s+(?<percent><?\d+)\s+(?<name>[\w.]+), Version=", RegexOptions.Compiled);

            public static AnalyzerReport Parse(string output)
            {
                var report = new AnalyzerReport();
                Dictionary<string, double>? section = null;
                foreach (var raw in output.Split('\n'))
                {
                    var line = raw.TrimEnd('\r');
                    if (line.Contains("Total analyzer execution time", StringComparison.Ordinal))
                    {
                        section = report._analyzers;
                        report.Lines.Add(line.Trim());
                        continue;
                    }

                    if (line.Contains("Total generator execution time", StringComparison.Ordinal))
                    {
                        section = report._generators;
                        report.Lines.Add(line.Trim());
                        continue;
                    }

                    if (section is null)
                    {
                        continue;
                    }

                    var match = AssemblyLine.Match(line);
                    if (match.Success)
                    {
                        var seconds = double.Parse(match.Groups["seconds"].Value.TrimStart('<'), Invariant);
                        section[match.Groups["name"].Value] = seconds;
                        report.Lines.Add(line.Trim());
                    }
                    else if (line.Trim().Length > 0 && char.IsWhiteSpace(line[0]) && line.Contains(" Version=", StringComparison.Ordinal) is false && Regex.IsMatch(line, @"^\s+<?\d+(\.\d+)?\s+<?\d+\s+\S"))
                    {
                        report.Lines.Add("  " + line.Trim());
                    }
                    else if (line.Trim().Length > 0 && !Regex.IsMatch(line, @"^\s+(Time \(s\)|NOTE:)"))
                    {
                        section = null;
                    }
                }

                return report;
            }
        }

        // ---- The apps ----------------------------------------------------------------------------------------------------

        private static Dictionary<string, App> WriteApps(string root, string version, IReadOnlyDictionary<string, string> versions, string controlGenerator)
        {
            var apps = new Dictionary<string, App>(StringComparer.Ordinal);
            var cdk = $"""<PackageReference Include="Amazon.CDK.Lib" Version="{versions["Amazon.CDK.Lib"]}" />""";
            var ecrGen = $"""<PackageReference Include="EcrGen" Version="{version}" />""";

            // Each "pasted" app references the same package as its pair, and a target takes the package's generator and analyzers
            // out of the compiler's analyzer list (as ECRCFG0001 does): restore, the package's targets, reference resolution
            // and the copied files are the same on both sides, so the pair differs in what the compiler runs and nothing else.
            // (A plain <Reference> to the extracted library made the pasted side 0.4-3 s dearer in processor time, in MSBuild;
            // ExcludeAssets="analyzers" still hands the analyzers to the compiler.)
            foreach (var n in new[] { 30, 300 })
            {
                var files = EcrGenApp(n);
                apps[$"ecrgen-{n}"] = Write(root, $"ecrgen-{n}", files, cdk + ecrGen);
                apps[$"pasted-{n}"] = Write(root, $"pasted-{n}", Pasted(files, EcrGenParts.Generators, TestReferencesWithEcrGen()), cdk + ecrGen, withoutAnalyzersOf: PackageId);
            }

            var ctk = $"""<PackageReference Include="CommunityToolkit.Mvvm" Version="{versions["CommunityToolkit.Mvvm"]}" />""";
            var ctkFiles = Enumerable.Range(0, 300).Select(i => ($"ViewModels/Screen{i}ViewModel.cs", Inputs.MvvmClass(i))).Append((Inputs.UnrelatedPath, Inputs.Unrelated())).ToList();
            apps["ctk-300"] = Write(root, "ctk-300", ctkFiles, ctk);
            apps["ctkpasted-300"] = Write(root, "ctkpasted-300", Pasted(ctkFiles, Peers.Mvvm.Generators, Testing.TestReferences.Net80.Add(Peers.Mvvm.Library)), ctk, withoutAnalyzersOf: "CommunityToolkit.Mvvm");

            var mapperly = $"""<PackageReference Include="Riok.Mapperly" Version="{versions["Riok.Mapperly"]}" />""";
            var mapperlyFiles = Enumerable.Range(0, 300).Select(i => ($"Mappers/Person{i}Mapper.cs", Inputs.MapperlyClass(i))).Append(("Model/Person.cs", Inputs.MapperlyModel)).Append((Inputs.UnrelatedPath, Inputs.Unrelated())).ToList();
            apps["mapperly-300"] = Write(root, "mapperly-300", mapperlyFiles, mapperly);
            apps["mapperlypasted-300"] = Write(root, "mapperlypasted-300", Pasted(mapperlyFiles, Peers.Mapperly.Generators, Testing.TestReferences.Net80.Add(Peers.Mapperly.Library)), mapperly, withoutAnalyzersOf: "Riok.Mapperly");

            // A large app that references EcrGen and uses none of its attributes: 60 hand-written CDK stacks (which the code
            // analyzers exist to check) and 540 files of ordinary code.
            var unused = Inputs.HandWrittenCdkApp(stacks: 60, helpers: 540).Append((Inputs.UnrelatedPath, Inputs.Unrelated())).ToList();
            apps["unused-600"] = Write(root, "unused-600", unused, cdk + $"""<Analyzer Include="{controlGenerator}" />""" + ecrGen);
            apps["unusedplain-600"] = Write(root, "unusedplain-600", unused, cdk + $"""<Analyzer Include="{controlGenerator}" />""" + ecrGen, withoutAnalyzersOf: PackageId);
            return apps;
        }

        /// <summary>The benchmark's EcrGen app, each class also with a <c>[ContainerImage]</c> the stacks use.</summary>
        private static List<(string Path, string Text)> EcrGenApp(int classes)
            => Inputs.EcrGenApp(classes, withContainerImage: true).ToList();

        private static ImmutableArray<MetadataReference> TestReferencesWithEcrGen() => Testing.TestReferences.All;

        /// <summary><paramref name="files"/> with the generators' output added as ordinary files (generated in process, untimed).</summary>
        private static List<(string Path, string Text)> Pasted(List<(string Path, string Text)> files, ImmutableArray<ISourceGenerator> generators, ImmutableArray<MetadataReference> references)
        {
            var compilation = Inputs.Compilation(Inputs.Parse(files), references);
            var result = CSharpGeneratorDriver.Create(generators, parseOptions: Inputs.ParseOptions).RunGenerators(compilation).GetRunResult();
            var generated = result.Results.SelectMany(r => r.GeneratedSources).Select(s => ("Generated/" + s.HintName, s.SourceText.ToString())).ToList();
            if (generated.Count == 0)
            {
                throw new InvalidOperationException("The generators produced nothing to paste.");
            }

            return files.Concat(generated).ToList();
        }

        private static App Write(string root, string name, IReadOnlyList<(string Path, string Text)> files, string packageReferences, string? withoutAnalyzersOf = null)
        {
            // After NuGet's assets are resolved (where the SDK adds a package's analyzers), before the compiler is called.
            var removeAnalyzers = withoutAnalyzersOf is null ? "" : $"""
                  <Target Name="BenchRemovePackageAnalyzers" AfterTargets="ResolvePackageDependenciesForBuild;ResolveNuGetPackageAssets" BeforeTargets="CoreCompile">
                    <ItemGroup>
                      <Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.NuGetPackageId)' == '{withoutAnalyzersOf}'" />
                    </ItemGroup>
                  </Target>
                """;
            var directory = Path.Combine(root, "apps", name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <!-- A benchmark app of EcrGen's real-build mode: default SDK settings, as a user's project has them. -->
                  <PropertyGroup>
                    <OutputType>Library</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <NoWarn>$(NoWarn);NU1603;CS1591</NoWarn>
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                  <ItemGroup>
                    {packageReferences}
                  </ItemGroup>
                {removeAnalyzers}</Project>

                """);
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            return new App(name, directory, files.Count);
        }

        /// <summary>
        /// Builds the controls of P6: a generator that does nothing but EcrGen's own <c>ForAttributeWithMetadataName</c> on
        /// <c>EcrGen.EcrRepositoryAttribute</c> (same predicate), and an analyzer that does nothing in the code analyzers'
        /// registration shape, against the Roslyn EcrGen compiles against.
        /// </summary>
        private static string BuildControlGenerator(string root, IReadOnlyDictionary<string, string> versions)
        {
            var directory = Path.Combine(root, "control");
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "EcrGen.Bench.FawmnOnly.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <LangVersion>latest</LangVersion>
                    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="{versions["RoslynVersion"]}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>

                """);
            File.WriteAllText(Path.Combine(directory, "FawmnOnlyGenerator.cs"), """
                using Microsoft.CodeAnalysis;
                using Microsoft.CodeAnalysis.CSharp.Syntax;

                namespace EcrGen.Bench
                {
                    [Generator(LanguageNames.CSharp)]
                    public sealed class FawmnOnlyGenerator : IIncrementalGenerator
                    {
                        public void Initialize(IncrementalGeneratorInitializationContext context)
                        {
                            var matches = context.SyntaxProvider.ForAttributeWithMetadataName(
                                "EcrGen.EcrRepositoryAttribute",
                                static (node, _) => node is ClassDeclarationSyntax,
                                static (attributeContext, _) => attributeContext.TargetSymbol.Name);
                            context.RegisterSourceOutput(matches, static (_, _) => { });
                        }
                    }
                }

                """);
            // The analyzer side of the control: the code analyzers' registration shape (an operation-block start action with
            // object-creation and invocation actions and a block-end action), for every block, doing nothing. What Roslyn
            // charges to that shape alone in -p:ReportAnalyzer=true is its line.
            File.WriteAllText(Path.Combine(directory, "OperationBlocksOnlyAnalyzer.cs"), """
                using System.Collections.Immutable;
                using Microsoft.CodeAnalysis;
                using Microsoft.CodeAnalysis.Diagnostics;

                namespace EcrGen.Bench
                {
                    [DiagnosticAnalyzer(LanguageNames.CSharp)]
                    public sealed class OperationBlocksOnlyAnalyzer : DiagnosticAnalyzer
                    {
                        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

                        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

                        public override void Initialize(AnalysisContext context)
                        {
                            context.EnableConcurrentExecution();
                            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                            context.RegisterOperationBlockStartAction(static block =>
                            {
                                block.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.Invocation);
                                block.RegisterOperationBlockEndAction(static _ => { });
                            });
                        }
                    }
                }

                """);
            Check(DotNet(directory, "build", "-c", "Release", "-nodeReuse:false", "-o", Path.Combine(directory, "out")), "dotnet build (control generator)");
            return Path.Combine(directory, "out", "EcrGen.Bench.FawmnOnly.dll");
        }

        /// <summary>The local feed first, then the repository's own package sources; nothing from the machine's configuration.</summary>
        private static string NuGetConfig(string repositoryRoot, string feed)
        {
            var upstream = XDocument.Load(Path.Combine(repositoryRoot, "nuget.config")).Root?.Element("packageSources")?.Elements("add").ToList() ?? new List<XElement>();
            var sources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "ecrgen-local"), new XAttribute("value", feed)));
            sources.Add(upstream.Select(e => new XElement(e)));
            return new XDocument(new XElement("configuration", sources, new XElement("disabledPackageSources", new XElement("clear")), new XElement("packageSourceMapping", new XElement("clear")))) + "\n";
        }

        /// <summary>The central package versions (and the Roslyn version) of the repository's Directory.Packages.props.</summary>
        private static Dictionary<string, string> PackageVersions(string repositoryRoot)
        {
            var document = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Packages.props"));
            var properties = document.Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup").ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);
            var versions = new Dictionary<string, string>(properties, StringComparer.Ordinal);
            foreach (var package in document.Descendants("PackageVersion"))
            {
                var value = package.Attribute("Version")!.Value;
                versions[package.Attribute("Include")!.Value] = Regex.Replace(value, @"\$\((\w+)\)", m => properties[m.Groups[1].Value]);
            }

            return versions;
        }

        private static string GitHead(string directory)
        {
            try
            {
                var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var argument in new[] { "log", "-1", "--format=%h %s" })
                {
                    start.ArgumentList.Add(argument);
                }

                using var process = Process.Start(start)!;
                var head = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                return head.Length > 70 ? head[..70] + "…" : head;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "no git";
            }
        }

        private static string GlobalPackages()
        {
            var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrEmpty(configured) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages") : configured;
        }

        private static string Metadata(string key)
            => typeof(RealBuild).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
               ?? throw new InvalidOperationException("Assembly metadata " + key + " is empty.");

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

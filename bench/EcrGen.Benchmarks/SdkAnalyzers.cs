using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// The analyzers <c>dotnet build</c> runs on every net5.0+ project whether EcrGen is there or not: the .NET SDK's code
    /// analysis (<c>EnableNETAnalyzers</c> is on by default), configured as the SDK configures a net8.0 project
    /// (<c>AnalysisLevel</c> defaults to the target framework's version, mode "default": <c>analysislevel_8_default.globalconfig</c>,
    /// see the SDK's <c>Microsoft.NET.Sdk.Analyzers.targets</c>). Loaded from the SDK that runs this benchmark, so they are
    /// the very files a build on this machine uses. Benchmark 2 builds both sides of its ratio with them.
    /// </summary>
    public sealed class SdkAnalyzers
    {
        private const string GlobalConfigName = "analysislevel_8_default.globalconfig";

        private SdkAnalyzers(string directory, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableDictionary<string, ReportDiagnostic> severities)
        {
            Directory = directory;
            Analyzers = analyzers;
            Severities = severities;
        }

        /// <summary>Where the analyzers were loaded from.</summary>
        public string Directory { get; }

        /// <summary>The SDK's C# analyzers.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>The rule severities of the SDK's default analysis level for net8.0 (a compilation's specific diagnostic options).</summary>
        public ImmutableDictionary<string, ReportDiagnostic> Severities { get; }

        /// <summary>The SDK analyzers of the running .NET install, or null (and why) when this install has none.</summary>
        public static SdkAnalyzers? Load(out string why)
        {
            // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the SDKs in <root>/sdk/<version>/.
            var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
            var sdks = Path.Combine(root, "sdk");
            var directory = System.IO.Directory.Exists(sdks)
                ? System.IO.Directory.GetDirectories(sdks)
                    .Select(sdk => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
                    .Where(d => File.Exists(Path.Combine(d, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll")))
                    .OrderByDescending(d => Version.TryParse(new DirectoryInfo(d).Parent!.Parent!.Parent!.Name.Split('-')[0], out var v) ? v : new Version(0, 0))
                    .FirstOrDefault()
                : null;
            if (directory is null)
            {
                why = $"no .NET SDK with NetAnalyzers under {sdks}";
                return null;
            }

            var loader = new LoadFromLoader();
            var analyzers = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
                .SelectMany(file => new AnalyzerFileReference(Path.Combine(directory, file), loader).GetAnalyzers(LanguageNames.CSharp))
                .ToImmutableArray();
            var configPath = Path.Combine(directory, "build", "config", GlobalConfigName);
            var severities = ImmutableDictionary<string, ReportDiagnostic>.Empty;
            if (File.Exists(configPath))
            {
                var config = AnalyzerConfig.Parse(File.ReadAllText(configPath), configPath);
                severities = AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions.TreeOptions;
            }

            why = $"{analyzers.Length} analyzers from {directory}, severities from {(File.Exists(configPath) ? GlobalConfigName : "the rules' defaults (no globalconfig found)")}";
            return new SdkAnalyzers(directory, analyzers, severities);
        }

        private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}

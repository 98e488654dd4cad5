using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// A peer source generator package, loaded the way the compiler loads one: every <see cref="IIncrementalGenerator"/> with
    /// <c>[Generator]</c> in its analyzer assembly (the build for the newest Roslyn not newer than the host's), instantiated by
    /// reflection, plus the runtime library its users compile against.
    /// </summary>
    public sealed class Peer
    {
        private Peer(string name, ImmutableArray<ISourceGenerator> generators, MetadataReference library, string generatorPath)
        {
            Name = name;
            Generators = generators;
            Library = library;
            GeneratorPath = generatorPath;
        }

        /// <summary>The package name.</summary>
        public string Name { get; }

        /// <summary>The package's generators, as the driver takes them.</summary>
        public ImmutableArray<ISourceGenerator> Generators { get; }

        /// <summary>The library user code references (attributes, base types).</summary>
        public MetadataReference Library { get; }

        /// <summary>The generator assembly loaded.</summary>
        public string GeneratorPath { get; }

        /// <summary>Loads a peer package restored to <paramref name="packageRoot"/>.</summary>
        public static Peer Load(string name, string packageRoot, string generatorAssembly, string libraryRelativePath)
        {
            var generatorPath = PickRoslynBuild(packageRoot, generatorAssembly);
            var directory = Path.GetDirectoryName(generatorPath)!;
            var context = new PeerLoadContext(name, directory);
            var assembly = context.LoadFromAssemblyPath(generatorPath);
            var generators = assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(GeneratorAttribute), false).Length > 0)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
                .ToImmutableArray();
            if (generators.IsEmpty)
            {
                throw new InvalidOperationException($"No incremental generator in {generatorPath}.");
            }

            var library = MetadataReference.CreateFromFile(Path.Combine(packageRoot, libraryRelativePath));
            return new Peer(name, generators, library, generatorPath);
        }

        /// <summary>
        /// The generator build for the newest Roslyn the host supports: packages ship one per Roslyn version
        /// (<c>analyzers/dotnet/roslyn4.12/cs</c>, or Mapperly's <c>analyzers/roslyn4.14/dotnet/cs</c>).
        /// </summary>
        private static string PickRoslynBuild(string packageRoot, string generatorAssembly)
        {
            var host = typeof(Compilation).Assembly.GetName().Version!;
            var candidates = Directory.EnumerateFiles(Path.Combine(packageRoot, "analyzers"), generatorAssembly, SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "vb" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(p => (Path: p, Version: RoslynVersionOf(p)))
                .Where(c => c.Version is not null && c.Version <= new Version(host.Major, host.Minor))
                .OrderByDescending(c => c.Version)
                .ToList();
            return candidates.Count > 0
                ? candidates[0].Path
                : throw new FileNotFoundException($"No build of {generatorAssembly} for Roslyn {host} under {packageRoot}.");

            static Version? RoslynVersionOf(string path)
            {
                foreach (var part in path.Split(Path.DirectorySeparatorChar))
                {
                    if (part.StartsWith("roslyn", StringComparison.Ordinal) && Version.TryParse(part["roslyn".Length..], out var version))
                    {
                        return version;
                    }
                }

                return null;
            }
        }

        /// <summary>Loads a generator and its private dependencies from its folder; Roslyn itself comes from the host.</summary>
        private sealed class PeerLoadContext : AssemblyLoadContext
        {
            private readonly string _directory;

            public PeerLoadContext(string name, string directory)
                : base(name)
            {
                _directory = directory;
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                if (assemblyName.Name is { } simple && !simple.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    var candidate = Path.Combine(_directory, simple + ".dll");
                    if (File.Exists(candidate))
                    {
                        return LoadFromAssemblyPath(candidate);
                    }
                }

                return null;
            }
        }
    }

    /// <summary>The peers of benchmark 1, from the package folders restored for this project.</summary>
    public static class Peers
    {
        private static readonly Lazy<Peer> LazyMvvm = new(() => Peer.Load(
            "CommunityToolkit.Mvvm", Metadata("CommunityToolkitMvvmPackage"), "CommunityToolkit.Mvvm.SourceGenerators.dll", Path.Combine("lib", "net8.0", "CommunityToolkit.Mvvm.dll")));

        private static readonly Lazy<Peer> LazyMapperly = new(() => Peer.Load(
            "Riok.Mapperly", Metadata("MapperlyPackage"), "Riok.Mapperly.dll", Path.Combine("lib", "netstandard2.0", "Riok.Mapperly.Abstractions.dll")));

        /// <summary>CommunityToolkit.Mvvm (its source generators and CommunityToolkit.Mvvm.dll).</summary>
        public static Peer Mvvm => LazyMvvm.Value;

        /// <summary>Riok.Mapperly (its generator and Riok.Mapperly.Abstractions.dll).</summary>
        public static Peer Mapperly => LazyMapperly.Value;

        /// <summary>Package versions, for the report.</summary>
        public static IEnumerable<string> Describe()
        {
            yield return $"{Mvvm.Name}: {Mvvm.Generators.Length} generators from {Mvvm.GeneratorPath}";
            yield return $"{Mapperly.Name}: {Mapperly.Generators.Length} generators from {Mapperly.GeneratorPath}";
        }

        private static string Metadata(string key)
            => typeof(Peers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
                ?? throw new InvalidOperationException($"Package path {key} was not set at build time.");
    }
}

using System;
using System.Diagnostics;
using System.Linq;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// <c>--probe</c>: a Stopwatch breakdown of one full EcrGen generation, for profiling (not part of the PERF goals): what
    /// Roslyn's own binding of the same attributes costs, what the capability check costs, and what the generator adds.
    /// </summary>
    public static class Probe
    {
        /// <summary>Runs the breakdown at each size.</summary>
        public static void Run(int[] sizes, int repeats)
        {
            foreach (var n in sizes)
            {
                var input = Workloads.Input("EcrGen", n);
                Workloads.Generate(input, EcrGenParts.Generators);
                for (var r = 0; r < repeats; r++)
                {
                    GC.Collect();
                    var generate = Time(() => Workloads.Generate(input, EcrGenParts.Generators));
                    GC.Collect();
                    var capabilities = Time(() => CdkCapabilities.From(input.Clone()));
                    GC.Collect();
                    var bind = Time(() => BindAttributes(input.Clone()));
                    GC.Collect();
                    var read = Time(() => ReadModels(input.Clone()));
                    Console.WriteLine($"PROBE N={n}: generate {generate:0.0} ms ({generate * 1e3 / n:0.0} us/class); Roslyn attribute binding alone {bind:0.0} ms; bind + RepositoryClassReader.Read {read:0.0} ms; CdkCapabilities.From {capabilities:0.00} ms");
                }
            }
        }

        private static double Time(Func<object?> action)
        {
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            return stopwatch.Elapsed.TotalMilliseconds;
        }

        private static int BindAttributes(Compilation compilation)
        {
            var count = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
                {
                    count += model.GetDeclaredSymbol(declaration)!.GetAttributes().Length;
                }
            }

            return count;
        }

        private static int ReadModels(Compilation compilation)
        {
            var count = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
                {
                    var type = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;
                    if (RepositoryClassTarget.Check(type, default) == TargetProblem.None)
                    {
                        count += RepositoryClassReader.Read(type, default).LifecycleRules.Count;
                    }
                }
            }

            return count;
        }
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using EcrGen.SourceGenerators.Generation;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.Testing
{
    /// <summary>
    /// Every analyzer and code fix provider EcrGen ships, found by reflection over the EcrGen.SourceGenerators and
    /// EcrGen.CodeFixes assemblies: every non-abstract <see cref="DiagnosticAnalyzer"/> (suppressors included) and
    /// <see cref="CodeFixProvider"/>. A new analyzer or fix is covered by the fuzzers without touching these tests.
    /// </summary>
    public static class EcrGenComponents
    {
        /// <summary>The assembly holding the generator and the analyzers.</summary>
        public static Assembly AnalyzerAssembly { get; } = typeof(EcrRepositoryGenerator).Assembly;

        /// <summary>The assembly holding the code fixes (referenced by EcrGen.Testing, so copied next to the tests).</summary>
        public static Assembly CodeFixAssembly { get; } = Assembly.Load(new AssemblyName("EcrGen.CodeFixes"));

        /// <summary>The analyzer types, sorted by full name.</summary>
        public static ImmutableArray<Type> AnalyzerTypes { get; } = ConcreteSubtypes<DiagnosticAnalyzer>(AnalyzerAssembly, CodeFixAssembly);

        /// <summary>The code fix provider types, sorted by full name.</summary>
        public static ImmutableArray<Type> CodeFixProviderTypes { get; } = ConcreteSubtypes<CodeFixProvider>(AnalyzerAssembly, CodeFixAssembly);

        /// <summary>The incremental generator types, sorted by full name.</summary>
        public static ImmutableArray<Type> GeneratorTypes { get; } = ConcreteSubtypes<Microsoft.CodeAnalysis.IIncrementalGenerator>(AnalyzerAssembly, CodeFixAssembly);

        /// <summary>Fresh instances of every generator, wrapped as the compiler wraps them.</summary>
        public static ImmutableArray<Microsoft.CodeAnalysis.ISourceGenerator> NewGenerators()
            => GeneratorTypes.Select(t => Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(Create<Microsoft.CodeAnalysis.IIncrementalGenerator>(t))).ToImmutableArray();

        /// <summary>One instance of every analyzer. Analyzers keep no mutable state, so instances are shared freely.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = AnalyzerTypes.Select(Create<DiagnosticAnalyzer>).ToImmutableArray();

        /// <summary>One instance of every code fix provider.</summary>
        public static ImmutableArray<CodeFixProvider> CodeFixProviders { get; } = CodeFixProviderTypes.Select(Create<CodeFixProvider>).ToImmutableArray();

        /// <summary>Fresh instances of every analyzer (for tests that compare shared with unshared instances).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> NewAnalyzers() => AnalyzerTypes.Select(Create<DiagnosticAnalyzer>).ToImmutableArray();

        /// <summary>A one-line summary for test output.</summary>
        public static string Describe()
            => $"{GeneratorTypes.Length} generator(s) [{string.Join(", ", GeneratorTypes.Select(t => t.Name))}], {Analyzers.Length} analyzer(s) [{string.Join(", ", AnalyzerTypes.Select(t => t.Name))}], "
                + $"{CodeFixProviders.Length} code fix provider(s) [{string.Join(", ", CodeFixProviderTypes.Select(t => t.Name))}]";

        private static ImmutableArray<Type> ConcreteSubtypes<T>(params Assembly[] assemblies)
            => assemblies
                .SelectMany(LoadableTypes)
                .Where(t => t.IsClass && !t.IsAbstract && typeof(T).IsAssignableFrom(t))
                .Distinct()
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .ToImmutableArray();

        private static Type[] LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                throw new InvalidOperationException(
                    $"Types of {assembly.GetName().Name} failed to load: " + string.Join("; ", e.LoaderExceptions.Select(x => x?.Message)), e);
            }
        }

        private static T Create<T>(Type type)
        {
            var constructor = type.GetConstructor(Type.EmptyTypes)
                ?? throw new InvalidOperationException($"{type.FullName} has no public parameterless constructor: the compiler and the IDE cannot create it.");
            return (T)constructor.Invoke(null);
        }
    }
}

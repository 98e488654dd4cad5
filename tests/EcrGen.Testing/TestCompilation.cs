using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Testing
{
    /// <summary>Builds in-memory compilations of user code against <see cref="TestReferences"/>.</summary>
    public static class TestCompilation
    {
        /// <summary>The parse options user code is compiled with by default.</summary>
        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        /// <summary>
        /// Compilation options as MSBuild sets them for a library: CS1701/CS1702 (Amazon.CDK.Lib was built against
        /// netcoreapp3.1's System.Runtime 4.2.2.0) are suppressed by the SDK's default NoWarn, so here too.
        /// </summary>
        public static CSharpCompilationOptions Options(NullableContextOptions nullable = NullableContextOptions.Enable)
            => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, deterministic: true)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });

        /// <summary>Compiles <paramref name="sources"/> as a library.</summary>
        public static CSharpCompilation Create(IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null, CSharpParseOptions? parseOptions = null, NullableContextOptions nullable = NullableContextOptions.Enable)
        {
            var options = parseOptions ?? ParseOptions;
            var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, options, path: $"Source{i}.cs"));
            return CSharpCompilation.Create(
                "UserApp",
                trees,
                references ?? TestReferences.All,
                Options(nullable));
        }

        /// <summary>Compiles one source file as a library.</summary>
        public static CSharpCompilation Create(string source) => Create(new[] { source });
    }
}

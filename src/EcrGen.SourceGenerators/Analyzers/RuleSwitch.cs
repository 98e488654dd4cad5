using System.Threading;
using Microsoft.CodeAnalysis;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Whether an opt-in (disabled-by-default) rule may be on for a tree, so that its checks cost nothing while it is off: a
    /// diagnostic reported for a rule that is off is still created and then filtered by the compiler, which is far from free.
    /// On when the compilation options enable it (a ruleset, <c>WarningsAsErrors</c>), or when an .editorconfig or global
    /// config sets <c>dotnet_diagnostic.ID.severity</c> to anything but <c>none</c>. (Category-wide
    /// <c>dotnet_analyzer_diagnostic.category-*.severity</c> entries never enable rules that are disabled by default.)
    /// </summary>
    internal static class RuleSwitch
    {
        public static bool IsOn(DiagnosticDescriptor descriptor, Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (descriptor.IsEnabledByDefault)
            {
                return true;
            }

            if (descriptor.GetEffectiveSeverity(compilation.Options) != ReportDiagnostic.Suppress)
            {
                return true;
            }

            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider is null)
            {
                return false;
            }

            if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var severity)
                || provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out severity))
            {
                return severity != ReportDiagnostic.Suppress;
            }

            return false;
        }
    }
}

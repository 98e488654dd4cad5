using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Maps domain <see cref="RuleViolation"/>s to diagnostics mechanically (rule id → descriptor, option → location) and
    /// reports each (id, location) once, however many paths lead to it (a rule shared by two repositories, a props object
    /// checked as written and as used).
    /// </summary>
    internal sealed class DiagnosticSink
    {
        private readonly Action<Diagnostic> _report;
        private readonly string _source;
        private HashSet<(string Id, Location Location)>? _reported;

        public DiagnosticSink(Action<Diagnostic> report, string source)
        {
            _report = report;
            _source = source;
        }

        /// <summary>Reports <paramref name="violation"/> at <paramref name="location"/>; <paramref name="value"/> is the option's known text, for suggested fixes.</summary>
        public void Report(RuleViolation violation, Location location, string? value, string? attributeOption = null)
        {
            if (!D.TryGetByRuleId(violation.RuleId, out var descriptor))
            {
                return; // L12, L13, I7: behaviour and coverage rows, no diagnostic of their own
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            properties[D.RuleIdKey] = violation.RuleId;
            properties[D.OptionKey] = violation.Option;
            properties[D.SourceKey] = _source;
            if (attributeOption is not null)
            {
                properties[D.AttributeOptionKey] = attributeOption;
            }

            if (violation.Index >= 0)
            {
                properties[D.IndexKey] = violation.Index.ToString(CultureInfo.InvariantCulture);
            }

            AddFixHints(violation, value, properties);
            Report(descriptor, location, properties.ToImmutable(), violation.Message);
        }

        /// <summary>Reports a diagnostic of an analyzer-only rule (G, I8, I11–I13, S).</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, string? option, params object?[] messageArguments)
            => Report(descriptor, location, option, null, messageArguments);

        /// <summary>Reports a diagnostic of an analyzer-only rule with extra properties for the fix.</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, string? option, IEnumerable<KeyValuePair<string, string?>>? extra, params object?[] messageArguments)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            properties[D.RuleIdKey] = D.RuleIdOf(descriptor.Id);
            properties[D.OptionKey] = option ?? string.Empty;
            properties[D.SourceKey] = _source;
            if (extra is not null)
            {
                foreach (var pair in extra)
                {
                    properties[pair.Key] = pair.Value;
                }
            }

            Report(descriptor, location, properties.ToImmutable(), messageArguments);
        }

        private void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArguments)
        {
            if (!(_reported ??= new HashSet<(string, Location)>()).Add((descriptor.Id, location)))
            {
                return;
            }

            _report(Diagnostic.Create(descriptor, location, properties, messageArguments));
        }

        private static void AddFixHints(RuleViolation violation, string? value, ImmutableDictionary<string, string?>.Builder properties)
        {
            switch (violation.RuleId)
            {
                case RuleIds.R1:
                case RuleIds.R2:
                    if (value is not null && RepositoryNameRules.SuggestFix(value) is { } name && name != value)
                    {
                        properties[D.SuggestedValueKey] = name;
                    }

                    break;
                case RuleIds.R3:
                case RuleIds.R4:
                    properties[D.SuggestedOptionKey] = "RemovalPolicy";
                    properties[D.SuggestedValueKey] = "DESTROY";
                    break;
                case RuleIds.R8:
                    properties[D.RemoveOptionKey] = "AutoDeleteImages";
                    break;
                case RuleIds.L2:
                    properties[D.SuggestedOptionKey] = "TagStatus";
                    properties[D.SuggestedValueKey] = "TAGGED";
                    break;
                case RuleIds.L4:
                    properties[D.RemoveOptionKey] = "TagPatternList";
                    break;
                case RuleIds.I1:
                case RuleIds.I2:
                case RuleIds.I3:
                case RuleIds.I10:
                    if (value is not null && ImageDigest.SuggestFix(value) is { } digest && digest != value)
                    {
                        properties[D.SuggestedValueKey] = digest;
                    }

                    break;
                case RuleIds.I5:
                    properties[D.RemoveOptionKey] = "Tag";
                    break;
                case RuleIds.I6:
                    properties[D.SuggestedOptionKey] = "TagOrDigest";
                    break;
            }
        }
    }
}

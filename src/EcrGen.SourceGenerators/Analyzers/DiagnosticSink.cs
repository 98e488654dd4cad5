using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Turns domain <see cref="RuleViolation"/>s into diagnostics mechanically (the violation's id is the descriptor's, its
    /// <see cref="FixHint"/> becomes the properties the code fixes read) and reports each (id, location) once, however many
    /// paths lead to it (a rule shared by two repositories, a props object checked as written and as used).
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

        /// <summary>Reports <paramref name="violation"/> at <paramref name="location"/>; <paramref name="attributeOption"/> is the attribute argument it is on.</summary>
        public void Report(RuleViolation violation, Location location, string? attributeOption = null)
            => Report(violation, location, attributeOption, null, null);

        /// <summary>
        /// Reports <paramref name="violation"/> with extra properties and locations for a code fix that needs more than the
        /// hint (T1: the repository expression and the tag expression it moves).
        /// </summary>
        public void Report(RuleViolation violation, Location location, string? attributeOption, IEnumerable<KeyValuePair<string, string?>>? extra, IEnumerable<Location>? additionalLocations)
        {
            var descriptor = D.Of(violation.RuleId);
            var properties = Properties(descriptor, violation.Option);
            if (attributeOption is not null)
            {
                properties[D.AttributeOptionKey] = attributeOption;
            }

            if (violation.Index >= 0)
            {
                properties[D.IndexKey] = violation.Index.ToString(CultureInfo.InvariantCulture);
            }

            if (violation.Fix is { } fix)
            {
                AddIfSet(properties, D.SuggestedOptionKey, fix.SuggestedOption);
                AddIfSet(properties, D.SuggestedValueKey, fix.SuggestedValue);
                AddIfSet(properties, D.RemoveOptionKey, fix.RemoveOption);
                AddIfSet(properties, D.KeepOptionKey, fix.KeepOption);
                AddIfSet(properties, D.RemoveEitherKey, fix.EitherOption ? "true" : null);
            }

            if (extra is not null)
            {
                foreach (var pair in extra)
                {
                    properties[pair.Key] = pair.Value;
                }
            }

            Report(descriptor, location, properties.ToImmutable(), additionalLocations, violation.Message);
        }

        /// <summary>Reports a diagnostic of an analyzer-only rule (class shape, image names, flow facts).</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, string? option, params object?[] messageArguments)
            => Report(descriptor, location, option, null, messageArguments);

        /// <summary>Reports a diagnostic of an analyzer-only rule with extra properties for the fix.</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, string? option, IEnumerable<KeyValuePair<string, string?>>? extra, params object?[] messageArguments)
        {
            var properties = Properties(descriptor, option ?? string.Empty);
            if (extra is not null)
            {
                foreach (var pair in extra)
                {
                    properties[pair.Key] = pair.Value;
                }
            }

            Report(descriptor, location, properties.ToImmutable(), null, messageArguments);
        }

        private ImmutableDictionary<string, string?>.Builder Properties(DiagnosticDescriptor descriptor, string option)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            properties[D.RuleIdKey] = D.CatalogueRowOf(descriptor);
            properties[D.OptionKey] = option;
            properties[D.SourceKey] = _source;
            return properties;
        }

        private static void AddIfSet(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
        {
            if (value is not null)
            {
                properties[key] = value;
            }
        }

        private void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, IEnumerable<Location>? additionalLocations, params object?[] messageArguments)
        {
            if (!(_reported ??= new HashSet<(string, Location)>()).Add((descriptor.Id, location)))
            {
                return;
            }

            _report(Diagnostic.Create(descriptor, location, additionalLocations, properties, messageArguments));
        }
    }
}

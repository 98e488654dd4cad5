using System.Collections.Generic;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// The lifecycle rules of each repository in code, checked together as the CDK renders them (L6-L9, L12-L16), and a rule
    /// whose repository is not certain checked on its own.
    /// </summary>
    internal static class LifecycleChecks
    {
        public static void CheckGroup(LifecycleRuleGroups<IOperation, WrittenObject>.Group group, DiagnosticSink sink)
        {
            var entries = group.Entries;
            if (entries.Count == 0)
            {
                return;
            }

            var specs = new LifecycleRuleSpec[entries.Count];
            for (var i = 0; i < specs.Length; i++)
            {
                specs[i] = entries[i].Spec;
            }

            foreach (var violation in LifecycleRules.Validate(specs))
            {
                var target = violation.Index >= 0 && violation.Index < entries.Count ? entries[violation.Index].Written : null;
                if (target is not null)
                {
                    sink.Report(violation, target.LocationOf(violation.Option));
                }
                else if (violation.Index < 0 || violation.Index >= entries.Count)
                {
                    // Whole-policy facts: on the repository, or on the first rule written here.
                    var location = group.Repository is { } repository ? WrittenObject.CreationLocation(repository.Syntax) : FirstWrittenLocation(entries);
                    if (location is not null)
                    {
                        sink.Report(violation, location);
                    }
                }
            }
        }

        public static void CheckAlone(RepositoryScan scan, WrittenObject rule, DiagnosticSink sink)
        {
            foreach (var violation in LifecycleRules.Validate(new[] { scan.SpecOf(rule) }))
            {
                sink.Report(violation, rule.LocationOf(violation.Option));
            }
        }

        private static Location? FirstWrittenLocation(List<LifecycleRuleGroups<IOperation, WrittenObject>.Entry> entries)
        {
            foreach (var entry in entries)
            {
                if (entry.Written is not null)
                {
                    return entry.Written.Location;
                }
            }

            return null;
        }

        public static bool Contains(IReadOnlyList<WrittenObject> rules, WrittenObject rule)
        {
            foreach (var candidate in rules)
            {
                if (ReferenceEquals(candidate, rule))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

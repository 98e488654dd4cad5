using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace EcrGen.Synth.Tests
{
    /// <summary>
    /// Structural JSON comparison for CloudFormation templates: object members in any order, arrays in order, numbers by
    /// value. A string holding JSON (a lifecycle policy, parameter overrides) is compared as JSON, so a difference inside
    /// it is reported at its own path rather than as two long strings.
    /// </summary>
    public static class JsonDiff
    {
        /// <summary>Every difference, as "path: expected X, actual Y"; empty when the documents are equal.</summary>
        public static IReadOnlyList<string> Differences(JsonElement expected, JsonElement actual)
        {
            var differences = new List<string>();
            Compare(expected, actual, "$", differences);
            return differences;
        }

        private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
        {
            if (expected.ValueKind != actual.ValueKind)
            {
                differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
                return;
            }

            switch (expected.ValueKind)
            {
                case JsonValueKind.Object:
                    var actualMembers = actual.EnumerateObject().ToDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);
                    foreach (var member in expected.EnumerateObject())
                    {
                        var memberPath = $"{path}.{member.Name}";
                        if (actualMembers.Remove(member.Name, out var actualValue))
                        {
                            Compare(member.Value, actualValue, memberPath, differences);
                        }
                        else
                        {
                            differences.Add($"{memberPath}: missing (expected {Describe(member.Value)})");
                        }
                    }

                    foreach (var extra in actualMembers.OrderBy(member => member.Key, StringComparer.Ordinal))
                    {
                        differences.Add($"{path}.{extra.Key}: unexpected {Describe(extra.Value)}");
                    }

                    break;

                case JsonValueKind.Array:
                    var expectedItems = expected.EnumerateArray().ToList();
                    var actualItems = actual.EnumerateArray().ToList();
                    for (var index = 0; index < Math.Min(expectedItems.Count, actualItems.Count); index++)
                    {
                        Compare(expectedItems[index], actualItems[index], $"{path}[{index}]", differences);
                    }

                    if (expectedItems.Count != actualItems.Count)
                    {
                        differences.Add($"{path}: expected {expectedItems.Count} items, actual {actualItems.Count}");
                    }

                    break;

                case JsonValueKind.String:
                    var expectedText = expected.GetString()!;
                    var actualText = actual.GetString()!;
                    if (expectedText == actualText)
                    {
                        break;
                    }

                    if (TryParseEmbeddedJson(expectedText, out var expectedJson) && TryParseEmbeddedJson(actualText, out var actualJson))
                    {
                        using (expectedJson)
                        using (actualJson)
                        {
                            Compare(expectedJson.RootElement, actualJson.RootElement, path + "(json)", differences);
                        }
                    }
                    else
                    {
                        differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
                    }

                    break;

                case JsonValueKind.Number:
                    if (expected.GetDecimal() != actual.GetDecimal())
                    {
                        differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
                    }

                    break;

                default:
                    // true, false, null: equal kinds are equal values.
                    break;
            }
        }

        private static bool TryParseEmbeddedJson(string text, out JsonDocument document)
        {
            document = null!;
            var trimmed = text.TrimStart();
            if (!trimmed.StartsWith('{') && !trimmed.StartsWith('['))
            {
                return false;
            }

            try
            {
                document = JsonDocument.Parse(text);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static string Describe(JsonElement element)
        {
            var text = element.GetRawText();
            return text.Length <= 200 ? text : text[..200] + "…";
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace EcrGen.Synth.Tests
{
    /// <summary>Small lookups into synthesized templates.</summary>
    public static class TemplateQueries
    {
        /// <summary>The properties of the only resource of this type.</summary>
        public static JsonElement SingleResourceProperties(this JsonElement template, string type) =>
            template.ResourcesOfType(type).Single().GetProperty("Properties");

        /// <summary>Every resource of this type.</summary>
        public static IEnumerable<JsonElement> ResourcesOfType(this JsonElement template, string type) =>
            template.GetProperty("Resources").EnumerateObject()
                .Select(resource => resource.Value)
                .Where(resource => resource.GetProperty("Type").GetString() == type);

        /// <summary>A string property that holds JSON, parsed.</summary>
        public static JsonElement ParseJsonString(this JsonElement text)
        {
            using var document = JsonDocument.Parse(text.GetString()!);
            return document.RootElement.Clone();
        }
    }
}

namespace EcrGen.CodeFixes.Syntax
{
    /// <summary>CDK option names and the EcrGen attribute properties that hold them.</summary>
    internal static class OptionNames
    {
        /// <summary>The name <paramref name="cdkOption"/> is written under in <paramref name="options"/> (<c>MaxImageAge</c> → <c>MaxImageAgeDays</c> on an attribute).</summary>
        public static string AsWritten(string cdkOption, WrittenOptions options)
            => options.Attribute is null ? cdkOption : ToAttribute(cdkOption);

        /// <summary>The attribute property that holds <paramref name="cdkOption"/>.</summary>
        public static string ToAttribute(string cdkOption) => SourceGenerators.Model.AttributeOptions.PropertyOf(cdkOption);
    }
}

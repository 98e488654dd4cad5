namespace EcrGen.SourceGenerators.Generation
{
    /// <summary>The version stamped on generated code; kept in step with the package version by a test.</summary>
    internal static class ThisAssembly
    {
        public const string Version = "0.1.0";
    }
}

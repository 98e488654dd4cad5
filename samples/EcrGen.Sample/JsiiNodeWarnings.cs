namespace EcrGen.Sample
{
    /// <summary>
    /// Keeps jsii's Node version banner out of the sample's output. The CDK's C# classes run on a Node.js process that jsii
    /// starts on first use; jsii's Node check then prints a large "Node N is end-of-life" banner to stderr when that Node
    /// is past jsii's support (Node 20 is since 2026-10-30). Call <see cref="Silence"/> before the first CDK call.
    /// </summary>
    /// <remarks>
    /// The variable is read by the Node process jsii starts, which inherits this process's environment; a CDK CLI run
    /// (cdk.json) therefore needs nothing else. The value must list the Node major (<c>20</c>); <c>1</c> does not silence it.
    /// Checked with the jsii runtime 1.103.1 that Amazon.CDK.Lib 2.160.0 brings.
    /// </remarks>
    public static class JsiiNodeWarnings
    {
        /// <summary>The variable jsii's Node check reads: a comma-separated list of the end-of-life Node majors to accept.</summary>
        public const string EndOfLifeVariable = "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION";

        /// <summary>The end-of-life Node majors this sample has been run on and accepts.</summary>
        public const string AcceptedEndOfLifeMajors = "18,20";

        /// <summary>Accepts the known end-of-life Node majors, unless the caller's environment already chose.</summary>
        public static void Silence()
        {
            if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(EndOfLifeVariable)))
            {
                System.Environment.SetEnvironmentVariable(EndOfLifeVariable, AcceptedEndOfLifeMajors);
            }
        }
    }
}

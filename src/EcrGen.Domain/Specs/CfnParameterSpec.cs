namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// A <c>CfnParameter</c> as created in code (<c>new CfnParameter(scope, id, new CfnParameterProps { ... })</c>): the options
    /// that say what its value can be at deploy time. Its value is a token at synth, whatever it holds.
    /// </summary>
    public sealed record CfnParameterSpec
    {
        /// <summary>The construct id, as messages name the parameter (<c>ImageDigest</c>); <c>""</c> when not known.</summary>
        public string Id { get; init; } = "";

        /// <summary><c>AllowedPattern</c>: the regular expression CloudFormation matches the whole value against.</summary>
        public Setting<string> AllowedPattern { get; init; }

        /// <summary><c>AllowedValues</c>.</summary>
        public Setting<EquatableArray<NullableString>> AllowedValues { get; init; }

        /// <summary><c>Default</c>, when it is a string: the value of every deployment that does not override the parameter.</summary>
        public Setting<string> Default { get; init; }
    }
}

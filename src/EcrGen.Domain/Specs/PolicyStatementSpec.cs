namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// A resource-policy statement as written: <c>new PolicyStatement(new PolicyStatementProps { ... })</c> given to
    /// <c>AddToResourcePolicy</c> or inside a <c>PolicyDocument</c>, or the statement a <c>Grant*(principal)</c> call adds.
    /// </summary>
    public sealed record PolicyStatementSpec
    {
        /// <summary><c>Effect</c>; not set means <c>ALLOW</c>.</summary>
        public Setting<CdkEnumValue> Effect { get; init; }

        /// <summary>What each principal is, in order; unknown when the list cannot be read as a whole.</summary>
        public Setting<EquatableArray<PolicyPrincipal>> Principals { get; init; }
    }

    /// <summary>One principal of a statement.</summary>
    /// <param name="Kind">What it is known to be.</param>
    public readonly record struct PolicyPrincipal(PrincipalKind Kind);

    /// <summary>What a principal of a statement is known to be.</summary>
    public enum PrincipalKind
    {
        /// <summary>Not known at compile time.</summary>
        Unknown,

        /// <summary>Every principal: <c>AnyPrincipal</c>, <c>StarPrincipal</c>, <c>ArnPrincipal("*")</c>, <c>AddAnyPrincipal()</c>.</summary>
        Any,

        /// <summary>A principal that is not <c>*</c>.</summary>
        Specific,
    }
}

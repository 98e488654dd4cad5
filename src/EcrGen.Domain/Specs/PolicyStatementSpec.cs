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

        /// <summary>
        /// What each principal read is, in order (<c>Principals</c>, then <c>AddAnyPrincipal()</c> and the other
        /// <c>Add*Principal</c> calls); unknown when the list cannot be read as a whole. Whether the statement has a principal
        /// at all is <see cref="HasPrincipals"/>.
        /// </summary>
        public Setting<EquatableArray<PolicyPrincipal>> Principals { get; init; }

        /// <summary>
        /// Whether the statement gets at least one principal or not-principal (<c>Principals</c>, <c>NotPrincipals</c>, an
        /// <c>Add*Principal*</c> call): <c>false</c> only when every place that could add one is visible and none does.
        /// </summary>
        public Setting<bool> HasPrincipals { get; init; }

        /// <summary><c>Actions</c> and the <c>AddActions(...)</c> calls, in order; unknown when not every one can be read.</summary>
        public Setting<EquatableArray<NullableString>> Actions { get; init; }

        /// <summary><c>NotActions</c> and the <c>AddNotActions(...)</c> calls; unknown when not every one can be read.</summary>
        public Setting<EquatableArray<NullableString>> NotActions { get; init; }

        /// <summary>
        /// Whether the statement has a resource element (<c>Resources</c>, <c>NotResources</c>, a JSON <c>Resource</c> or
        /// <c>NotResource</c>): known <c>true</c> only when one is certainly written; not set when not read.
        /// </summary>
        public Setting<bool> HasResources { get; init; }
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

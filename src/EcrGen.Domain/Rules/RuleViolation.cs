namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// One broken rule. The analyzers turn it into a diagnostic of the same id, on the option it names; the code fixes read
    /// its <see cref="Fix"/> from the diagnostic's properties.
    /// </summary>
    /// <param name="RuleId">The rule's id, one of <see cref="RuleIds"/> (<c>ECR1002</c>).</param>
    /// <param name="Option">
    /// The option the violation is about, named as the CDK property (<c>RepositoryName</c>, <c>MaxImageCount</c>,
    /// <c>TagPatternList</c>, <c>TagOrDigest</c>, ...), so the analyzer can underline that argument; <c>""</c> for the whole object.
    /// </param>
    /// <param name="Index">
    /// For lifecycle rules, the 0-based index of the offending rule in the list validated (order of addition); for a policy
    /// statement, of the offending principal; <c>-1</c> otherwise. List elements (a pattern, a <c>Cmd</c> element) are named in
    /// <paramref name="Message"/>.
    /// </param>
    /// <param name="Message">A complete English sentence that quotes the offending value.</param>
    /// <param name="Fix">The mechanical repair, when there is one: what a code fix writes.</param>
    public sealed record RuleViolation(string RuleId, string Option, int Index, string Message, FixHint? Fix = null);

    /// <summary>
    /// What a code fix does about a violation, decided where the rule is (the fix only finds the syntax to change). Every part
    /// is optional; a fix offers nothing for a part that is <c>null</c>.
    /// </summary>
    /// <param name="SuggestedOption">The option to write or to rename to (<c>RemovalPolicy</c>; <c>TagOrDigest</c> for <c>Tag</c>).</param>
    /// <param name="SuggestedValue">
    /// The value to write, as a plain string (not a C# literal): a corrected name or digest, or the enum member
    /// (<c>DESTROY</c>) of <paramref name="SuggestedOption"/>'s type.
    /// </param>
    /// <param name="RemoveOption">The conflicting option to delete (<c>AutoDeleteImages</c>).</param>
    /// <param name="KeepOption">The option <paramref name="RemoveOption"/> conflicts with, which stays (<c>EmptyOnDelete</c>).</param>
    /// <param name="EitherOption">Deleting <paramref name="KeepOption"/> instead is an equal repair (the user chooses).</param>
    public sealed record FixHint(
        string? SuggestedOption = null,
        string? SuggestedValue = null,
        string? RemoveOption = null,
        string? KeepOption = null,
        bool EitherOption = false)
    {
        /// <summary>Set <paramref name="option"/> to <paramref name="value"/>.</summary>
        public static FixHint Set(string option, string value) => new FixHint(option, value);

        /// <summary>Replace the value of the option the violation is on with <paramref name="value"/>.</summary>
        public static FixHint Replace(string value) => new FixHint(SuggestedValue: value);

        /// <summary>Rename the option the violation is on to <paramref name="option"/>.</summary>
        public static FixHint Rename(string option) => new FixHint(SuggestedOption: option);

        /// <summary>Delete <paramref name="option"/>, which <paramref name="keep"/> makes pointless.</summary>
        public static FixHint Remove(string option, string keep) => new FixHint(RemoveOption: option, KeepOption: keep);

        /// <summary>Delete one of two options that exclude each other, <paramref name="first"/> or <paramref name="second"/>.</summary>
        public static FixHint RemoveEither(string first, string second) => new FixHint(RemoveOption: first, KeepOption: second, EitherOption: true);
    }
}

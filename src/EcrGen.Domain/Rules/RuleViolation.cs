namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// One broken rule of the catalogue (docs/rules/catalogue.md). The analyzers turn it into a diagnostic; the generator uses it
    /// to decide not to emit code the CDK would reject.
    /// </summary>
    /// <param name="RuleId">The catalogue row id, exactly as written there: <c>R1</c>..<c>R9</c>, <c>L1</c>..<c>L17</c>, <c>I1</c>..<c>I13</c>.</param>
    /// <param name="Option">
    /// The option the violation is about, named as the CDK property (<c>RepositoryName</c>, <c>MaxImageCount</c>,
    /// <c>TagPatternList</c>, <c>TagOrDigest</c>, ...), so the analyzer can underline that argument; <c>""</c> for the whole object.
    /// </param>
    /// <param name="Index">
    /// For lifecycle rules, the 0-based index of the offending rule in the list validated (order of addition); <c>-1</c> otherwise.
    /// List elements (a pattern, a <c>Cmd</c> element) are named in <paramref name="Message"/>.
    /// </param>
    /// <param name="Message">A complete English sentence that quotes the offending value.</param>
    public sealed record RuleViolation(string RuleId, string Option, int Index, string Message);
}

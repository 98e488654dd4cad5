namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// A violation found in a text the user wrote as one string (a JSON policy), with the span of the offending part:
    /// <see cref="Start"/> and <see cref="Length"/> are offsets in that string, so an analyzer can underline the exact value
    /// inside the literal.
    /// </summary>
    /// <param name="Violation">The violation (its <see cref="RuleViolation.Option"/> is the JSON path, <c>rules[0].rulePriority</c>).</param>
    /// <param name="Start">Offset of the offending value in the text.</param>
    /// <param name="Length">Its length (at least 1 unless the text is empty).</param>
    public sealed record TextViolation(RuleViolation Violation, int Start, int Length);
}

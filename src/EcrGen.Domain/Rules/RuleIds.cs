namespace EcrGen.Domain.Rules
{
    /// <summary>The catalogue row ids (docs/rules/catalogue.md) the domain rules report.</summary>
    public static class RuleIds
    {
#pragma warning disable CS1591 // The ids are documented in the catalogue; each constant is its own name.
        public const string R1 = "R1", R2 = "R2", R3 = "R3", R4 = "R4", R5 = "R5", R6 = "R6", R7 = "R7", R8 = "R8", R9 = "R9";
        public const string L1 = "L1", L2 = "L2", L3 = "L3", L4 = "L4", L5 = "L5", L6 = "L6", L7 = "L7", L8 = "L8", L9 = "L9",
            L10 = "L10", L11 = "L11", L12 = "L12", L13 = "L13", L14 = "L14", L15 = "L15", L16 = "L16", L17 = "L17";
        public const string I1 = "I1", I2 = "I2", I3 = "I3", I4 = "I4", I5 = "I5", I6 = "I6", I7 = "I7", I8 = "I8", I9 = "I9",
            I10 = "I10", I11 = "I11", I12 = "I12", I13 = "I13";
#pragma warning restore CS1591
    }
}

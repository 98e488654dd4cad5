namespace EcrGen.SourceGenerators.Model
{
    /// <summary>Why an <c>[EcrRepository]</c> class cannot be generated into (catalogue rows G1 and G2).</summary>
    internal enum TargetProblem
    {
        /// <summary>The class can be generated into.</summary>
        None,

        /// <summary>A declaration of the class lacks <c>partial</c>.</summary>
        NotPartial,

        /// <summary>A containing type lacks <c>partial</c>.</summary>
        ContainingTypeNotPartial,

        /// <summary>The class, or a containing type, is generic.</summary>
        Generic,

        /// <summary>The class is static.</summary>
        Static,

        /// <summary>The class derives from something other than <c>Amazon.CDK.AWS.ECR.Repository</c>, or is a record.</summary>
        ConflictingBase,

        /// <summary>The class, or a containing type, is file-local: its generated part would be another file.</summary>
        FileLocal,

        /// <summary>The class declares a primary constructor, which the generated <c>(scope, id)</c> constructor cannot call (CS8862).</summary>
        PrimaryConstructor,

        /// <summary>The class is named like a member the generator adds to it (CS0542).</summary>
        ReservedName,
    }
}

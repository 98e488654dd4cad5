namespace EcrGen.Testing
{
    /// <summary>
    /// The Amazon.CDK.Lib releases the tests compile against: 2.103.0 and 2.160.0 restore and synthesize; 2.277.0, the newest
    /// served, is metadata only (see <see cref="TestReferences.Cdk2277"/>).
    /// </summary>
    public enum CdkRelease
    {
        /// <summary>2.103.0: before <c>EmptyOnDelete</c> and <c>TagPatternList</c>.</summary>
        V2_103,

        /// <summary>2.160.0: the release EcrGen's attributes are built against, and the tests' default.</summary>
        V2_160,

        /// <summary>2.277.0: the newest served.</summary>
        V2_277,
    }

    /// <summary>The releases as test data.</summary>
    public static class CdkReleases
    {
        /// <summary>Every release, for an xunit <c>[MemberData]</c>.</summary>
        public static Xunit.TheoryData<CdkRelease> All => new() { CdkRelease.V2_103, CdkRelease.V2_160, CdkRelease.V2_277 };

        /// <summary>The releases that have every option of the attributes as 2.160.0 built them (2.160.0 and newer).</summary>
        public static Xunit.TheoryData<CdkRelease> Current => new() { CdkRelease.V2_160, CdkRelease.V2_277 };

        /// <summary>The jsii version string of <paramref name="release"/>.</summary>
        public static string Version(this CdkRelease release)
            => release switch
            {
                CdkRelease.V2_103 => "2.103.0",
                CdkRelease.V2_160 => "2.160.0",
                _ => "2.277.0",
            };
    }
}

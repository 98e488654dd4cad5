using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EcrGen.Testing
{
    /// <summary>
    /// The metadata every test compilation sees: .NET 8 reference assemblies, the real Amazon.CDK.Lib 2.160.0 (with Constructs
    /// and the jsii runtime it exposes) and the EcrGen attributes. Loaded once per test process and shared.
    /// </summary>
    public static class TestReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyNet80 = new(
            () => Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray());

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyCdk = new(
            () => ImmutableArray.Create<MetadataReference>(
                MetadataReference.CreateFromFile(typeof(Amazon.CDK.App).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Constructs.Construct).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Amazon.JSII.Runtime.Deputy.DeputyBase).Assembly.Location)));

        private static readonly Lazy<MetadataReference> LazyAttributes = new(
            () => MetadataReference.CreateFromFile(typeof(EcrGen.EcrRepositoryAttribute).Assembly.Location));

        /// <summary>The NuGet global packages folder this test assembly was restored from.</summary>
        public static string NuGetPackageRoot { get; } = typeof(TestReferences).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyCdk2103 = new(
            () => ImmutableArray.Create<MetadataReference>(
                MetadataReference.CreateFromFile(System.IO.Path.Combine(NuGetPackageRoot, "amazon.cdk.lib", "2.103.0", "lib", "netcoreapp3.1", "Amazon.CDK.Lib.dll")),
                MetadataReference.CreateFromFile(typeof(Constructs.Construct).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Amazon.JSII.Runtime.Deputy.DeputyBase).Assembly.Location)));

        // Metadata only: 2.277.0 needs Constructs >= 10.5 (its few IMixin members stay unresolved against 10.0.5), so it can
        // be compiled against but never loaded or reflected over.
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyCdk2277 = new(
            () => ImmutableArray.Create<MetadataReference>(
                MetadataReference.CreateFromFile(System.IO.Path.Combine(NuGetPackageRoot, "amazon.cdk.lib", "2.277.0", "lib", "net6.0", "Amazon.CDK.Lib.dll")),
                MetadataReference.CreateFromFile(typeof(Constructs.Construct).Assembly.Location),
                MetadataReference.CreateFromFile(System.IO.Path.Combine(NuGetPackageRoot, "amazon.jsii.runtime", "1.142.0", "lib", "net6.0", "Amazon.JSII.Runtime.dll"))));

        /// <summary>Amazon.CDK.Lib 2.103.0 (no <c>EmptyOnDelete</c>, no <c>TagPatternList</c>) with Constructs and jsii.</summary>
        public static ImmutableArray<MetadataReference> Cdk2103 => LazyCdk2103.Value;

        /// <summary>What a CDK app on Amazon.CDK.Lib 2.103.0 using EcrGen compiles against.</summary>
        public static ImmutableArray<MetadataReference> AllWithCdk2103 => Net80.AddRange(Cdk2103).Add(Attributes);

        /// <summary>
        /// Amazon.CDK.Lib 2.277.0, the newest served (exclusion filters, <c>IsImageDigest</c>, <c>KMS_DSSE</c>,
        /// <c>FromLookup</c>, <c>IKeyRef</c>), with Constructs and jsii 1.142.0: metadata only.
        /// </summary>
        public static ImmutableArray<MetadataReference> Cdk2277 => LazyCdk2277.Value;

        /// <summary>What a CDK app on Amazon.CDK.Lib 2.277.0 using EcrGen compiles against.</summary>
        public static ImmutableArray<MetadataReference> AllWithCdk2277 => Net80.AddRange(Cdk2277).Add(Attributes);

        /// <summary>The CDK references of <paramref name="version"/>.</summary>
        public static ImmutableArray<MetadataReference> CdkOf(CdkRelease version)
            => version switch
            {
                CdkRelease.V2_103 => Cdk2103,
                CdkRelease.V2_160 => Cdk,
                CdkRelease.V2_277 => Cdk2277,
                _ => throw new ArgumentOutOfRangeException(nameof(version)),
            };

        /// <summary>Everything a CDK app on <paramref name="version"/> using EcrGen compiles against.</summary>
        public static ImmutableArray<MetadataReference> AllWith(CdkRelease version) => Net80.AddRange(CdkOf(version)).Add(Attributes);

        /// <summary>.NET 8 reference assemblies.</summary>
        public static ImmutableArray<MetadataReference> Net80 => LazyNet80.Value;

        /// <summary>Amazon.CDK.Lib, Constructs and Amazon.JSII.Runtime.</summary>
        public static ImmutableArray<MetadataReference> Cdk => LazyCdk.Value;

        /// <summary>The EcrGen attributes assembly.</summary>
        public static MetadataReference Attributes => LazyAttributes.Value;

        /// <summary>Everything a CDK app using EcrGen compiles against.</summary>
        public static ImmutableArray<MetadataReference> All => Net80.AddRange(Cdk).Add(Attributes);

        /// <summary>
        /// For Microsoft.CodeAnalysis.Testing: no package download (the test host is offline but for NuGet, and the pinned
        /// Microsoft.NETCore.App.Ref 8.0.0 is not served); the references come from <see cref="Net80"/> instead.
        /// </summary>
        public static ReferenceAssemblies NoPackages { get; } = new ReferenceAssemblies("net8.0");
    }
}

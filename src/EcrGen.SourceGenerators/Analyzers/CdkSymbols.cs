using Microsoft.CodeAnalysis;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// The AWS CDK types the analyzers look at, resolved once per compilation (in the compilation-start action). Any member but
    /// <see cref="Repository"/> may be <c>null</c> when the user's Amazon.CDK.Lib lacks it; <see cref="TryCreate"/> fails when
    /// Amazon.CDK.Lib is not referenced at all, and the analyzers then register nothing.
    /// </summary>
    internal sealed class CdkSymbols
    {
        private CdkSymbols(Compilation compilation, INamedTypeSymbol repository)
        {
            Compilation = compilation;
            Repository = repository;
            RepositoryBase = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.RepositoryBase");
            IRepository = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.IRepository");
            RepositoryProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.RepositoryProps");
            LifecycleRule = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.LifecycleRule");
            TagStatus = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.TagStatus");
            TagMutability = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.TagMutability");
            RepositoryEncryption = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.RepositoryEncryption");
            RemovalPolicy = compilation.GetTypeByMetadataName("Amazon.CDK.RemovalPolicy");
            Duration = compilation.GetTypeByMetadataName("Amazon.CDK.Duration");
            CfnParameter = compilation.GetTypeByMetadataName("Amazon.CDK.CfnParameter");
            Token = compilation.GetTypeByMetadataName("Amazon.CDK.Token");
            Fn = compilation.GetTypeByMetadataName("Amazon.CDK.Fn");
            Lazy = compilation.GetTypeByMetadataName("Amazon.CDK.Lazy");
            EcrImageCodeProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.EcrImageCodeProps");
            DockerImageCode = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.DockerImageCode");
            Code = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.Code");
            EcrImageCode = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.EcrImageCode");
            AssetImageCode = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.AssetImageCode");
            Function = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.Function");
            FunctionProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.FunctionProps");
            DockerImageFunctionProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.DockerImageFunctionProps");
            RepositoryLookupOptions = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.RepositoryLookupOptions");
            Handler = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.Handler");
            Runtime = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.Runtime");
            ContainerImage = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECS.ContainerImage");
            TagParameterContainerImage = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECS.TagParameterContainerImage");
            RepositoryImage = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECS.RepositoryImage");
            RepositoryImageProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECS.RepositoryImageProps");
            AnyPrincipal = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.AnyPrincipal");
            StarPrincipal = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.StarPrincipal");
            ArnPrincipal = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.ArnPrincipal");
            PolicyStatement = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.PolicyStatement");
            PolicyStatementProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.PolicyStatementProps");
            Effect = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.Effect");
            PolicyDocument = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.PolicyDocument");
            PolicyDocumentProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.PolicyDocumentProps");
            CfnRegistryPolicyProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.CfnRegistryPolicyProps");
            CfnRepositoryProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.CfnRepositoryProps");
            RepositoryAttributes = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.RepositoryAttributes");
            DockerImageAsset = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Ecr.Assets.DockerImageAsset");
            DockerPlatform = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Ecr.Assets.Platform_");
            DockerImageFunction = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.DockerImageFunction");
            AssetImageCodeProps = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.AssetImageCodeProps");
            Architecture = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.Lambda.Architecture");
            PrincipalBase = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.PrincipalBase");
            PrincipalWithConditions = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.PrincipalWithConditions");
            SessionTagsPrincipal = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.IAM.SessionTagsPrincipal");
            Stack = compilation.GetTypeByMetadataName("Amazon.CDK.Stack");
            StackProps = compilation.GetTypeByMetadataName("Amazon.CDK.StackProps");
            Environment = compilation.GetTypeByMetadataName("Amazon.CDK.Environment");
            CdkAssembly = repository.ContainingAssembly;
            Emptying = EmptyingOf(RepositoryProps);
        }

        /// <summary>The option the user's CDK has to empty a repository on deletion (W3).</summary>
        public EcrGen.Domain.Specs.EmptyingOption Emptying { get; }

        public Compilation Compilation { get; }

        private static EcrGen.Domain.Specs.EmptyingOption EmptyingOf(INamedTypeSymbol? repositoryProps)
            => repositoryProps is null ? EcrGen.Domain.Specs.EmptyingOption.None
                : !repositoryProps.GetMembers("EmptyOnDelete").IsEmpty ? EcrGen.Domain.Specs.EmptyingOption.EmptyOnDelete
                : !repositoryProps.GetMembers("AutoDeleteImages").IsEmpty ? EcrGen.Domain.Specs.EmptyingOption.AutoDeleteImages
                : EcrGen.Domain.Specs.EmptyingOption.None;

        /// <summary>Amazon.CDK.Lib.</summary>
        public IAssemblySymbol CdkAssembly { get; }

        public INamedTypeSymbol Repository { get; }

        public INamedTypeSymbol? RepositoryBase { get; }

        public INamedTypeSymbol? IRepository { get; }

        public INamedTypeSymbol? RepositoryProps { get; }

        public INamedTypeSymbol? LifecycleRule { get; }

        public INamedTypeSymbol? TagStatus { get; }

        public INamedTypeSymbol? TagMutability { get; }

        public INamedTypeSymbol? RepositoryEncryption { get; }

        public INamedTypeSymbol? RemovalPolicy { get; }

        public INamedTypeSymbol? Duration { get; }

        public INamedTypeSymbol? CfnParameter { get; }

        public INamedTypeSymbol? Token { get; }

        public INamedTypeSymbol? Fn { get; }

        public INamedTypeSymbol? Lazy { get; }

        public INamedTypeSymbol? EcrImageCodeProps { get; }

        public INamedTypeSymbol? DockerImageCode { get; }

        public INamedTypeSymbol? Code { get; }

        public INamedTypeSymbol? EcrImageCode { get; }

        public INamedTypeSymbol? AssetImageCode { get; }

        public INamedTypeSymbol? Function { get; }

        public INamedTypeSymbol? FunctionProps { get; }


        /// <summary>The options of <c>Repository.FromLookup</c> (Amazon.CDK.Lib 2.187.0+).</summary>
        public INamedTypeSymbol? RepositoryLookupOptions { get; }

        public INamedTypeSymbol? Handler { get; }

        public INamedTypeSymbol? Runtime { get; }

        public INamedTypeSymbol? ContainerImage { get; }

        public INamedTypeSymbol? TagParameterContainerImage { get; }

        /// <summary>An image named by a string, <c>ContainerImage.FromRegistry</c>'s result (T1).</summary>
        public INamedTypeSymbol? RepositoryImage { get; }

        /// <summary><c>FromRegistry</c>'s props: its <c>Credentials</c> (T1).</summary>
        public INamedTypeSymbol? RepositoryImageProps { get; }

        public INamedTypeSymbol? AnyPrincipal { get; }

        public INamedTypeSymbol? StarPrincipal { get; }

        public INamedTypeSymbol? ArnPrincipal { get; }

        public INamedTypeSymbol? PolicyStatement { get; }

        public INamedTypeSymbol? PolicyStatementProps { get; }

        public INamedTypeSymbol? PolicyDocument { get; }

        public INamedTypeSymbol? PolicyDocumentProps { get; }

        /// <summary>The L1 registry policy's props: its <c>PolicyText</c> (S1).</summary>
        public INamedTypeSymbol? CfnRegistryPolicyProps { get; }

        /// <summary>The L1 repository's props: its <c>RepositoryPolicyText</c> (S1).</summary>
        public INamedTypeSymbol? CfnRepositoryProps { get; }

        public INamedTypeSymbol? Effect { get; }

        /// <summary><c>Repository.FromRepositoryAttributes</c>' props (I13, W5).</summary>
        public INamedTypeSymbol? RepositoryAttributes { get; }

        /// <summary>An image asset, whose <c>Repository</c> is imported by name (W5).</summary>
        public INamedTypeSymbol? DockerImageAsset { get; }

        /// <summary>The Docker platform of an image asset (<c>Amazon.CDK.AWS.Ecr.Assets.Platform_</c>; W9).</summary>
        public INamedTypeSymbol? DockerPlatform { get; }

        public INamedTypeSymbol? DockerImageFunction { get; }

        public INamedTypeSymbol? DockerImageFunctionProps { get; }

        public INamedTypeSymbol? AssetImageCodeProps { get; }

        /// <summary>A Lambda function's architecture (W9).</summary>
        public INamedTypeSymbol? Architecture { get; }

        /// <summary>The base of the IAM principals that have no identity policy of their own (W5).</summary>
        public INamedTypeSymbol? PrincipalBase { get; }

        /// <summary>A principal that wraps another and adds to its identity policy (W5: not known to have none).</summary>
        public INamedTypeSymbol? PrincipalWithConditions { get; }

        /// <summary>A principal that wraps another and adds to its identity policy (W5: not known to have none).</summary>
        public INamedTypeSymbol? SessionTagsPrincipal { get; }

        public INamedTypeSymbol? Stack { get; }

        public INamedTypeSymbol? StackProps { get; }

        /// <summary><c>Amazon.CDK.Environment</c>: a stack's account and region (I13).</summary>
        public INamedTypeSymbol? Environment { get; }

        /// <summary>
        /// The CDK release the user references, as jsii records it (<c>[JsiiAssembly("aws-cdk-lib", "2.160.0", ...)]</c>; the .NET
        /// assembly version is always 1.0.0.0), else the assembly version.
        /// </summary>
        public string CdkVersion
        {
            get
            {
                foreach (var attribute in CdkAssembly.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == "JsiiAssemblyAttribute"
                        && attribute.ConstructorArguments.Length >= 2
                        && attribute.ConstructorArguments[1].Value is string version)
                    {
                        return version;
                    }
                }

                return CdkAssembly.Identity.Version.ToString();
            }
        }

        /// <summary>Resolves the CDK symbols; <c>false</c> (and nothing allocated) when Amazon.CDK.Lib is not referenced.</summary>
        public static bool TryCreate(Compilation compilation, out CdkSymbols symbols)
        {
            var repository = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.Repository");
            if (repository is null)
            {
                symbols = null!;
                return false;
            }

            symbols = new CdkSymbols(compilation, repository);
            return true;
        }

        /// <summary>Whether <paramref name="type"/> is <paramref name="expected"/> (both may be null: then false).</summary>
        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
            => expected is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>Whether <paramref name="type"/> is or derives from <paramref name="baseType"/>.</summary>
        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is an ECR repository type (a class deriving from RepositoryBase, or IRepository).</summary>
        public bool IsRepositoryType(ITypeSymbol? type)
            => type is not null && (DerivesFrom(type, RepositoryBase) || Is(type, IRepository) || DerivesFrom(type, Repository));

        /// <summary>Whether <paramref name="symbol"/> is defined in Amazon.CDK.Lib.</summary>
        public bool IsCdk(ISymbol? symbol)
            => symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, CdkAssembly);
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;

namespace EcrGen.SourceGenerators.Diagnostics
{
    /// <summary>
    /// The one catalogue of EcrGen diagnostics: one descriptor per <see cref="RuleIds"/> id, declared with its row of the rule
    /// catalogue (<c>docs/rules/catalogue.md</c>):
    /// <list type="bullet">
    /// <item><c>ECR0xxx</c> (<see cref="UsageCategory"/>): EcrGen's own attribute rules G1–G6, and G7 (opt-in: a repository that can be converted).</item>
    /// <item><c>ECR1xxx</c> (<see cref="RepositoryCategory"/>): repository rules R1–R9, N2, N3 (newer CDKs), T18, T19 (L1 policy texts) and the registry resources T13–T16.</item>
    /// <item><c>ECR2xxx</c> (<see cref="LifecycleCategory"/>): lifecycle rules L1–L17 (L12 and L13 are behaviour: no diagnostic), and T11, T17 (L1 lifecycle policy texts).</item>
    /// <item><c>ECR3xxx</c> (<see cref="ImageCategory"/>): image tag/digest rules I1–I13 (I7 is coverage: the I-rules are reported at
    /// every entry point it lists; no diagnostic of its own).</item>
    /// <item><c>ECR4xxx</c> (<see cref="SecurityCategory"/>): the opt-in security pack S1–S5, disabled by default.</item>
    /// </list>
    /// Severity: <see cref="DiagnosticSeverity.Error"/> where the CDK throws at synth or ECR/CloudFormation rejects the deployment;
    /// <see cref="DiagnosticSeverity.Warning"/> for silent traps and deprecations; <see cref="DiagnosticSeverity.Info"/> for facts
    /// that are only sometimes a mistake. Every descriptor's help link is <c>docs/rules/ECRnnnn.md</c>; its category follows from its id.
    /// </summary>
    /// <remarks>
    /// <para>
    /// What the diagnostics carry for the code fixes (<see cref="Diagnostic.Properties"/>), the one contract between them: the
    /// repairs come from the domain rule that found the problem (<c>FixHint</c>), and the fixes only find the syntax to change.
    /// Every key is optional unless stated:
    /// </para>
    /// <list type="table">
    /// <item><term><see cref="RuleIdKey"/> ("RuleId")</term><description>always: the catalogue row, e.g. <c>"L2"</c>.</description></item>
    /// <item><term><see cref="OptionKey"/> ("Option")</term><description>the option the diagnostic is reported on, by its CDK name
    /// (<c>"TagOrDigest"</c>, <c>"RepositoryName"</c>, <c>"MaxImageAge"</c>); empty when it concerns the whole object.</description></item>
    /// <item><term><see cref="AttributeOptionKey"/> ("AttributeOption")</term><description>on attributes: the attribute property
    /// or constructor parameter written (<c>"MaxImageAgeDays"</c>, <c>"EncryptionKeyArn"</c>, <c>"repositoryName"</c>).</description></item>
    /// <item><term><see cref="SourceKey"/> ("Source")</term><description>always: <see cref="SourceAttribute"/> when reported on an
    /// EcrGen attribute, <see cref="SourceCode"/> on hand-written CDK code (the fix's syntax differs).</description></item>
    /// <item><term><see cref="IndexKey"/> ("Index")</term><description>lifecycle rules: the 0-based index of the rule within its
    /// repository, invariant culture.</description></item>
    /// <item><term><see cref="SuggestedValueKey"/> ("SuggestedValue")</term><description>the corrected value as a plain string (not
    /// a C# literal), when it is mechanical: the digest with <c>sha256:</c> (I1, I2, I10), the lower-cased repository name (R2),
    /// the enum member to write (<c>"DESTROY"</c> for R3/R4, <c>"TAGGED"</c> for L2, <c>"FROM_IMAGE"</c> for I12).</description></item>
    /// <item><term><see cref="SuggestedOptionKey"/> ("SuggestedOption")</term><description>the option the fix writes or renames to:
    /// <c>"TagOrDigest"</c> (I6, rename <c>Tag</c>), <c>"RemovalPolicy"</c> (R3, R4), <c>"TagStatus"</c> (L2),
    /// <c>"Handler"</c>/<c>"Runtime"</c> (I12).</description></item>
    /// <item><term><see cref="RemoveOptionKey"/> ("RemoveOption")</term><description>the conflicting option a fix may delete
    /// (I5: <c>"Tag"</c>; L4: <c>"TagPatternList"</c>; R8: <c>"AutoDeleteImages"</c>; L1: <c>"MaxImageAge"</c>).</description></item>
    /// <item><term><see cref="KeepOptionKey"/> ("KeepOption")</term><description>with <see cref="RemoveOptionKey"/>: the option it
    /// conflicts with, which stays (I5: <c>"TagOrDigest"</c>; R8: <c>"EmptyOnDelete"</c>).</description></item>
    /// <item><term><see cref="RemoveEitherKey"/> ("RemoveEither")</term><description><c>"true"</c> when deleting the
    /// <see cref="KeepOptionKey"/> option instead is an equal repair (L1, L4): the fix offers both.</description></item>
    /// <item><term><see cref="ReasonKey"/> ("Reason")</term><description>G1: <see cref="ReasonNotPartial"/>,
    /// <see cref="ReasonContainingTypeNotPartial"/> (both fixable by adding <c>partial</c>), <see cref="ReasonGeneric"/>,
    /// <see cref="ReasonStatic"/>, <see cref="ReasonFileLocal"/>, <see cref="ReasonPrimaryConstructor"/>, <see cref="ReasonReservedName"/>.</description></item>
    /// </list>
    /// </remarks>
    internal static class DiagnosticDescriptors
    {
        /// <summary>The base of every help link; the rule id and <c>.md</c> follow.</summary>
        public const string HelpLinkBase = ProjectAddress.Url + "/blob/main/docs/rules/";

        public const string UsageCategory = "EcrGen.Usage";
        public const string RepositoryCategory = "EcrGen.Repository";
        public const string LifecycleCategory = "EcrGen.Lifecycle";
        public const string ImageCategory = "EcrGen.Image";
        public const string SecurityCategory = "EcrGen.Security";

        // ---- Diagnostic.Properties keys (see the remarks above) ----
        public const string RuleIdKey = "RuleId";
        public const string OptionKey = "Option";
        public const string AttributeOptionKey = "AttributeOption";
        public const string SourceKey = "Source";
        public const string IndexKey = "Index";
        public const string SuggestedValueKey = "SuggestedValue";
        public const string SuggestedOptionKey = "SuggestedOption";
        public const string RemoveOptionKey = "RemoveOption";
        public const string KeepOptionKey = "KeepOption";
        public const string RemoveEitherKey = "RemoveEither";
        public const string ReasonKey = "Reason";

        public const string SourceAttribute = "Attribute";
        public const string SourceCode = "Code";

        public const string ReasonNotPartial = "NotPartial";
        public const string ReasonContainingTypeNotPartial = "ContainingTypeNotPartial";
        public const string ReasonGeneric = "Generic";
        public const string ReasonStatic = "Static";
        public const string ReasonFileLocal = "FileLocal";
        public const string ReasonPrimaryConstructor = "PrimaryConstructor";
        public const string ReasonReservedName = "ReservedName";

        // Filled by Create as the descriptors below are initialized; C# runs static field initializers in textual order, so
        // these two come first and All (at the end) sees every descriptor. DescriptorTests checks All against the fields.
        private static readonly List<DiagnosticDescriptor> Declared = new List<DiagnosticDescriptor>();
        private static readonly Dictionary<string, string> CatalogueRows = new Dictionary<string, string>(System.StringComparer.Ordinal);

        // ================= ECR0xxx: EcrGen attribute usage (G1–G6) =================

        /// <summary>G1: an <c>[EcrRepository]</c> class must be partial (with every containing type), not generic, not static.</summary>
        public static readonly DiagnosticDescriptor ClassShape = Create(
            RuleIds.ClassShape, "G1", DiagnosticSeverity.Error,
            "[EcrRepository] class must be partial, non-generic and non-static",
            "'{0}' {1}; EcrGen generates nothing for it",
            "The generator adds a constructor and members to the [EcrRepository] class in a file of its own, so the class and every type that contains it must be partial and not file-local, and the class cannot be generic or static, declare a primary constructor, or be named like a generated member.");

        /// <summary>G2: the class may only derive from <c>Amazon.CDK.AWS.ECR.Repository</c> (or nothing).</summary>
        public static readonly DiagnosticDescriptor BaseClass = Create(
            RuleIds.BaseClass, "G2", DiagnosticSeverity.Error,
            "[EcrRepository] class may only derive from Amazon.CDK.AWS.ECR.Repository",
            "'{0}' {1}; an [EcrRepository] class may only derive from Amazon.CDK.AWS.ECR.Repository (or declare no base class) and cannot be a record",
            "The generated class is an Amazon.CDK.AWS.ECR.Repository: it calls the Repository constructor, which another base class does not have.");

        /// <summary>G3: <c>[LifecycleRule]</c>, <c>[TagParameterImage]</c>, <c>[EcrImageCode]</c>, <c>[ContainerImage]</c> need <c>[EcrRepository]</c>.</summary>
        public static readonly DiagnosticDescriptor MissingEcrRepository = Create(
            RuleIds.MissingEcrRepository, "G3", DiagnosticSeverity.Warning,
            "EcrGen attribute needs [EcrRepository] on the same class",
            "[{0}] on '{1}' is ignored because the class has no [EcrRepository]",
            "[LifecycleRule], [TagParameterImage], [EcrImageCode] and [ContainerImage] describe parts of the repository declared by [EcrRepository] on the same class; without it nothing is generated.");

        /// <summary>G4: image names unique per class and valid C# identifiers.</summary>
        public static readonly DiagnosticDescriptor ImageName = Create(
            RuleIds.ImageName, "G4", DiagnosticSeverity.Error,
            "Image name must be a unique, valid C# identifier",
            "{0}",
            "The name of an [EcrImageCode] or [ContainerImage] becomes the prefix of generated members ({Name}Code(), {Name}CodeProps(), {Name}Image()), so it must be a valid C# identifier and must not produce a member that already exists.");

        /// <summary>G5: an option that the referenced Amazon.CDK.Lib cannot express.</summary>
        public static readonly DiagnosticDescriptor OptionNotInCdk = Create(
            RuleIds.OptionNotInCdk, "G5", DiagnosticSeverity.Warning,
            "Option not supported by the referenced Amazon.CDK.Lib",
            "'{0}' needs '{1}', which the referenced Amazon.CDK.Lib {2} does not have; the option is not generated",
            "EcrGen generates only CDK members that exist in the Amazon.CDK.Lib version the project references. An option that needs a newer CDK is reported instead of being silently dropped; update Amazon.CDK.Lib or remove the option.");

        /// <summary>G6: EcrGen attributes used, Amazon.CDK.Lib not referenced.</summary>
        public static readonly DiagnosticDescriptor CdkNotReferenced = Create(
            RuleIds.CdkNotReferenced, "G6", DiagnosticSeverity.Error,
            "Amazon.CDK.Lib is not referenced",
            "EcrGen attributes are used but the project does not reference Amazon.CDK.Lib, so no code is generated; add a PackageReference to Amazon.CDK.Lib",
            "EcrGen generates AWS CDK code; a project that uses its attributes must reference Amazon.CDK.Lib.");

        /// <summary>
        /// G7 (opt-in): a hand-written repository with an exact attribute form. Not a mistake: it exists so that
        /// <c>dotnet format</c> (which applies code fixes, not refactorings) can convert a whole project.
        /// </summary>
        public static readonly DiagnosticDescriptor ConvertibleRepository = Create(
            RuleIds.ConvertibleRepository, "G7", DiagnosticSeverity.Info,
            "Repository can be converted to an EcrGen class",
            "Repository '{0}' can be an EcrGen class, with its {1} and {2}: \"Convert to EcrGen\" keeps the template",
            "Off by default. Turned on in .editorconfig, it marks every 'new Repository(...)' that \"Convert to EcrGen\" can turn into an [EcrRepository] class with the template unchanged, so that 'dotnet format analyzers --diagnostics ECR0007' converts them all, each class beside its stack.",
            enabledByDefault: false);

        // ================= ECR1xxx: repository (R1–R9) =================

        public static readonly DiagnosticDescriptor RepositoryNameLength = Create(
            RuleIds.RepositoryNameLength, "R1", DiagnosticSeverity.Error,
            "Repository name must be 2 to 256 characters long", "{0}",
            "The CDK throws 'Invalid ECR repository name' at synth for a RepositoryName shorter than 2 or longer than 256 characters (aws-ecr/lib/repository.ts validateRepositoryName).");

        public static readonly DiagnosticDescriptor RepositoryNamePattern = Create(
            RuleIds.RepositoryNamePattern, "R2", DiagnosticSeverity.Error,
            "Repository name must match ECR's name pattern", "{0}",
            "A repository name is lowercase letters and digits in components separated by '.', '_', '-' or '/', without leading, trailing or doubled separators; the CDK throws at synth otherwise (aws-ecr/lib/repository.ts validateRepositoryName).");

        public static readonly DiagnosticDescriptor EmptyOnDeleteNeedsDestroy = Create(
            RuleIds.EmptyOnDeleteNeedsDestroy, "R3", DiagnosticSeverity.Error,
            "EmptyOnDelete needs RemovalPolicy.DESTROY", "{0}",
            "The CDK throws \"Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'\" at synth (aws-ecr/lib/repository.ts constructor).");

        public static readonly DiagnosticDescriptor AutoDeleteImagesNeedsDestroy = Create(
            RuleIds.AutoDeleteImagesNeedsDestroy, "R4", DiagnosticSeverity.Error,
            "AutoDeleteImages needs RemovalPolicy.DESTROY", "{0}",
            "The deprecated AutoDeleteImages needs RemovalPolicy.DESTROY like EmptyOnDelete, and the CDK throws otherwise; prefer EmptyOnDelete (aws-ecr/lib/repository.ts).");

        public static readonly DiagnosticDescriptor EncryptionKeyNeedsKms = Create(
            RuleIds.EncryptionKeyNeedsKms, "R5", DiagnosticSeverity.Error,
            "An encryption key needs KMS encryption", "{0}",
            "The CDK throws \"encryptionKey is specified, so 'encryption' must be set to KMS\" at synth (aws-ecr/lib/repository.ts parseEncryption).");

        public static readonly DiagnosticDescriptor LifecycleRegistryId = Create(
            RuleIds.LifecycleRegistryId, "R6", DiagnosticSeverity.Error,
            "LifecycleRegistryId must be a 12-digit account id", "{0}",
            "CloudFormation rejects a RegistryId that does not match ^[0-9]{12}$ at deploy (AWS::ECR::Repository schema).");

        public static readonly DiagnosticDescriptor UnknownTagMutability = Create(
            RuleIds.UnknownTagMutability, "R7", DiagnosticSeverity.Error,
            "ImageTagMutability value is not defined by the referenced CDK", "{0}",
            "Only the TagMutability members of the referenced Amazon.CDK.Lib can be passed to the CDK; a cast number names no member.");

        public static readonly DiagnosticDescriptor EmptyOnDeleteAndAutoDelete = Create(
            RuleIds.EmptyOnDeleteAndAutoDelete, "R8", DiagnosticSeverity.Warning,
            "EmptyOnDelete and AutoDeleteImages must not both be set", "{0}",
            "When EmptyOnDelete is set, even to false, the CDK silently ignores AutoDeleteImages (aws-ecr/lib/repository.ts constructor).");

        public static readonly DiagnosticDescriptor ExclusionFilters = Create(
            RuleIds.ExclusionFilters, "R9", DiagnosticSeverity.Error,
            "Tag mutability exclusion filters are invalid", "{0}",
            "In CDKs that have them, exclusion filters need a *_WITH_EXCLUSION mutability (and vice versa), 1 to 5 filters of at most 128 characters of [0-9a-zA-Z._*-]; the CDK throws otherwise.");

        public static readonly DiagnosticDescriptor DestroyWithoutEmptyOnDelete = Create(
            RuleIds.DestroyWithoutEmptyOnDelete, "W3", DiagnosticSeverity.Warning,
            "RemovalPolicy.DESTROY needs EmptyOnDelete to delete a repository that holds images", "{0}",
            "CloudFormation deletes an ECR repository only when it is empty; with RemovalPolicy.DESTROY and neither EmptyOnDelete nor AutoDeleteImages, deleting the stack fails once an image was pushed.");

        public static readonly DiagnosticDescriptor RepositoryArn = Create(
            RuleIds.RepositoryArn, "W6", DiagnosticSeverity.Error,
            "Repository.FromRepositoryArn needs a constant repository ARN", "{0}",
            "FromRepositoryArn reads the repository name out of the ARN at synth time: a token ARN (a CfnParameter, Fn.ImportValue, another construct's ARN) or a text that is not 'arn:<partition>:ecr:<region>:<account>:repository/<name>' makes the CDK throw (aws-ecr/lib/repository.ts fromRepositoryArn) or names no repository.");

        public static readonly DiagnosticDescriptor PolicyOnImportedRepository = Create(
            RuleIds.PolicyOnImportedRepository, "W5", DiagnosticSeverity.Warning,
            "Resource policy change on an imported repository is dropped", "{0}",
            "A repository from Repository.FromRepositoryName, FromRepositoryArn, FromRepositoryAttributes or FromLookup is not managed by the stack: its AddToResourcePolicy returns StatementAdded = false and adds nothing, and a Grant* to a principal without an identity policy of its own (a service, account or any principal) can only go there, so it is dropped too (aws-ecr/lib/repository.ts import classes; aws-iam/lib/grant.ts addToPrincipalOrResource).");

        public static readonly DiagnosticDescriptor ResourcePolicyStatement = Create(
            RuleIds.ResourcePolicyStatement, "W7", DiagnosticSeverity.Error,
            "A repository policy statement needs an action and a principal", "{0}",
            "Repository validates its resource policy at synth (aws-iam/lib/policy-statement.ts validateForResourcePolicy): a statement with neither actions nor not-actions, or with no principal, makes the CDK throw.");

        public static readonly DiagnosticDescriptor DualLayerEncryption = Create(
            RuleIds.DualLayerEncryption, "N2", DiagnosticSeverity.Error,
            "KMS_DSSE encryption is not supported by the L2 Repository", "{0}",
            "Amazon.CDK.Lib 2.182.0 and newer have RepositoryEncryption.KMS_DSSE, but the L2 Repository's parseEncryption accepts only AES_256 and KMS and throws \"Unexpected 'encryptionType'\" at synth.");

        public static readonly DiagnosticDescriptor RepositoryLookup = Create(
            RuleIds.RepositoryLookup, "N3", DiagnosticSeverity.Error,
            "Repository.FromLookup needs a constant name or ARN", "{0}",
            "Amazon.CDK.Lib 2.187.0 and newer: Repository.FromLookup throws at synth for a tokenized RepositoryName or RepositoryArn, and when neither is given (aws-ecr/lib/repository.ts fromLookup).");

        public static readonly DiagnosticDescriptor RepositoryPolicyResource = Create(
            RuleIds.RepositoryPolicyResource, "T18", DiagnosticSeverity.Error,
            "A repository policy statement cannot have a Resource", "{0}",
            "A repository policy applies to its own repository: ECR rejects a statement with a Resource or NotResource element at deploy (\"Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'\"). The L2 AddToResourcePolicy only warns at synth (aws-ecr/lib/repository.ts, @aws-cdk/aws-ecr:noResourceStatements); CfnRepository's RepositoryPolicyText is not checked at all.");

        public static readonly DiagnosticDescriptor RepositoryPolicyTextInvalid = Create(
            RuleIds.RepositoryPolicyTextInvalid, "T19", DiagnosticSeverity.Error,
            "Repository policy text is not a JSON policy", "{0}",
            "CfnRepository passes RepositoryPolicyText to CloudFormation as written; a text that is not JSON, or not a policy object with a Statement, makes ECR reject the deployment (\"Invalid repository policy provided\").");

        public static readonly DiagnosticDescriptor ReplicationConfiguration = Create(
            RuleIds.ReplicationConfiguration, "T13", DiagnosticSeverity.Error,
            "Replication configuration that ECR rejects or overwrites", "{0}",
            "A registry (account and Region) has one replication configuration with at most 25 rules; each destination names a 12-digit account and a Region, each filter is a PREFIX_MATCH repository-name prefix. A second CfnReplicationConfiguration on the same scope configures the same registry, and only one survives (CloudFormation schema AWS::ECR::ReplicationConfiguration; ECR user guide, private image replication).");

        public static readonly DiagnosticDescriptor PullThroughCacheRule = Create(
            RuleIds.PullThroughCacheRule, "T14", DiagnosticSeverity.Error,
            "Pull through cache rule that ECR rejects", "{0}",
            "Docker Hub, GitHub Container Registry, GitLab Container Registry, Azure Container Registry and Chainguard need a CredentialArn, the ARN of a Secrets Manager secret named ecr-pullthroughcache/...; the EcrRepositoryPrefix is ROOT or 2 to 30 characters of lowercase path segments; UpstreamRegistry names the registry of UpstreamRegistryUrl (ECR user guide, pull through cache; CloudFormation schema AWS::ECR::PullThroughCacheRule).");

        public static readonly DiagnosticDescriptor RepositoryCreationTemplate = Create(
            RuleIds.RepositoryCreationTemplate, "T15", DiagnosticSeverity.Error,
            "Repository creation template that ECR rejects or cannot apply", "{0}",
            "A template's Prefix is ROOT or lowercase path segments; AppliedFor lists PULL_THROUGH_CACHE, REPLICATION or CREATE_ON_PUSH; resource tags or a KMS key need a CustomRoleArn that ECR assumes to create the repository; a policy text is not empty (CloudFormation schema AWS::ECR::RepositoryCreationTemplate; ECR user guide, repository creation templates).");

        public static readonly DiagnosticDescriptor RegistryScanningConfiguration = Create(
            RuleIds.RegistryScanningConfiguration, "T16", DiagnosticSeverity.Error,
            "Registry scanning configuration that ECR rejects", "{0}",
            "ScanType is BASIC or ENHANCED; ENHANCED scans SCAN_ON_PUSH or CONTINUOUS_SCAN, BASIC SCAN_ON_PUSH or MANUAL; at most 2 rules of at most 100 WILDCARD filters (ECR API PutRegistryScanningConfiguration; CloudFormation schema AWS::ECR::RegistryScanningConfiguration).");

        public static readonly DiagnosticDescriptor AutoDeleteImagesDeprecated = Create(
            RuleIds.AutoDeleteImagesDeprecated, "T10", DiagnosticSeverity.Warning,
            "AutoDeleteImages is deprecated: use EmptyOnDelete", "{0}",
            "AutoDeleteImages empties the repository through a custom resource (a Lambda function and an IAM role in the stack); the CDK deprecates it for EmptyOnDelete, a property of the repository that CloudFormation applies itself (aws-ecr/lib/repository.ts). Reported only where the referenced CDK has EmptyOnDelete.");

        // ================= ECR2xxx: lifecycle (L1–L17) =================

        public static readonly DiagnosticDescriptor CountOrAge = Create(
            RuleIds.CountOrAge, "L1", DiagnosticSeverity.Error,
            "A lifecycle rule needs exactly one of MaxImageCount and MaxImageAge", "{0}",
            "The CDK throws \"Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount'\" at synth (aws-ecr/lib/repository.ts addLifecycleRule).");

        public static readonly DiagnosticDescriptor ListsNeedTagged = Create(
            RuleIds.ListsNeedTagged, "L2", DiagnosticSeverity.Error,
            "TagPrefixList and TagPatternList need TagStatus.TAGGED", "{0}",
            "The CDK throws \"tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged\" at synth (aws-ecr/lib/repository.ts addLifecycleRule).");

        public static readonly DiagnosticDescriptor TaggedNeedsList = Create(
            RuleIds.TaggedNeedsList, "L3", DiagnosticSeverity.Error,
            "TagStatus.TAGGED needs a tag prefix or pattern list", "{0}",
            "The CDK throws \"TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList\" at synth (aws-ecr/lib/repository.ts addLifecycleRule).");

        public static readonly DiagnosticDescriptor BothLists = Create(
            RuleIds.BothLists, "L4", DiagnosticSeverity.Error,
            "TagPrefixList and TagPatternList cannot be combined", "{0}",
            "The CDK throws \"Both tagPrefixList and tagPatternList cannot be specified together in a rule\" at synth (aws-ecr/lib/repository.ts addLifecycleRule).");

        public static readonly DiagnosticDescriptor TooManyWildcards = Create(
            RuleIds.TooManyWildcards, "L5", DiagnosticSeverity.Error,
            "A tag pattern has at most four wildcards", "{0}",
            "The CDK throws \"A tag pattern cannot contain more than four wildcard characters (*)\" at synth (aws-ecr/lib/repository.ts addLifecycleRule; ECR user guide).");

        public static readonly DiagnosticDescriptor OneAnyRule = Create(
            RuleIds.OneAnyRule, "L6", DiagnosticSeverity.Error,
            "At most one TagStatus.ANY rule per repository", "{0}",
            "The CDK throws \"Life cycle can only have one TagStatus.Any rule\" at synth (aws-ecr/lib/repository.ts addLifecycleRule).");

        public static readonly DiagnosticDescriptor AnyRuleHighestPriority = Create(
            RuleIds.AnyRuleHighestPriority, "L7", DiagnosticSeverity.Error,
            "The TagStatus.ANY rule must have the highest priority", "{0}",
            "The CDK throws \"TagStatus.Any rule must have highest priority\" at synth (aws-ecr/lib/repository.ts renderLifecyclePolicy).");

        public static readonly DiagnosticDescriptor PrioritizedAnyWithUnprioritized = Create(
            RuleIds.PrioritizedAnyWithUnprioritized, "L8", DiagnosticSeverity.Error,
            "A prioritized TagStatus.ANY rule cannot be combined with unprioritized rules", "{0}",
            "The CDK throws \"Cannot combine prioritized TagStatus.Any rule with unprioritized rules\" at synth (aws-ecr/lib/repository.ts renderLifecyclePolicy).");

        public static readonly DiagnosticDescriptor DuplicatePriority = Create(
            RuleIds.DuplicatePriority, "L9", DiagnosticSeverity.Error,
            "Lifecycle rule priorities must be unique", "{0}",
            "The CDK accepts duplicate rule priorities, and ECR rejects the lifecycle policy at deploy (ECR user guide: rulePriority must be unique).");

        public static readonly DiagnosticDescriptor AgeWholeDays = Create(
            RuleIds.AgeWholeDays, "L10", DiagnosticSeverity.Error,
            "MaxImageAge must be a whole number of days", "{0}",
            "The CDK throws \"cannot be converted into a whole number of days\" at synth (Duration.toDays).");

        public static readonly DiagnosticDescriptor CountAgeAtLeastOne = Create(
            RuleIds.CountAgeAtLeastOne, "L11", DiagnosticSeverity.Error,
            "MaxImageCount and MaxImageAge must be at least 1", "{0}",
            "The CDK accepts a count or age below 1, and ECR rejects the lifecycle policy at deploy (countNumber minimum 1).");

        public static readonly DiagnosticDescriptor ImplicitAnyRule = Create(
            RuleIds.ImplicitAnyRule, "L14", DiagnosticSeverity.Error,
            "A rule without TagStatus or tag lists is a TagStatus.ANY rule", "{0}",
            "A rule with neither list and no TagStatus defaults to ANY, so two such rules are two ANY rules and the CDK throws \"Life cycle can only have one TagStatus.Any rule\" (aws-ecr/lib/repository.ts addLifecycleRule defaults).");

        public static readonly DiagnosticDescriptor PriorityPositive = Create(
            RuleIds.PriorityPositive, "L15", DiagnosticSeverity.Error,
            "RulePriority must be a positive integer", "{0}",
            "The CDK accepts 0, negative and fractional priorities, and ECR rejects the lifecycle policy at deploy (ECR user guide).");

        public static readonly DiagnosticDescriptor PolicyTooLarge = Create(
            RuleIds.PolicyTooLarge, "L16", DiagnosticSeverity.Warning,
            "Lifecycle policy exceeds ECR's limits", "{0}",
            "A lifecycle policy holds at most 50 rules and its text at most 30,720 characters (ECR quotas; AWS::ECR::Repository LifecyclePolicyText).");

        public static readonly DiagnosticDescriptor DeployTimeValue = Create(
            RuleIds.DeployTimeValue, "L17", DiagnosticSeverity.Warning,
            "Deploy-time value in a lifecycle rule", "{0}",
            "The CDK writes the lifecycle policy as JSON text at synth; a deploy-time token (a CfnParameter value) ends up literally in the text, which CloudFormation never resolves (aws-ecr/lib/repository.ts renderLifecyclePolicy).");

        public static readonly DiagnosticDescriptor ExpiresPinnedImage = Create(
            RuleIds.ExpiresPinnedImage, "W10", DiagnosticSeverity.Warning,
            "Lifecycle rule expires an image pinned by digest", "{0}",
            "ECR lifecycle policies do not know which images are in use: a rule that expires untagged images deletes a pinned image once its tag moves, and a TagStatus.ANY rule that keeps few images (or expires by age) deletes it after enough pushes or days; the function or service pinned to its digest then fails (aws/containers-roadmap#921).");

        public static readonly DiagnosticDescriptor LifecyclePolicyTextNotJson = Create(
            RuleIds.LifecyclePolicyTextNotJson, "T11", DiagnosticSeverity.Error,
            "Lifecycle policy text is not valid JSON", "{0}",
            "CfnRepository passes LifecyclePolicy.LifecyclePolicyText to CloudFormation as written, and ECR rejects a text that is not JSON at deploy; the CDK does not read it.");

        public static readonly DiagnosticDescriptor LifecyclePolicyTextSchema = Create(
            RuleIds.LifecyclePolicyTextSchema, "T17", DiagnosticSeverity.Error,
            "Lifecycle policy text has an unknown key or value, or misses a required one", "{0}",
            "ECR validates a lifecycle policy text against its policy schema at deploy (\"Lifecycle policy validation failure: ...\"): only the keys of the ECR user guide's lifecycle policy properties, their values (tagStatus tagged|untagged|any, countType imageCountMoreThan|sinceImagePushed|sinceImagePulled|sinceImageTransitioned, countUnit days only with an age, action type expire|transition), and rulePriority, selection, tagStatus, countType, countNumber and action type present.");

        public static readonly DiagnosticDescriptor AllTagsSelected = Create(
            RuleIds.AllTagsSelected, "T12", DiagnosticSeverity.Info,
            "A tag list of several entries selects only images that carry all of them", "{0}",
            "ECR applies a lifecycle rule whose TagPrefixList or TagPatternList holds several entries only to the images that carry all of them, a tag matching each (aws-ecr/lib/lifecycle.ts; ECR user guide, lifecycle policy properties); one rule per entry selects the images that match any of them. Info: the AND is sometimes meant.");

        // ================= ECR3xxx: images (I1–I13, W1, W2) =================

        public static readonly DiagnosticDescriptor DigestWithoutPrefix = Create(
            RuleIds.DigestWithoutPrefix, "I1", DiagnosticSeverity.Warning,
            "Digest without 'sha256:' is used as a tag", "{0}",
            "RepositoryUriForTagOrDigest treats a value as a digest only when it starts with 'sha256:'; a bare 64-hex digest is used as a tag and pulls an image that does not exist (aws-ecr/lib/repository.ts repositoryUriForTagOrDigest).");

        public static readonly DiagnosticDescriptor UriForDigestNeedsDigest = Create(
            RuleIds.UriForDigestNeedsDigest, "I2", DiagnosticSeverity.Error,
            "RepositoryUriForDigest needs a 'sha256:' digest", "{0}",
            "RepositoryUriForDigest builds 'uri@digest' without checking, so a tag or a digest without 'sha256:' makes an invalid image URI that fails at deploy (aws-ecr/lib/repository.ts repositoryUriForDigest).");

        public static readonly DiagnosticDescriptor MalformedDigest = Create(
            RuleIds.MalformedDigest, "I3", DiagnosticSeverity.Error,
            "Malformed sha256 digest", "{0}",
            "'sha256:' must be followed by exactly 64 lowercase hexadecimal characters (OCI image spec, digest grammar).");

        public static readonly DiagnosticDescriptor InvalidTag = Create(
            RuleIds.InvalidTag, "I4", DiagnosticSeverity.Error,
            "Invalid image tag", "{0}",
            "An image tag matches [A-Za-z0-9_][A-Za-z0-9._-]{0,127}: no spaces, ':', '@' or '/' (OCI distribution spec; ECR imageTag).");

        public static readonly DiagnosticDescriptor TagAndTagOrDigest = Create(
            RuleIds.TagAndTagOrDigest, "I5", DiagnosticSeverity.Warning,
            "Tag and TagOrDigest are both set", "{0}",
            "EcrImageCode uses tagOrDigest ?? tag ?? 'latest', so Tag is silently ignored when TagOrDigest is set (aws-lambda/lib/code.ts EcrImageCode.bind).");

        public static readonly DiagnosticDescriptor DeprecatedTag = Create(
            RuleIds.DeprecatedTag, "I6", DiagnosticSeverity.Warning,
            "EcrImageCodeProps.Tag is deprecated; use TagOrDigest", "{0}",
            "EcrImageCodeProps.Tag is deprecated and cannot take a digest; TagOrDigest takes both (aws-lambda/lib/code.ts).");

        public static readonly DiagnosticDescriptor TagParameterUnbound = Create(
            RuleIds.TagParameterUnbound, "I8", DiagnosticSeverity.Error,
            "TagParameterContainerImage parameter read without a container definition",
            "'{0}' of a TagParameterContainerImage that is never used by a container definition; the CDK throws at synth",
            "TagParameterName and TagParameterValue exist only once the image is bound into a container definition; the CDK throws \"TagParameterContainerImage must be used in a container definition when using tagParameterName\" (aws-ecs/lib/images/tag-parameter-container-image.ts).");

        public static readonly DiagnosticDescriptor ExecForm = Create(
            RuleIds.ExecForm, "I9", DiagnosticSeverity.Warning,
            "Cmd and Entrypoint are exec form: one element per argument", "{0}",
            "Lambda runs Cmd and Entrypoint in exec form, without a shell: an element such as \"python app.py\" is one program name with a space, and the container fails to start (aws-lambda/lib/code.ts).");

        public static readonly DiagnosticDescriptor TreatedAsTag = Create(
            RuleIds.TreatedAsTag, "I10", DiagnosticSeverity.Warning,
            "Value is treated as a tag, not a digest", "{0}",
            "The digest test is exactly startsWith('sha256:'): 'SHA256:…', 'sha512:…' and '@sha256:…' are used as tags, and an empty value yields a URI without a tag (aws-ecr/lib/repository.ts repositoryUriForTagOrDigest).");

        public static readonly DiagnosticDescriptor TagParameterBoundTwice = Create(
            RuleIds.TagParameterBoundTwice, "I11", DiagnosticSeverity.Warning,
            "TagParameterContainerImage bound into several container definitions",
            "This TagParameterContainerImage is already used by another container definition; its TagParameterName and TagParameterValue refer only to the last binding and the other parameters never get a value",
            "Each binding of a TagParameterContainerImage creates a new CfnParameter and TagParameterName/Value refer only to the last one (aws-ecs/lib/images/tag-parameter-container-image.ts). Create one image per container definition.");

        public static readonly DiagnosticDescriptor HandlerFromImage = Create(
            RuleIds.HandlerFromImage, "I12", DiagnosticSeverity.Error,
            "Image code needs Handler.FROM_IMAGE and Runtime.FROM_IMAGE",
            "A Function with image code needs {0} = {1}.FROM_IMAGE; the CDK throws at synth",
            "The CDK throws \"handler must be `Handler.FROM_IMAGE` when using image asset for Lambda function\" (and likewise for runtime) when a plain Function gets image code (aws-lambda/lib/function.ts). DockerImageFunction sets both for you.");

        public static readonly DiagnosticDescriptor ImportedRepository = Create(
            RuleIds.ImportedRepository, "I13", DiagnosticSeverity.Info,
            "Image code from a repository in another account", "{0}",
            "Lambda adds its own pull permission to the policy of a repository in the function's account, but not to one in another account, and the CDK's grant to lambda.amazonaws.com is dropped on an imported repository (aws-lambda/lib/code.ts EcrImageCode.bind); a repository imported from another account must already allow the function's account and Lambda to pull. Reported only when both accounts are known constants and differ.");

        public static readonly DiagnosticDescriptor MutableImageReference = Create(
            RuleIds.MutableImageReference, "W1", DiagnosticSeverity.Warning,
            "Image referenced by the moving tag 'latest'", "{0}",
            "With no tag the CDK uses 'latest' (aws-lambda/lib/code.ts tagOrDigest ?? tag ?? 'latest'; aws-ecs ContainerImage.fromEcrRepository tag = 'latest'), so the template never changes when a new image is pushed and CloudFormation never redeploys the function or service. Reference a digest or a tag unique to each build, or use TagParameterContainerImage.");

        public static readonly DiagnosticDescriptor ImageFromNewRepository = Create(
            RuleIds.ImageFromNewRepository, "W2", DiagnosticSeverity.Warning,
            "Image from a repository created empty in the same stack", "{0}",
            "A repository created in the same stack as the function or container that runs its image is empty when CloudFormation creates them: Lambda fails with \"Source image ... does not exist\" and an ECS service never stabilizes. Create the repository in a stack deployed first, or use TagParameterContainerImage.");

        public static readonly DiagnosticDescriptor ImageFunctionOption = Create(
            RuleIds.ImageFunctionOption, "W8", DiagnosticSeverity.Error,
            "Option an image function cannot have", "{0}",
            "A function whose code is a container image cannot have layers (the CDK throws for Layers, Lambda rejects AddLayers at deployment), ADOT instrumentation (the CDK throws) or, before Amazon.CDK.Lib 2.267.0, SnapStart (the CDK throws) (aws-lambda/lib/function.ts).");

        public static readonly DiagnosticDescriptor ArchitectureMismatch = Create(
            RuleIds.ArchitectureMismatch, "W9", DiagnosticSeverity.Error,
            "Function architecture does not match its image platform", "{0}",
            "An image asset built for one platform (AssetImageCodeProps.Platform) cannot run on a function of the other architecture (Architecture, x86_64 when not set): the function fails at every invocation with Runtime.InvalidEntrypoint (exec format error).");

        public static readonly DiagnosticDescriptor RegistryImage = Create(
            RuleIds.RegistryImage, "T1", DiagnosticSeverity.Warning,
            "ECR image given as a string gets no pull permission", "{0}",
            "ContainerImage.FromRegistry and new RepositoryImage pass the image name on and grant nothing, so a task whose image is in a private ECR registry cannot pull it (CannotPullContainerError) unless its execution role gets ECR permissions some other way; the CDK warns at synth only for a constant name (aws-ecs/lib/images/repository.ts, @aws-cdk/aws-ecs:ecrImageRequiresPolicy). ContainerImage.FromEcrRepository grants the pull (aws-ecs/lib/images/ecr.ts).");

        public static readonly DiagnosticDescriptor DeployTimeDigest = Create(
            RuleIds.DeployTimeDigest, "T5", DiagnosticSeverity.Error,
            "Deploy-time digest is rendered as a tag", "{0}",
            "The CDK tells a digest from a tag at synth by startsWith('sha256:') (aws-ecr/lib/repository.ts repositoryUriForTagOrDigest); the token of a CfnParameter never starts with it, so a parameter whose AllowedPattern, AllowedValues or Default says it holds a digest is appended after ':', and the image reference '<repository URI>:sha256:...' makes the deployment fail (aws/aws-cdk#31860).");

        // ================= ECR4xxx: security pack (S1–S4), off by default =================

        public static readonly DiagnosticDescriptor CrossRegionImage = Create(
            RuleIds.CrossRegionImage, "T4", DiagnosticSeverity.Error,
            "Image code from a repository in another region", "{0}",
            "Lambda creates a function from a container image only when the ECR repository is in the function's region (Lambda developer guide); the CDK builds the image URI from the imported ARN's region, so a constant ARN of another region than the stack's constant Env.Region fails at deploy.");

        // ================= ECR4xxx: security pack (S1–S5), off by default =================

        public static readonly DiagnosticDescriptor OpenPolicy = Create(
            RuleIds.OpenPolicy, "S1", DiagnosticSeverity.Warning,
            "Repository policy allows any principal",
            "{0}",
            "A repository policy Allow statement whose principal is '*' opens the repository to everyone (cdk-nag AwsSolutions-ECR1). Enable with dotnet_diagnostic.ECR4001.severity = warning.",
            enabledByDefault: false);

        public static readonly DiagnosticDescriptor ScanOnPush = Create(
            RuleIds.ScanOnPush, "S2", DiagnosticSeverity.Warning,
            "Image scan on push is not enabled",
            "{0}",
            "AWS Security Hub control ECR.1: private repositories should have image scanning configured, on the repository (ImageScanOnPush) or, as AWS now recommends, for the whole registry (a CfnRegistryScanningConfiguration in the app satisfies it). Enable with dotnet_diagnostic.ECR4002.severity = warning.",
            enabledByDefault: false);

        public static readonly DiagnosticDescriptor MutableTags = Create(
            RuleIds.MutableTags, "S3", DiagnosticSeverity.Warning,
            "Image tags are mutable",
            "{0}",
            "AWS Security Hub control ECR.2: private repositories should have tag immutability configured. Enable with dotnet_diagnostic.ECR4003.severity = warning.",
            enabledByDefault: false);

        public static readonly DiagnosticDescriptor NoLifecycleRule = Create(
            RuleIds.NoLifecycleRule, "S4", DiagnosticSeverity.Warning,
            "Repository without lifecycle rules",
            "{0}",
            "AWS Security Hub control ECR.3: repositories should have at least one lifecycle policy. Enable with dotnet_diagnostic.ECR4004.severity = warning.",
            enabledByDefault: false);

        public static readonly DiagnosticDescriptor CustomerManagedKey = Create(
            RuleIds.CustomerManagedKey, "S5", DiagnosticSeverity.Warning,
            "Repository not encrypted with a customer managed KMS key",
            "{0}",
            "AWS Security Hub control ECR.5: ECR repositories should be encrypted with customer managed AWS KMS keys (AES256, the default, and KMS with the AWS managed key fail it). Enable with dotnet_diagnostic.ECR4005.severity = warning.",
            enabledByDefault: false);

        /// <summary>Every descriptor, in declaration (id) order: the ones <see cref="Create(string, string, DiagnosticSeverity, string, string, string, string?, bool)"/> made above.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = Declared.ToImmutableArray();

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = ByIdOf(All);

        /// <summary>The descriptor of a rule id (<see cref="RuleIds"/>) the domain reported.</summary>
        public static DiagnosticDescriptor Of(string ruleId)
            => ById.TryGetValue(ruleId, out var descriptor) ? descriptor : throw new KeyNotFoundException("No descriptor is declared for " + ruleId);

        /// <summary>The catalogue row a descriptor was declared with (<c>"L2"</c> for ECR2002), the <see cref="RuleIdKey"/> property.</summary>
        public static string CatalogueRowOf(DiagnosticDescriptor descriptor) => CatalogueRows[descriptor.Id];

        /// <summary>The descriptors of the given categories, in id order: what an analyzer of those concerns supports.</summary>
        public static ImmutableArray<DiagnosticDescriptor> InCategories(params string[] categories)
        {
            var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
            foreach (var descriptor in All)
            {
                if (System.Array.IndexOf(categories, descriptor.Category) >= 0)
                {
                    builder.Add(descriptor);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>The category of an id, from its family digit (<c>ECR2xxx</c> → <see cref="LifecycleCategory"/>).</summary>
        public static string CategoryOf(string id)
            => id[3] switch
            {
                '0' => UsageCategory,
                '1' => RepositoryCategory,
                '2' => LifecycleCategory,
                '3' => ImageCategory,
                '4' => SecurityCategory,
                _ => throw new System.ArgumentException("Not an EcrGen rule id: " + id, nameof(id)),
            };

        private static Dictionary<string, DiagnosticDescriptor> ByIdOf(ImmutableArray<DiagnosticDescriptor> descriptors)
        {
            var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var descriptor in descriptors)
            {
                map.Add(descriptor.Id, descriptor);
            }

            return map;
        }

        private static DiagnosticDescriptor Create(
            string id,
            string catalogueRow,
            DiagnosticSeverity severity,
            string title,
            string messageFormat,
            string description,
            string? extraTag = null,
            bool enabledByDefault = true)
        {
            var descriptor = new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                CategoryOf(id),
                severity,
                isEnabledByDefault: enabledByDefault,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md",
                customTags: extraTag is null ? System.Array.Empty<string>() : new[] { extraTag });
            Declared.Add(descriptor);
            CatalogueRows.Add(id, catalogueRow);
            return descriptor;
        }

        private static DiagnosticDescriptor Create(
            string id,
            string catalogueRow,
            DiagnosticSeverity severity,
            string title,
            string messageFormat,
            string description,
            bool enabledByDefault)
            => Create(id, catalogueRow, severity, title, messageFormat, description, null, enabledByDefault);
    }
}

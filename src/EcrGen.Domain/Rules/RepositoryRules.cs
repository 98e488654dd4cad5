using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// A repository's options (catalogue R1–R9; aws-ecr/lib/repository.ts constructor, <c>parseEncryption</c>,
    /// <c>validateTagMutability</c>; CloudFormation AWS::ECR::Repository schema). Lifecycle rules are checked by
    /// <see cref="LifecycleRules"/>.
    /// </summary>
    public static class RepositoryRules
    {
        /// <summary>The most <c>ImageTagMutabilityExclusionFilters</c> a repository takes (R9).</summary>
        public const int MaxExclusionFilters = 5;

        /// <summary>The longest exclusion filter pattern (R9).</summary>
        public const int MaxExclusionFilterLength = 128;

        /// <summary>
        /// Every violation among the known values of <paramref name="spec"/>: R1, R2 (name), R3 (<c>EmptyOnDelete</c> without
        /// DESTROY), R4 (<c>AutoDeleteImages</c> without DESTROY), R5 (key without KMS), R6 (registry id), R7 (an enum value the
        /// user's CDK does not define), R8 (<c>EmptyOnDelete</c> with <c>AutoDeleteImages</c>), R9 (exclusion filters), KMS_DSSE on the L2 (newer CDKs).
        /// Options not set, or set to values the compiler does not know, never produce a violation. W3 (DESTROY without
        /// emptying) suggests <paramref name="emptying"/>, the option the user's CDK has to empty a repository on deletion
        /// (<c>EmptyOnDelete</c>; <c>AutoDeleteImages</c> in CDKs before EmptyOnDelete; none before either: not reported).
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(RepositorySpec spec, EmptyingOption emptying = EmptyingOption.EmptyOnDelete)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            var violations = default(ViolationList);
            violations.AddRange(RepositoryNameRules.Validate(spec.RepositoryName));
            CheckEnumValuesAreDefined(spec, ref violations);
            CheckRemovalPolicyForDeletion(spec, ref violations);
            CheckDestroyEmptiesRepository(spec, emptying, ref violations);
            CheckDeprecatedAutoDeleteImages(spec, emptying, ref violations);
            CheckEncryption(spec, ref violations);
            CheckRegistryId(spec, ref violations);
            CheckExclusionFilters(spec, ref violations);
            CheckDualLayerEncryption(spec, ref violations);
            return violations.ToResult();
        }

        // R7: a cast number (TagMutability)7 names no member of the user's CDK enum; jsii cannot pass it on.
        private static void CheckEnumValuesAreDefined(RepositorySpec spec, ref ViolationList violations)
        {
            if (spec.ImageTagMutability.TryGetValue(out var mutability) && !mutability.IsDefined)
            {
                violations.Add(
                    RuleIds.UnknownTagMutability,
                    "ImageTagMutability",
                    -1,
                    $"ImageTagMutability '{mutability}' is not a TagMutability member of the referenced Amazon.CDK.Lib: use TagMutability.MUTABLE or TagMutability.IMMUTABLE.");
            }

            if (spec.RemovalPolicy.TryGetValue(out var removalPolicy) && !removalPolicy.IsDefined)
            {
                violations.Add(
                    RuleIds.UnknownTagMutability,
                    "RemovalPolicy",
                    -1,
                    $"RemovalPolicy '{removalPolicy}' is not a RemovalPolicy member of the referenced Amazon.CDK.Lib: use RemovalPolicy.DESTROY, RETAIN or another member.");
            }

            if (spec.Encryption.TryGetValue(out var encryption) && encryption == EncryptionKind.Unrecognized)
            {
                violations.Add(
                    RuleIds.UnknownTagMutability,
                    "Encryption",
                    -1,
                    "Encryption is not a value the referenced Amazon.CDK.Lib knows: use AES256 or KMS.");
            }
        }

        // R3, R4, R8: the repository.ts constructor.
        //   if (emptyOnDelete && removalPolicy !== DESTROY) throw ...
        //   else if (emptyOnDelete == undefined && autoDeleteImages) { if (removalPolicy !== DESTROY) throw ...; enableAutoDeleteImages(); }
        // A removal policy not written is undefined, so not DESTROY.
        private static void CheckRemovalPolicyForDeletion(RepositorySpec spec, ref ViolationList violations)
        {
            var removalPolicyIsKnownNotDestroy = !spec.RemovalPolicy.IsSet
                || (spec.RemovalPolicy.TryGetValue(out var removalPolicy) && removalPolicy.IsDefined && !removalPolicy.Is(CdkMembers.RemovalPolicy.Destroy));

            var emptyOnDeleteKnown = spec.EmptyOnDelete.TryGetValue(out var emptyOnDelete);
            if (emptyOnDeleteKnown && emptyOnDelete && removalPolicyIsKnownNotDestroy)
            {
                violations.Add(
                    RuleIds.EmptyOnDeleteNeedsDestroy,
                    "EmptyOnDelete",
                    -1,
                    $"EmptyOnDelete = true needs RemovalPolicy = RemovalPolicy.DESTROY (it is {RemovalPolicyText(spec)}); the CDK throws \"Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.\"",
                    FixHint.Set("RemovalPolicy", CdkMembers.RemovalPolicy.Destroy));
            }

            var autoDeleteKnown = spec.AutoDeleteImages.TryGetValue(out var autoDeleteImages);
            if (autoDeleteKnown && autoDeleteImages && !spec.EmptyOnDelete.IsSet && removalPolicyIsKnownNotDestroy)
            {
                violations.Add(
                    RuleIds.AutoDeleteImagesNeedsDestroy,
                    "AutoDeleteImages",
                    -1,
                    $"AutoDeleteImages = true needs RemovalPolicy = RemovalPolicy.DESTROY (it is {RemovalPolicyText(spec)}); the CDK throws \"Cannot use 'autoDeleteImages' property on a repository without setting removal policy to 'DESTROY'.\" AutoDeleteImages is deprecated: prefer EmptyOnDelete = true.",
                    FixHint.Set("RemovalPolicy", CdkMembers.RemovalPolicy.Destroy));
            }

            // Presence decides, not the values (W4): "if (props.emptyOnDelete ...) else if (props.emptyOnDelete == undefined && ...)".
            if (spec.AutoDeleteImages.IsPresent && spec.EmptyOnDelete.IsPresent)
            {
                var effect = !autoDeleteKnown || autoDeleteImages
                    ? "is silently ignored: the CDK skips AutoDeleteImages whenever EmptyOnDelete is set, even to false"
                    : "has no effect and should be removed";
                violations.Add(
                    RuleIds.EmptyOnDeleteAndAutoDelete,
                    "AutoDeleteImages",
                    -1,
                    $"AutoDeleteImages{BoolText(spec.AutoDeleteImages)} next to EmptyOnDelete{BoolText(spec.EmptyOnDelete)} {effect}; set only EmptyOnDelete.",
                    FixHint.Remove("AutoDeleteImages", keep: "EmptyOnDelete"));
            }
        }

        // W3: CloudFormation deletes a repository only when it holds no image ("RepositoryNotEmptyException ... cannot be
        // deleted because it still contains images"); the CDK empties it first only with EmptyOnDelete (or the deprecated
        // AutoDeleteImages) true. A value that may be true (true, or not known) is the user's decision; written as false (the
        // default, spelled out) it empties nothing. AutoDeleteImages counts only while EmptyOnDelete is not set (R8).
        private static void CheckDestroyEmptiesRepository(RepositorySpec spec, EmptyingOption emptying, ref ViolationList violations)
        {
            if (emptying == EmptyingOption.None
                || !spec.RemovalPolicy.TryGetValue(out var removalPolicy)
                || !removalPolicy.IsDefined
                || !removalPolicy.Is(CdkMembers.RemovalPolicy.Destroy)
                || MayBeTrue(spec.EmptyOnDelete)
                || !spec.EmptyOnDelete.IsSet && MayBeTrue(spec.AutoDeleteImages))
            {
                return;
            }

            var option = emptying == EmptyingOption.EmptyOnDelete || spec.EmptyOnDelete.IsSet ? "EmptyOnDelete" : "AutoDeleteImages";
            var older = option == "EmptyOnDelete" ? "" : " (the referenced Amazon.CDK.Lib predates EmptyOnDelete, so AutoDeleteImages is the option it has)";
            var written = spec.EmptyOnDelete.IsSet ? "EmptyOnDelete = false"
                : spec.AutoDeleteImages.IsSet ? "AutoDeleteImages = false"
                : "without " + option;
            var connector = written.StartsWith("without", System.StringComparison.Ordinal) ? " " : " and ";
            violations.Add(
                RuleIds.DestroyWithoutEmptyOnDelete,
                "RemovalPolicy",
                -1,
                $"RemovalPolicy.DESTROY{connector}{written}: deleting the stack fails once the repository holds images (ECR: \"cannot be deleted because it still contains images\"); set {option} = true{older} so the CDK empties the repository first, or keep RETAIN.",
                FixHint.Set(option, "true"));
        }

        // Set to true, or set to a value that is not known: only a written false surely empties nothing.
        private static bool MayBeTrue(Setting<bool> setting) => setting.IsSet && (!setting.IsKnown || setting.Value);

        // T10: AutoDeleteImages is deprecated for EmptyOnDelete ("@deprecated Use `emptyOnDelete` instead", repository.ts): it
        // empties the repository with a custom resource (a Lambda function and role in the stack), EmptyOnDelete is
        // CloudFormation's own property. Only where the user's CDK has EmptyOnDelete, only while EmptyOnDelete is not written
        // (that is R8, whose fix removes AutoDeleteImages), not for a known false (a no-op), and not where R4 already reports
        // the option (its message points to EmptyOnDelete).
        private static void CheckDeprecatedAutoDeleteImages(RepositorySpec spec, EmptyingOption emptying, ref ViolationList violations)
        {
            if (emptying != EmptyingOption.EmptyOnDelete
                || !spec.AutoDeleteImages.IsPresent
                || spec.EmptyOnDelete.IsSet
                || (spec.AutoDeleteImages.IsKnown && !spec.AutoDeleteImages.Value))
            {
                return;
            }

            var removalPolicyIsKnownNotDestroy = !spec.RemovalPolicy.IsSet
                || (spec.RemovalPolicy.TryGetValue(out var removalPolicy) && removalPolicy.IsDefined && !removalPolicy.Is(CdkMembers.RemovalPolicy.Destroy));
            if (spec.AutoDeleteImages.IsKnown && removalPolicyIsKnownNotDestroy)
            {
                return; // R4 (ECR1004): the CDK throws, and its message already points to EmptyOnDelete.
            }

            violations.Add(
                RuleIds.AutoDeleteImagesDeprecated,
                "AutoDeleteImages",
                -1,
                $"AutoDeleteImages{BoolText(spec.AutoDeleteImages)} is deprecated in favour of EmptyOnDelete: it empties the repository through a custom resource (a Lambda function and an IAM role added to the stack), where EmptyOnDelete is a property of the repository that CloudFormation applies itself. Use EmptyOnDelete{BoolText(spec.AutoDeleteImages)}.",
                FixHint.Rename("EmptyOnDelete"));
        }

        // " = true" for a known flag, "" for one only known to be set.
        private static string BoolText(Setting<bool> setting) => setting.IsKnown ? (setting.Value ? " = true" : " = false") : "";

        // Formatted only when a violation needs it: every repository is validated, and almost none violates.
        private static string RemovalPolicyText(RepositorySpec spec)
            => spec.RemovalPolicy.IsSet ? $"RemovalPolicy.{spec.RemovalPolicy.Value}" : "not set (RETAIN)";

        // R5: parseEncryption. Encryption not written defaults to KMS when a key is given, so only an explicit AES256 breaks.
        private static void CheckEncryption(RepositorySpec spec, ref ViolationList violations)
        {
            if (spec.HasEncryptionKey.IsPresent && (!spec.HasEncryptionKey.IsKnown || spec.HasEncryptionKey.Value)
                && spec.Encryption.TryGetValue(out var encryption) && encryption == EncryptionKind.Aes256)
            {
                violations.Add(
                    RuleIds.EncryptionKeyNeedsKms,
                    "Encryption",
                    -1,
                    "An encryption key is given, so Encryption must be KMS, not 'AES256'; the CDK throws \"encryptionKey is specified, so 'encryption' must be set to KMS (value: AES256)\".");
            }
        }

        // R6: CloudFormation's RegistryId pattern; the CDK passes the value through unchecked.
        private static void CheckRegistryId(RepositorySpec spec, ref ViolationList violations)
        {
            if (spec.LifecycleRegistryId.TryGetValue(out var registryId) && registryId is not null && !RegistryId.IsValid(registryId))
            {
                violations.Add(
                    RuleIds.LifecycleRegistryId,
                    "LifecycleRegistryId",
                    -1,
                    $"LifecycleRegistryId '{registryId}' is not a 12-digit AWS account id; CloudFormation rejects it at deploy (pattern {RegistryId.Pattern}).");
            }
        }

        // R9: validateTagMutability and ImageTagMutabilityExclusionFilter in CDKs that have exclusion filters.
        private static void CheckExclusionFilters(RepositorySpec spec, ref ViolationList violations)
        {
            const string FiltersOption = "ImageTagMutabilityExclusionFilters";
            var filters = spec.ImageTagMutabilityExclusionFilters;
            var mutabilityKnown = !spec.ImageTagMutability.IsSet
                || (spec.ImageTagMutability.IsKnown && spec.ImageTagMutability.Value.IsDefined);
            var mutability = spec.ImageTagMutability.Value;
            var needsExclusion = spec.ImageTagMutability.IsSet
                && (mutability.Is(CdkMembers.TagMutability.MutableWithExclusion) || mutability.Is(CdkMembers.TagMutability.ImmutableWithExclusion));

            if (filters.IsKnown && mutabilityKnown && !needsExclusion)
            {
                var got = spec.ImageTagMutability.IsSet ? $"TagMutability.{mutability}" : "not set";
                violations.Add(
                    RuleIds.ExclusionFilters,
                    FiltersOption,
                    -1,
                    $"ImageTagMutabilityExclusionFilters need ImageTagMutability = IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION (it is {got}).");
            }

            if (needsExclusion && spec.ImageTagMutability.IsKnown && !filters.IsSet)
            {
                violations.Add(
                    RuleIds.ExclusionFilters,
                    "ImageTagMutability",
                    -1,
                    $"ImageTagMutability = TagMutability.{mutability} needs ImageTagMutabilityExclusionFilters (1 to {MaxExclusionFilters} filters).");
            }

            if (!filters.TryGetValue(out var list))
            {
                return;
            }

            if (list.Count < 1 || list.Count > MaxExclusionFilters)
            {
                violations.Add(
                    RuleIds.ExclusionFilters,
                    FiltersOption,
                    -1,
                    $"ImageTagMutabilityExclusionFilters has {list.Count} filters; it must contain between 1 and {MaxExclusionFilters}.");
            }

            for (var i = 0; i < list.Count; i++)
            {
                var pattern = list[i].Value;
                if (pattern is null)
                {
                    continue;
                }

                var problem = DescribeExclusionFilterProblem(pattern);
                if (problem is not null)
                {
                    violations.Add(RuleIds.ExclusionFilters, FiltersOption, -1, $"Exclusion filter {i} '{pattern}' {problem}.");
                }
            }
        }

        // N2: RepositoryEncryption.KMS_DSSE exists from 2.182.0, but the L2's parseEncryption still accepts only AES256 and
        // KMS and throws "Unexpected 'encryptionType'" for anything else (in 2.276.0 too). Only CDKs with the member can
        // reference it, so the rule needs no version check.
        private static void CheckDualLayerEncryption(RepositorySpec spec, ref ViolationList violations)
        {
            if (spec.Encryption.TryGetValue(out var encryption) && encryption == EncryptionKind.KmsDsse)
            {
                violations.Add(
                    RuleIds.DualLayerEncryption,
                    "Encryption",
                    -1,
                    "RepositoryEncryption.KMS_DSSE cannot be used with the L2 Repository: the CDK throws \"Unexpected 'encryptionType'\" at synth (it accepts only AES_256 and KMS); use RepositoryEncryption.KMS.");
            }
        }

        /// <summary>
        /// R9 on one <c>ImageTagMutabilityExclusionFilter.Wildcard(pattern)</c> call: the CDK validates the pattern in the
        /// factory, so it throws where the filter is created, whatever repository (if any) it is given to.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateExclusionFilterPattern(string pattern)
        {
            if (DescribeExclusionFilterProblem(pattern) is { } problem)
            {
                yield return new RuleViolation(
                    RuleIds.ExclusionFilters,
                    "pattern",
                    -1,
                    $"ImageTagMutabilityExclusionFilter.Wildcard(\"{pattern}\"): the pattern {problem}; the CDK throws where the filter is created.");
            }
        }

        /// <summary>Why <paramref name="pattern"/> is not a valid exclusion filter pattern, or <c>null</c> when it is.</summary>
        public static string? DescribeExclusionFilterProblem(string pattern)
        {
            if (pattern.Length == 0)
            {
                return "is empty";
            }

            if (pattern.Length > MaxExclusionFilterLength)
            {
                return $"has {pattern.Length} characters; at most {MaxExclusionFilterLength} are allowed";
            }

            foreach (var c in pattern)
            {
                if (!Ascii.IsLetterOrDigit(c) && c != '.' && c != '_' && c != '*' && c != '-')
                {
                    return $"contains '{c}': only letters, digits, '.', '_', '*' and '-' are allowed";
                }
            }

            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// W10: lifecycle rules that delete an image a function or container is pinned to by digest. ECR's lifecycle policies do
    /// not know which images are in use (aws/containers-roadmap#921): a rule that expires untagged images deletes a pinned
    /// image once its tag moves to a newer build, and a rule over any image that keeps few of them, or expires them by age,
    /// deletes it after enough pushes or days. The function or service keeps its digest and fails on its next cold start,
    /// scale-out or redeploy.
    /// </summary>
    public static class PinnedImageRules
    {
        /// <summary>
        /// The largest <c>MaxImageCount</c> of a <c>TagStatus.ANY</c> rule that is reported: a count this small is reached
        /// by the pushes of a few days of continuous integration (every branch and pull-request build pushes an image), while
        /// a pinned digest changes only with a code change and a deployment. Users report deployed images expired by a
        /// "keep the newest 40" rule (ministryofjustice/cloud-platform#839). A larger count is a deliberate retention window
        /// and is not reported.
        /// </summary>
        public const int FewImages = 50;

        /// <summary>
        /// The violations of <paramref name="rulesOfOneRepository"/> (all the rules of one repository, in order of addition,
        /// as <see cref="LifecycleRules.Validate"/> takes them) against an image of that repository pinned by
        /// <paramref name="pinnedDigest"/>. <see cref="RuleViolation.Index"/> is the rule's index.
        /// </summary>
        /// <param name="rulesOfOneRepository">The repository's rules.</param>
        /// <param name="rulesAreComplete">
        /// Every rule of the repository is in the list (it was created where the rules are read, from props the reader could
        /// see): only then can a rule over any image be judged, because a rule over tagged images (even an unknown one)
        /// may select the pinned image first, and an image matched by a higher-priority rule is never expired by a lower one.
        /// </param>
        /// <param name="tagMutability">The repository's <c>ImageTagMutability</c>: in an <c>IMMUTABLE</c> repository no tag moves,
        /// so a pinned image pushed with a tag never becomes untagged (a value written but not known may be <c>IMMUTABLE</c>;
        /// a repository whose creation is not seen is <see cref="Setting{T}.NotSet"/>).</param>
        /// <param name="pinnedDigest">The digest an image of the repository is referenced by (<c>sha256:...</c>).</param>
        public static IEnumerable<RuleViolation> Validate(
            IReadOnlyList<LifecycleRuleSpec> rulesOfOneRepository,
            bool rulesAreComplete,
            Setting<CdkEnumValue> tagMutability,
            string pinnedDigest)
        {
            if (rulesOfOneRepository is null)
            {
                throw new ArgumentNullException(nameof(rulesOfOneRepository));
            }

            if (!ImageDigest.IsValidDigest(pinnedDigest))
            {
                return Array.Empty<RuleViolation>();
            }

            var immutable = MayBeImmutable(tagMutability);
            var facts = new LifecycleRuleFacts[rulesOfOneRepository.Count];
            var anotherRuleMaySelectTagged = !rulesAreComplete;
            for (var i = 0; i < facts.Length; i++)
            {
                var rule = rulesOfOneRepository[i] ?? throw new ArgumentException($"Rule {i} is null.", nameof(rulesOfOneRepository));
                facts[i] = LifecycleRuleFacts.Of(rule);
                if (facts[i].Status == EffectiveStatus.Tagged || facts[i].Status == EffectiveStatus.Unknown)
                {
                    anotherRuleMaySelectTagged = true;
                }
            }

            var violations = default(ViolationList);
            for (var i = 0; i < facts.Length; i++)
            {
                var rule = rulesOfOneRepository[i];
                if (facts[i].Status == EffectiveStatus.Untagged && !immutable)
                {
                    violations.Add(
                        RuleIds.ExpiresPinnedImage,
                        "TagStatus",
                        i,
                        $"Lifecycle rule {i} expires untagged images, and an image of this repository is pinned by digest '{pinnedDigest}': when its tag moves to a newer image, the pinned image becomes untagged and this rule deletes it, and whatever runs it fails on its next start. Keep the pinned image tagged (IMMUTABLE tags, or a unique tag per build), or expire untagged images only in repositories nothing pins.");
                }
                else if (facts[i].Status == EffectiveStatus.Any && !anotherRuleMaySelectTagged)
                {
                    if (rule.MaxImageCount.TryGetValue(out var count) && count <= FewImages)
                    {
                        violations.Add(
                            RuleIds.ExpiresPinnedImage,
                            "MaxImageCount",
                            i,
                            $"Lifecycle rule {i} keeps only the newest {Text.JsNumber(count)} images of any tag status, and an image of this repository is pinned by digest '{pinnedDigest}': after {Text.JsNumber(count)} newer pushes this rule deletes the pinned image, and whatever runs it fails on its next start. Protect the pinned image with a higher-priority TAGGED rule for its tag, or keep more images.");
                    }
                    else if (rule.MaxImageAgeDays.TryGetValue(out var days))
                    {
                        violations.Add(
                            RuleIds.ExpiresPinnedImage,
                            "MaxImageAge",
                            i,
                            $"Lifecycle rule {i} expires images of any tag status {Text.JsNumber(days)} days after they are pushed, and an image of this repository is pinned by digest '{pinnedDigest}': this rule deletes the pinned image {Text.JsNumber(days)} days after its push, in use or not, and whatever runs it fails on its next start. Protect the pinned image with a higher-priority TAGGED rule for its tag, or expire by count.");
                    }
                }
            }

            return violations.ToResult();
        }

        /// <summary>Whether tags may be immutable: <c>IMMUTABLE</c>, or written with a value the compiler does not know.</summary>
        internal static bool MayBeImmutable(Setting<CdkEnumValue> tagMutability)
            => tagMutability.IsSet && (!tagMutability.IsKnown || tagMutability.Value.Is(CdkMembers.TagMutability.Immutable));
    }
}

using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// An ECR image given as a string (catalogue T1): <c>ContainerImage.FromRegistry</c> and <c>new RepositoryImage</c> pass
    /// the name on as it is and grant nothing, so the task's execution role gets no permission to pull from the private ECR
    /// registry, and the task fails with <c>CannotPullContainerError</c> (aws-ecs/lib/images/repository.ts, which only adds
    /// the synth warning <c>@aws-cdk/aws-ecs:ecrImageRequiresPolicy</c> for a constant name; aws-ecs/lib/images/ecr.ts
    /// <c>EcrImage.bind</c> grants the pull). The tag or digest in a known name is judged as at every other entry point
    /// (I3, I4, W1).
    /// </summary>
    public static class RegistryImageRules
    {
        /// <summary>The option the violations name: the image-name parameter.</summary>
        public const string NameOption = "name";

        /// <summary>
        /// T1 (<see cref="RuleIds.RegistryImage"/>) when the name is a constant private ECR image URI or is built from a
        /// repository's URI, and no credentials are (or may be) given; then, for a tag or digest the compiler knows, W1 (no tag:
        /// <c>latest</c>; or <c>:latest</c>, unless the repository may be immutable), I4 (a tag outside the tag grammar) and I3
        /// (a digest that is not <c>sha256:</c> and 64 lowercase hex characters). Nothing for a public registry (Docker Hub,
        /// <c>public.ecr.aws</c>, <c>ghcr.io</c>), another private registry, or a name not known.
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(RegistryImageSpec spec)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            if (spec.CredentialsMayBeGiven)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var violations = default(ViolationList);
            string? tag = null;
            string? digest = null;
            bool referenceKnown;
            if (spec.FromRepository)
            {
                violations.Add(
                    RuleIds.RegistryImage,
                    NameOption,
                    -1,
                    $"The image name given to {spec.EntryPoint} is built from an ECR repository's URI: a name given as a string gets no pull permission, so the task's execution role cannot pull it and the task fails with CannotPullContainerError. Use ContainerImage.FromEcrRepository(repository, tagOrDigest), which grants the pull.");
                referenceKnown = spec.UriSuffix.TryGetValue(out var suffix) && suffix is not null && EcrImageUri.TryParseSuffix(suffix, out tag, out digest);
                if (!referenceKnown)
                {
                    tag = digest = null;
                }
            }
            else if (spec.Name.TryGetValue(out var name) && EcrImageUri.Parse(name) is { } uri)
            {
                var fromEcr = uri.Digest is not null || uri.Tag is not null
                    ? $"ContainerImage.FromEcrRepository(repository, \"{uri.Digest ?? uri.Tag}\")"
                    : "ContainerImage.FromEcrRepository(repository)";
                violations.Add(
                    RuleIds.RegistryImage,
                    NameOption,
                    -1,
                    $"'{name}' is an image of the private ECR registry {uri.Registry}, given to {spec.EntryPoint} as a string: the task's execution role gets no permission to pull it, and the task fails with CannotPullContainerError. Import the repository (Repository.FromRepositoryName(this, \"Repository\", \"{uri.RepositoryName}\"), or FromRepositoryArn for another account's) and use {fromEcr}, which grants the pull.");
                tag = uri.Tag;
                digest = uri.Digest;
                referenceKnown = true;
            }
            else
            {
                return System.Array.Empty<RuleViolation>();
            }

            if (referenceKnown)
            {
                CheckReference(tag, digest, spec.RepositoryTagMutability, ref violations);
            }

            return violations.ToResult();
        }

        private static void CheckReference(string? tag, string? digest, Setting<CdkEnumValue> repositoryTagMutability, ref ViolationList violations)
        {
            if (digest is not null)
            {
                if (!ImageDigest.IsValidDigest(digest))
                {
                    var fix = ImageDigest.SuggestFix(digest);
                    violations.Add(
                        RuleIds.MalformedDigest,
                        NameOption,
                        -1,
                        $"The digest '{digest}' in the image name is not 'sha256:' followed by exactly {ImageDigest.HexLength} lowercase hex characters{(fix is null ? "" : $". Write '@{fix}'")}.");
                }
            }
            else if (tag is null || tag == ImageSourceRules.LatestTag)
            {
                if (!PinnedImageRules.MayBeImmutable(repositoryTagMutability))
                {
                    var what = tag is null ? "has no tag, so 'latest' is pulled" : "has the tag 'latest'";
                    violations.Add(
                        RuleIds.MutableImageReference,
                        NameOption,
                        -1,
                        $"The image name {what}, a tag that moves: pushing a new image changes nothing in the template, so CloudFormation never updates the service. Reference a digest ('@sha256:...') or a tag unique to each build, or make the repository's tags IMMUTABLE.");
                }

                return;
            }

            if (tag is not null && !ImageTag.IsValidTag(tag))
            {
                string message;
                if (tag.StartsWith(ImageDigest.Prefix, System.StringComparison.Ordinal) || ImageDigest.LooksLikeMisspelledDigest(tag))
                {
                    var fix = ImageDigest.SuggestFix(tag);
                    message = $"The tag '{tag}' in the image name is a digest written after ':': a digest follows '@'{(fix is null ? "" : $" ('@{fix}')")}, and ':{tag}' is not a valid image reference.";
                }
                else
                {
                    var at = ImageTag.IndexOfInvalidChar(tag);
                    var problem = tag.Length == 0 ? "is empty"
                        : tag.Length > ImageTag.MaxLength ? $"has {tag.Length} characters (at most {ImageTag.MaxLength})"
                        : at == 0 && (tag[0] == '.' || tag[0] == '-') ? $"starts with '{tag[0]}'"
                        : $"contains '{tag[at]}' at position {at}";
                    message = $"The tag '{tag}' in the image name is not a valid image tag: it {problem}; a tag matches {ImageTag.Pattern}.";
                }

                violations.Add(RuleIds.InvalidTag, NameOption, -1, message);
            }
        }
    }
}

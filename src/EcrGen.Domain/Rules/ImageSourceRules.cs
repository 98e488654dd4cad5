using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// Where an image a function or container runs comes from, and whether deploying it can work as written (catalogue W1,
    /// W2): <c>latest</c> never redeploys (aws-lambda/lib/code.ts <c>tagOrDigest ?? tag ?? 'latest'</c>, aws-ecs/lib/images/ecr.ts
    /// and container-image.ts <c>fromEcrRepository(repository, tag = 'latest')</c>), and a repository created in the same stack
    /// is empty when that stack's function or service is created.
    /// </summary>
    public static class ImageSourceRules
    {
        /// <summary>The tag the CDK uses when none is given, and the usual name of a tag that moves.</summary>
        public const string LatestTag = "latest";

        /// <summary>
        /// W1: the image the CDK references is <c>latest</c>: <paramref name="tagOrDigest"/> written as <c>"latest"</c>, or not
        /// written and <paramref name="tag"/> (<c>EcrImageCodeProps.Tag</c>, deprecated) written as <c>"latest"</c> or not
        /// written either (the CDK then uses <c>latest</c>). Nothing when a value is not known (a variable, a CfnParameter
        /// token: it may change with every deployment), or when the repository's tags may be <c>IMMUTABLE</c> (then
        /// <c>latest</c> can be pushed only once and cannot move): <paramref name="repositoryTagMutability"/> known to be
        /// <c>IMMUTABLE</c>, or written with a value not known. A repository whose creation the caller cannot see is
        /// <see cref="Setting{T}.NotSet"/>: not known to be immutable. <paramref name="option"/> names the tag-or-digest option
        /// as the caller writes it (<c>TagOrDigest</c>, <c>tag</c>, <c>tagOrDigest</c>).
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateMutableReference(
            Setting<string> tagOrDigest,
            Setting<string> tag,
            Setting<CdkEnumValue> repositoryTagMutability,
            string option = "TagOrDigest")
        {
            if (PinnedImageRules.MayBeImmutable(repositoryTagMutability))
            {
                return System.Array.Empty<RuleViolation>();
            }

            string message;
            string reportedOption;
            if (tagOrDigest.IsSet)
            {
                if (!tagOrDigest.TryGetValue(out var value) || value != LatestTag)
                {
                    return System.Array.Empty<RuleViolation>();
                }

                reportedOption = option;
                message = $"{option} is '{LatestTag}', a tag that moves: pushing a new image changes nothing in the template, so CloudFormation never updates the function or service. {Instead}";
            }
            else if (tag.IsSet)
            {
                if (!tag.TryGetValue(out var value) || value != LatestTag)
                {
                    return System.Array.Empty<RuleViolation>();
                }

                reportedOption = "Tag";
                message = $"Tag is '{LatestTag}', a tag that moves: pushing a new image changes nothing in the template, so CloudFormation never updates the function or service. {Instead}";
            }
            else
            {
                reportedOption = option;
                message = $"No {option} is given, so the CDK uses '{LatestTag}', a tag that moves: pushing a new image changes nothing in the template, so CloudFormation never updates the function or service. {Instead}";
            }

            return new[] { new RuleViolation(RuleIds.MutableImageReference, reportedOption, -1, message) };
        }

        private const string Instead = "Reference a digest ('sha256:...') or a tag unique to each build, or take the tag as a parameter (TagParameterContainerImage); or make the repository's tags IMMUTABLE.";

        /// <summary>
        /// W2: an image from a repository the same stack creates, used by a function or container that stack also creates.
        /// CloudFormation creates the repository empty, then the function (Lambda: "Source image ... does not exist") or the
        /// service (ECS: tasks never start, the deployment never stabilizes) before anything could push an image. Nothing when
        /// <paramref name="createdInSameStack"/> is not known to be true, or when the repository may be filled first
        /// (<paramref name="mayBeFilledFirst"/>: an explicit <c>AddDependency</c> can make the function wait for a construct
        /// that copies an image in, and code the caller cannot see may do so).
        /// </summary>
        /// <param name="createdInSameStack">The repository is created in the same scope as the function or container.</param>
        /// <param name="mayBeFilledFirst">The code adds explicit dependencies, or hands the repository to code not seen.</param>
        /// <param name="consumer">What runs the image: <see cref="ImageConsumer"/>.</param>
        public static IEnumerable<RuleViolation> ValidateRepositoryHasImage(bool createdInSameStack, bool mayBeFilledFirst, ImageConsumer consumer)
        {
            if (!createdInSameStack || mayBeFilledFirst || consumer == ImageConsumer.Unknown)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var failure = consumer == ImageConsumer.Function
                ? "Lambda rejects the function (\"Source image ... does not exist\")"
                : "the ECS service's tasks cannot pull the image and the deployment never stabilizes";
            var message = $"The image comes from a repository created in the same stack: on the first deployment CloudFormation creates the repository empty, then the {(consumer == ImageConsumer.Function ? "function" : "container")}, and {failure}. Create the repository in a stack deployed first (and pass it in), or use a TagParameterContainerImage whose tag a pipeline fills in after pushing.";
            return new[] { new RuleViolation(RuleIds.ImageFromNewRepository, "", -1, message) };
        }
    }

    /// <summary>What runs an image, as far as the code shows.</summary>
    public enum ImageConsumer
    {
        /// <summary>No function or container is seen using the image.</summary>
        Unknown,

        /// <summary>A Lambda function (its <c>Code</c>).</summary>
        Function,

        /// <summary>An ECS container (its <c>Image</c>).</summary>
        Container,
    }
}

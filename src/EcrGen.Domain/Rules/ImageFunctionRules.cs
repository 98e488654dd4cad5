using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// Lambda functions whose code is a container image (aws-lambda/lib/function.ts and image-function.ts): the options such
    /// a function cannot have (ECR3016) and its architecture against the platform its image asset is built for (ECR3017).
    /// </summary>
    public static class ImageFunctionRules
    {
        /// <summary>The first CDK release that accepts SnapStart on an image function (its check skips <c>Runtime.FROM_IMAGE</c>).</summary>
        public static readonly System.Version SnapStartForImagesSince = new System.Version(2, 267, 0);

        /// <summary>The Lambda name of the default architecture (<c>Architecture.X86_64</c>).</summary>
        public const string X86 = "x86_64";

        /// <summary>The Lambda name of <c>Architecture.ARM_64</c>.</summary>
        public const string Arm = "arm64";

        /// <summary>
        /// ECR3016 on the props of an image function: <c>Layers</c> (the CDK throws "Layers are not supported for container
        /// image functions"), <c>AdotInstrumentation</c> ("ADOT Lambda layer can't be configured with container image package
        /// type") and, when <paramref name="cdkVersion"/> is known and older than 2.267.0, <c>SnapStart</c> ("SnapStart
        /// currently not supported by runtime FROM_IMAGE").
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateOptions(ImageFunctionSpec spec, string? cdkVersion)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            var violations = default(ViolationList);
            if (spec.HasLayers)
            {
                violations.Add(
                    RuleIds.ImageFunctionOption,
                    "Layers",
                    -1,
                    "A function whose code is a container image cannot have Layers: the CDK throws 'Layers are not supported for container image functions'. Copy what the layers hold into the image.");
            }

            if (spec.HasAdotInstrumentation)
            {
                violations.Add(
                    RuleIds.ImageFunctionOption,
                    "AdotInstrumentation",
                    -1,
                    "A function whose code is a container image cannot have AdotInstrumentation (it is a layer): the CDK throws 'ADOT Lambda layer can't be configured with container image package type'. Install the ADOT collector in the image.");
            }

            if (spec.HasSnapStart && ParseVersion(cdkVersion) is { } version && version < SnapStartForImagesSince)
            {
                violations.Add(
                    RuleIds.ImageFunctionOption,
                    "SnapStart",
                    -1,
                    $"Amazon.CDK.Lib {cdkVersion} does not accept SnapStart on a function whose code is a container image: it throws 'SnapStart currently not supported by runtime FROM_IMAGE' (accepted from 2.267.0). Update Amazon.CDK.Lib or remove SnapStart.");
            }

            return violations.ToResult();
        }

        /// <summary>
        /// ECR3016 on <c>AddLayers(...)</c> on an image function: the CDK adds the layers (or throws that the layer's runtimes
        /// do not include <c>FROM_IMAGE</c>), and Lambda rejects the deployment.
        /// </summary>
        public static RuleViolation AddLayers()
            => new RuleViolation(
                RuleIds.ImageFunctionOption,
                "AddLayers",
                -1,
                "AddLayers on a function whose code is a container image: Lambda rejects layers on an image function at deployment (\"Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image\"). Copy what the layers hold into the image.");

        /// <summary>
        /// ECR3017: the function's architecture (its default, x86_64, when not set) is not the one the image asset is built
        /// for. Only known values are judged: a custom architecture, a platform not known or not one of
        /// <c>linux/amd64</c>/<c>linux/arm64</c>, or no platform at all (Docker builds for the machine it runs on) is not reported.
        /// The violation is on <c>Architecture</c> when it is written, else on the image's <c>Platform</c>.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateArchitecture(ImageFunctionSpec spec)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            if (!spec.ImagePlatform.TryGetValue(out var platform) || ArchitectureOfPlatform(platform) is not { } imageArchitecture)
            {
                return System.Array.Empty<RuleViolation>();
            }

            string architecture;
            if (!spec.Architecture.IsSet)
            {
                architecture = X86;
            }
            else if (!spec.Architecture.TryGetValue(out var written) || written is null || !(written == X86 || written == Arm))
            {
                return System.Array.Empty<RuleViolation>();
            }
            else
            {
                architecture = written;
            }

            if (architecture == imageArchitecture)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var member = imageArchitecture == Arm ? "ARM_64" : "X86_64";
            var message = spec.Architecture.IsSet
                ? $"The function's Architecture is {architecture} but its image is built for {platform}: Lambda cannot start it (Runtime.InvalidEntrypoint, exec format error). Use Architecture.{member}, or build the image for the function's architecture."
                : $"The image is built for {platform} but the function's Architecture is not set, so it runs on {X86}: Lambda cannot start it (Runtime.InvalidEntrypoint, exec format error). Set Architecture = Architecture.{member}.";
            return new[] { new RuleViolation(RuleIds.ArchitectureMismatch, spec.Architecture.IsSet ? "Architecture" : "Platform", -1, message) };
        }

        /// <summary>The Lambda architecture a Docker platform runs on (<c>linux/arm64</c> → <c>arm64</c>), or <c>null</c> for any other platform.</summary>
        public static string? ArchitectureOfPlatform(string? platform)
        {
            switch (platform)
            {
                case "linux/amd64":
                case "linux/x86_64":
                    return X86;
                case "linux/arm64":
                case "linux/arm64/v8":
                case "linux/aarch64":
                    return Arm;
                default:
                    return null;
            }
        }

        // "2.160.0" (jsii's version of the CDK release); a prerelease suffix is ignored, anything else is not known.
        private static System.Version? ParseVersion(string? version)
        {
            if (version is null)
            {
                return null;
            }

            var end = version.IndexOfAny(new[] { '-', '+' });
            return System.Version.TryParse(end < 0 ? version : version.Substring(0, end), out var parsed) ? parsed : null;
        }
    }
}

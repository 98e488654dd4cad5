namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// An image in a private Amazon ECR registry, written as one string (catalogue T1):
    /// <c>&lt;account&gt;.dkr.ecr[-fips].&lt;region&gt;.amazonaws.com[.cn]/&lt;repository&gt;[:&lt;tag&gt;][@&lt;digest&gt;]</c>. The
    /// registry host is the one the ECR user guide gives for a private registry (the account id is the registry id, 12 digits;
    /// <c>ecr-fips</c> for the FIPS endpoints; <c>.amazonaws.com.cn</c> in the China regions); aws-ecs/lib/images/repository.ts
    /// recognises the same host (<c>ECR_IMAGE_REGEX</c>, with any label for the account). The parts after the host are not
    /// validated here: <see cref="Tag"/> and <see cref="Digest"/> are what the string holds, judged by the rules.
    /// </summary>
    public sealed record EcrImageUri(string Account, string Region, bool Fips, bool China, string RepositoryName, string? Tag, string? Digest)
    {
        private const string HostMiddle = ".dkr.ecr";
        private const string Domain = ".amazonaws.com";

        /// <summary>The registry host: <c>123456789012.dkr.ecr.eu-west-1.amazonaws.com</c>.</summary>
        public string Registry => Account + HostMiddle + (Fips ? "-fips" : "") + "." + Region + Domain + (China ? ".cn" : "");

        /// <summary>
        /// <paramref name="value"/> as an image in a private ECR registry, or <c>null</c> when it is not one (a public registry
        /// such as <c>public.ecr.aws</c>, Docker Hub or <c>ghcr.io</c>, another host, no repository after the host).
        /// </summary>
        public static EcrImageUri? Parse(string? value)
        {
            if (value is null)
            {
                return null;
            }

            var slash = value.IndexOf('/');
            if (slash <= 0 || slash == value.Length - 1)
            {
                return null;
            }

            var host = value.Substring(0, slash);
            var dot = host.IndexOf('.');
            if (dot < 0 || !RegistryId.IsValid(host.Substring(0, dot)))
            {
                return null;
            }

            var rest = host.Substring(dot);
            if (!rest.StartsWith(HostMiddle, System.StringComparison.Ordinal))
            {
                return null;
            }

            rest = rest.Substring(HostMiddle.Length);
            var fips = rest.StartsWith("-fips.", System.StringComparison.Ordinal);
            rest = rest.Substring(fips ? 6 : rest.StartsWith(".", System.StringComparison.Ordinal) ? 1 : rest.Length);
            var china = rest.EndsWith(Domain + ".cn", System.StringComparison.Ordinal);
            var suffixLength = Domain.Length + (china ? 3 : 0);
            if (rest.Length <= suffixLength || !rest.EndsWith(Domain + (china ? ".cn" : ""), System.StringComparison.Ordinal))
            {
                return null;
            }

            var region = rest.Substring(0, rest.Length - suffixLength);
            if (!IsRegion(region))
            {
                return null;
            }

            var path = value.Substring(slash + 1);
            if (!TryParseReference(path, out var name, out var tag, out var digest) || name.Length == 0)
            {
                return null;
            }

            return new EcrImageUri(host.Substring(0, dot), region, fips, china, name, tag, digest);
        }

        /// <summary>
        /// What is written after an image's repository: <c>""</c> (nothing: <c>latest</c>), <c>":v1"</c>, <c>"@sha256:…"</c> or
        /// <c>":v1@sha256:…"</c>. <c>false</c> for anything else (another path segment, <c>"-dev:v1"</c>): then the text names another
        /// repository, and no tag or digest is known.
        /// </summary>
        public static bool TryParseSuffix(string suffix, out string? tag, out string? digest)
        {
            tag = null;
            digest = null;
            if (suffix is null || (suffix.Length > 0 && suffix[0] != ':' && suffix[0] != '@'))
            {
                return false;
            }

            if (TryParseReference(suffix, out var name, out tag, out digest) && name.Length == 0)
            {
                return true;
            }

            tag = digest = null;
            return false;
        }

        // "team/app:v1@sha256:…" -> name "team/app", tag "v1", digest "sha256:…". The digest follows the first '@'; the tag
        // follows the first ':' of the last path segment (the host has been removed, so no port can come first).
        private static bool TryParseReference(string path, out string name, out string? tag, out string? digest)
        {
            tag = null;
            digest = null;
            var at = path.IndexOf('@');
            if (at >= 0)
            {
                digest = path.Substring(at + 1);
                path = path.Substring(0, at);
            }

            var lastSlash = path.LastIndexOf('/');
            var colon = path.IndexOf(':', lastSlash + 1);
            if (colon >= 0)
            {
                tag = path.Substring(colon + 1);
                path = path.Substring(0, colon);
            }

            name = path;
            return true;
        }

        // eu-west-1, us-gov-west-1, cn-north-1: lowercase letters, digits and single '-', starting with a letter.
        private static bool IsRegion(string region)
        {
            if (region.Length == 0 || !Ascii.IsLower(region[0]) || region[region.Length - 1] == '-')
            {
                return false;
            }

            for (var i = 1; i < region.Length; i++)
            {
                var c = region[i];
                if (!(Ascii.IsLower(c) || Ascii.IsDigit(c) || (c == '-' && region[i - 1] != '-')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// Image tags, digests and image code options (catalogue I1–I6, I9, I10; aws-ecr/lib/repository.ts
    /// <c>repositoryUriForTagOrDigest</c>/<c>ForDigest</c>/<c>ForTag</c>, aws-lambda/lib/code.ts <c>EcrImageCode</c>). The same
    /// checks serve every entry point of I7 (<c>DockerImageCode.FromEcr</c>, <c>Code.FromEcrImage</c>,
    /// <c>ContainerImage.FromEcrRepository</c>, ...): the caller passes the option name it underlines.
    /// </summary>
    public static class ImageReferenceRules
    {
        /// <summary>
        /// A tag-or-digest as <c>repositoryUriForTagOrDigest</c> reads it: a digest exactly when it starts with
        /// <c>sha256:</c>, else a tag. I1 (a bare 64-hex digest, pulled as a tag), I3 (<c>sha256:</c> not followed by 64
        /// lowercase hex characters), I10 (<c>SHA256:</c>, <c>sha512:</c>, <c>@sha256:</c>, ... read as a tag; <c>""</c> gives a
        /// URI with no tag at all), I4 (anything else that is not a valid tag). Nothing for a value not set (the CDK uses
        /// <c>latest</c>) or not known. At most one violation.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateTagOrDigest(Setting<string> tagOrDigest, string option = "TagOrDigest")
        {
            if (!tagOrDigest.TryGetValue(out var value) || value is null)
            {
                return System.Array.Empty<RuleViolation>();
            }

            string ruleId;
            string message;
            if (value.Length == 0)
            {
                ruleId = RuleIds.TreatedAsTag;
                message = $"{option} '' is neither a tag nor a digest: the CDK builds an image URI with no tag at all (not 'latest'). Give a tag, a 'sha256:' digest, or leave {option} out for 'latest'.";
            }
            else if (value.StartsWith(ImageDigest.Prefix, System.StringComparison.Ordinal))
            {
                if (ImageDigest.IsValidDigest(value))
                {
                    return System.Array.Empty<RuleViolation>();
                }

                ruleId = RuleIds.MalformedDigest;
                message = DescribeBadDigest(option, value);
            }
            else if (ImageDigest.LooksLikeBareDigest(value))
            {
                ruleId = RuleIds.DigestWithoutPrefix;
                message = $"{option} '{value}' looks like a digest without its 'sha256:' prefix: the CDK treats it as a tag and the pull fails. Write '{ImageDigest.SuggestFix(value)}'.";
            }
            else if (ImageDigest.LooksLikeMisspelledDigest(value))
            {
                var fix = ImageDigest.SuggestFix(value);
                ruleId = RuleIds.TreatedAsTag;
                message = $"{option} '{value}' is treated as a tag: the CDK only recognises a digest that starts with exactly 'sha256:' (case-sensitive, no '@'){(fix is null ? "" : $". Write '{fix}'")}.";
            }
            else if (!ImageTag.IsValidTag(value))
            {
                ruleId = RuleIds.InvalidTag;
                message = DescribeBadTag(option, value, alsoDigest: true);
            }
            else
            {
                return System.Array.Empty<RuleViolation>();
            }

            return new[] { new RuleViolation(ruleId, option, -1, message, ruleId == RuleIds.InvalidTag ? null : DigestFix(value)) };
        }

        // The digest a fix writes for a value read as a broken or missing digest (I1, I2, I3, I10), when one can be made.
        private static FixHint? DigestFix(string value)
            => ImageDigest.SuggestFix(value) is { } digest && digest != value ? FixHint.Replace(digest) : null;

        /// <summary>
        /// A digest for <c>RepositoryUriForDigest</c>, which appends <c>@</c> and the value unchecked: I2 (not a
        /// <c>sha256:</c> digest, including <c>""</c>, which gives a URI with no digest), I3 (<c>sha256:</c> not followed by
        /// 64 lowercase hex characters). Nothing for a value not set or not known.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateDigest(Setting<string> digest, string option = "digest")
        {
            if (!digest.TryGetValue(out var value) || value is null || ImageDigest.IsValidDigest(value))
            {
                return System.Array.Empty<RuleViolation>();
            }

            if (value.StartsWith(ImageDigest.Prefix, System.StringComparison.Ordinal))
            {
                return new[] { new RuleViolation(RuleIds.MalformedDigest, option, -1, DescribeBadDigest(option, value), DigestFix(value)) };
            }

            var fix = ImageDigest.SuggestFix(value);
            var message = value.Length == 0
                ? $"{option} '' is not a digest: RepositoryUriForDigest then returns the URI with no digest. Give a 'sha256:' digest, or use RepositoryUriForTag."
                : $"{option} '{value}' is not a 'sha256:' digest: RepositoryUriForDigest builds '<uri>@{value}', which is not a valid image reference{(fix is null ? ". For a tag use RepositoryUriForTag" : $". Write '{fix}'")}.";
            return new[] { new RuleViolation(RuleIds.UriForDigestNeedsDigest, option, -1, message, DigestFix(value)) };
        }

        /// <summary>
        /// A value that can only be a tag (<c>EcrImageCodeProps.Tag</c>, <c>RepositoryUriForTag</c>): I4 when it is not a
        /// valid tag, with a dedicated message for a digest given as a tag. A bare 64-hex value is a valid tag here (CDK
        /// asset images are tagged with their 64-hex hash). Nothing for a value not set or not known.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateTag(Setting<string> tag, string option = "Tag")
        {
            if (!tag.TryGetValue(out var value) || value is null || ImageTag.IsValidTag(value))
            {
                return System.Array.Empty<RuleViolation>();
            }

            var message = value.StartsWith(ImageDigest.Prefix, System.StringComparison.Ordinal) || ImageDigest.LooksLikeMisspelledDigest(value)
                ? $"{option} '{value}' is a digest, not a tag: it is appended as ':{value}', which is not a valid image reference. Pass it as TagOrDigest (or to RepositoryUriForDigest) instead."
                : DescribeBadTag(option, value, alsoDigest: false);
            return new[] { new RuleViolation(RuleIds.InvalidTag, option, -1, message) };
        }

        /// <summary>
        /// An image reference as a whole: the value checks of <see cref="ValidateTagOrDigest"/> and
        /// <see cref="ValidateTag"/>, plus I5 (<c>Tag</c> and <c>TagOrDigest</c> both known: <c>TagOrDigest</c> silently wins),
        /// I6 (<c>Tag</c> written without <c>TagOrDigest</c>: deprecated) and I9 (exec-form <c>Cmd</c>/<c>Entrypoint</c>
        /// element that holds a whole command line, such as <c>"python app.py"</c>).
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(ImageReferenceSpec spec)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            var violations = default(ViolationList);
            violations.AddRange(ValidateTagOrDigest(spec.TagOrDigest));
            violations.AddRange(ValidateTag(spec.Tag));

            if (spec.Tag.IsPresent && spec.TagOrDigest.IsPresent)
            {
                // code.ts EcrImageCode.bind: tagOrDigest ?? tag ?? 'latest'. Presence decides, not the values (W4).
                violations.Add(
                    RuleIds.TagAndTagOrDigest,
                    "Tag",
                    -1,
                    $"Tag{Quoted(spec.Tag)} is ignored because TagOrDigest{Quoted(spec.TagOrDigest)} is also set (the CDK uses TagOrDigest ?? Tag ?? \"latest\"); remove Tag.",
                    FixHint.Remove("Tag", keep: "TagOrDigest"));
            }
            else if (spec.Tag.IsSet && !spec.TagOrDigest.IsSet)
            {
                // I6 is about the deprecated option being written, whatever its value.
                var shown = spec.Tag.IsKnown ? $" '{spec.Tag.Value}'" : "";
                violations.Add(
                    RuleIds.DeprecatedTag,
                    "Tag",
                    -1,
                    $"EcrImageCodeProps.Tag{shown} is deprecated and cannot take a digest: use TagOrDigest instead.",
                    FixHint.Rename("TagOrDigest"));
            }

            CheckExecForm(spec, ref violations);
            return violations.ToResult();
        }

        // " 'value'" for a known value, "" for a value only known to be there.
        private static string Quoted(Setting<string> setting) => setting.IsKnown ? $" '{setting.Value}'" : "";

        // I9: exec form passes each element as one argv entry, so "python app.py" names a program called "python app.py".
        // Only flag elements whose place makes that almost surely a mistake: the program position, or an option with its value
        // glued on ("--port 8080"); an argument after a shell's -c is a command line by design.
        private static void CheckExecForm(ImageReferenceSpec spec, ref ViolationList violations)
        {
            var entrypointKnown = spec.Entrypoint.TryGetValue(out var entrypoint);
            if (entrypointKnown)
            {
                CheckExecFormList("Entrypoint", entrypoint, firstIsProgram: true, firstFollowsShellCommandFlag: false, ref violations);
            }

            if (!spec.Cmd.TryGetValue(out var cmd))
            {
                return;
            }

            // Cmd[0] is the program only when no Entrypoint is given; after a known Entrypoint it is an argument.
            var cmdFirstIsProgram = !spec.Entrypoint.IsSet;
            var cmdFollowsShell = entrypointKnown && entrypoint.Count > 0 && IsShellCommandFlag(entrypoint[entrypoint.Count - 1].Value);
            CheckExecFormList("Cmd", cmd, cmdFirstIsProgram, cmdFollowsShell, ref violations);
        }

        private static void CheckExecFormList(string option, EquatableArray<NullableString> elements, bool firstIsProgram, bool firstFollowsShellCommandFlag, ref ViolationList violations)
        {
            for (var i = 0; i < elements.Count; i++)
            {
                var element = elements[i].Value;
                var followsShellFlag = i == 0 ? firstFollowsShellCommandFlag : IsShellCommandFlag(elements[i - 1].Value);
                if (element is null || followsShellFlag || !ContainsInnerWhitespace(element))
                {
                    continue;
                }

                var isProgram = i == 0 && firstIsProgram;
                if (isProgram || IsOptionWithGluedValue(element))
                {
                    var parts = string.Join("\", \"", element.Trim().Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries));
                    violations.Add(
                        RuleIds.ExecForm,
                        option,
                        -1,
                        $"{option} element {i} '{element}' holds several words, but {option} is exec form: each element is one argument, so it is passed as a single argument (the container fails to start). Write one element per argument: [\"{parts}\"].");
                }
            }
        }

        private static bool ContainsInnerWhitespace(string element)
        {
            var trimmed = element.Trim();
            foreach (var c in trimmed)
            {
                if (c == ' ' || c == '\t')
                {
                    return true;
                }
            }

            return false;
        }

        // "--port 8080", "-m app": an option name, whitespace, then more.
        private static bool IsOptionWithGluedValue(string element)
        {
            var i = 0;
            while (i < element.Length && i < 2 && element[i] == '-')
            {
                i++;
            }

            if (i == 0 || i >= element.Length || !Ascii.IsLetterOrDigit(element[i]))
            {
                return false;
            }

            while (i < element.Length && (Ascii.IsLetterOrDigit(element[i]) || element[i] == '-' || element[i] == '_' || element[i] == '.'))
            {
                i++;
            }

            return i < element.Length && (element[i] == ' ' || element[i] == '\t');
        }

        // sh -c, bash -ec, cmd /c, powershell -Command: the next element is a whole command line.
        private static bool IsShellCommandFlag(string? element)
        {
            if (element is null)
            {
                return true; // unknown: assume the next element may legitimately be a command line.
            }

            // PowerShell's parameter names are case-insensitive, and "-Command" would otherwise be judged as a cluster below.
            if (string.Equals(element, "-Command", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (element.Length >= 2 && element[0] == '-' && element[1] != '-')
            {
                for (var i = 1; i < element.Length; i++)
                {
                    if (!Ascii.IsLower(element[i]))
                    {
                        return false;
                    }
                }

                return element.IndexOf('c') > 0;
            }

            return string.Equals(element, "/c", System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(element, "--command", System.StringComparison.Ordinal);
        }

        private static string DescribeBadDigest(string option, string value)
        {
            var hex = value.Substring(ImageDigest.Prefix.Length);
            var fix = ImageDigest.SuggestFix(value);
            var problem = hex.Length != ImageDigest.HexLength
                ? $"has {hex.Length} characters after 'sha256:'"
                : "has characters after 'sha256:' that are not lowercase hex";
            return $"{option} '{value}' {problem}; a sha256 digest is 'sha256:' followed by exactly {ImageDigest.HexLength} lowercase hex characters{(fix is null ? "" : $". Write '{fix}'")}.";
        }

        private static string DescribeBadTag(string option, string value, bool alsoDigest)
        {
            string problem;
            if (value.Length > ImageTag.MaxLength)
            {
                problem = $"has {value.Length} characters (at most {ImageTag.MaxLength})";
            }
            else if (value.Length == 0)
            {
                problem = "is empty: the CDK then builds an image URI with no tag";
            }
            else
            {
                var at = ImageTag.IndexOfInvalidChar(value);
                problem = at == 0 && (value[0] == '.' || value[0] == '-')
                    ? $"starts with '{value[0]}'"
                    : $"contains '{value[at]}' at position {at}";
            }

            return $"{option} '{value}' is not a valid image tag: it {problem}; a tag matches {ImageTag.Pattern}{(alsoDigest ? " (a digest starts with 'sha256:')" : "")}.";
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>Why an image name cannot become the prefix of generated members (catalogue row G4).</summary>
    internal enum ImageNameProblem
    {
        /// <summary>The name can be used.</summary>
        None,

        /// <summary>Not a valid C# identifier (or <c>@</c>-prefixed, which stops being one with a suffix).</summary>
        NotAnIdentifier,

        /// <summary>An earlier image of the same kind on the class has the same name, as C# compares identifiers.</summary>
        Repeated,

        /// <summary>A member it makes would be the <c>TagParameterImage</c> property of <c>[TagParameterImage]</c> (CS0102).</summary>
        TagParameterImageMember,

        /// <summary>A member it makes would have the class's own name (CS0542).</summary>
        ClassName,
    }

    /// <summary>
    /// The one place that decides which image names the generator can use: the generator leaves out the names it refuses,
    /// and the attribute analyzer reports them (ECR0004) with the same verdict. Members the user declared are checked by
    /// each side against the symbol (<see cref="RepositoryClassReader"/>, the analyzer).
    /// </summary>
    internal sealed class ImageNames
    {
        private readonly string _classKey;
        private readonly bool _hasTagParameterImage;
        private readonly string[] _suffixes;
        private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

        /// <summary>A check of the images of one kind on one class, in declaration order.</summary>
        /// <param name="className">The class the members are generated into.</param>
        /// <param name="hasTagParameterImage">Whether the class also gets the <c>TagParameterImage</c> property.</param>
        /// <param name="suffixes">The members an image name makes (<c>"Code"</c>, <c>"CodeProps"</c>).</param>
        public ImageNames(string className, bool hasTagParameterImage, params string[] suffixes)
        {
            _classKey = IdentifierKey(className);
            _hasTagParameterImage = hasTagParameterImage;
            _suffixes = suffixes;
        }

        /// <summary>
        /// Checks the next image's <paramref name="name"/>; <paramref name="member"/> is the colliding member for the member
        /// problems. A valid name counts as taken from here on, used or not, as the generator emits the first of each name.
        /// </summary>
        public ImageNameProblem Check(string name, out string? member)
        {
            member = null;
            if (!IsValidMemberPrefix(name))
            {
                return ImageNameProblem.NotAnIdentifier;
            }

            if (!_seen.Add(IdentifierKey(name)))
            {
                return ImageNameProblem.Repeated;
            }

            foreach (var suffix in _suffixes)
            {
                member = name + suffix;
                var key = IdentifierKey(member);
                if (_hasTagParameterImage && key == GeneratedMembers.TagParameterImageProperty)
                {
                    return ImageNameProblem.TagParameterImageMember;
                }

                if (key == _classKey)
                {
                    return ImageNameProblem.ClassName;
                }
            }

            member = null;
            return ImageNameProblem.None;
        }

        /// <summary>An identifier as C# compares it: without formatting characters (Unicode category Cf).</summary>
        public static string IdentifierKey(string name)
        {
            var builder = new System.Text.StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>Whether <paramref name="name"/> is an identifier that stays one with a suffix (not a keyword, no <c>@</c>).</summary>
        public static bool IsValidMemberPrefix(string name)
            => SyntaxFacts.IsValidIdentifier(name) && name[0] != '@';
    }
}

using EcrGen.Domain;
using EcrGen.Domain.Specs;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// Everything the generator needs to emit one <c>[EcrRepository]</c> class: plain values with structural equality, so the
    /// incremental pipeline can tell "nothing changed" (no symbols, syntax nodes or compilations in here).
    /// </summary>
    internal sealed record RepositoryClassModel(
        TypeLocation Location,
        RepositorySpec Repository,
        EquatableArray<LifecycleRuleSpec> LifecycleRules,
        TagParameterImageModel? TagParameterImage,
        EquatableArray<ImageCodeModel> ImageCodes,
        EquatableArray<ContainerImageModel> ContainerImages)
    {
        /// <summary>Whether the class has <c>[TagParameterImage]</c>.</summary>
        public bool HasTagParameterImage => TagParameterImage is not null;
    }

    /// <summary>Where the class lives: namespace, containing types (outermost first) and its own name.</summary>
    internal sealed record TypeLocation(string? Namespace, EquatableArray<ContainingType> ContainingTypes, string ClassName)
    {
        /// <summary>A file name unique per class and stable across runs.</summary>
        public string HintName
        {
            get
            {
                var builder = new System.Text.StringBuilder();
                if (Namespace is not null)
                {
                    builder.Append(Namespace).Append('.');
                }

                foreach (var containing in ContainingTypes)
                {
                    builder.Append(containing.Name).Append('.');
                }

                builder.Append(ClassName).Append(GeneratedMembers.HintNameSuffix);
                return builder.ToString();
            }
        }
    }

    /// <summary>A containing type and the keyword its partial declaration takes (<c>class</c>, <c>struct</c>, <c>record</c>, …).</summary>
    internal readonly record struct ContainingType(string Keyword, string Name);

    /// <summary>An <c>[EcrImageCode(name)]</c>: the member-name prefix and the image options.</summary>
    internal sealed record ImageCodeModel(string Name, ImageReferenceSpec Image);

    /// <summary>A <c>[TagParameterImage]</c>: whether its stack parameter holds a digest rather than a tag.</summary>
    internal sealed record TagParameterImageModel(Setting<bool> IsImageDigest);

    /// <summary>A <c>[ContainerImage(name)]</c>: the member-name prefix and the tag or digest.</summary>
    internal sealed record ContainerImageModel(string Name, Setting<string> TagOrDigest);
}

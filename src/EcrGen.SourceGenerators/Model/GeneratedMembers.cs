namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// The names of what EcrGen generates into an <c>[EcrRepository]</c> class: read by the emitter that writes the members, by
    /// the reader that refuses classes named like one and leaves out helpers the user already declared, and by the analyzers
    /// that report those cases. A name spelled anywhere else is a bug.
    /// </summary>
    internal static class GeneratedMembers
    {
        /// <summary>The static method that builds the props the constructor passes to <c>Repository</c>.</summary>
        public const string CreateRepositoryProps = "CreateRepositoryProps";

        /// <summary>The partial method the user implements to change the props (the escape hatch).</summary>
        public const string OnConfiguringProps = "OnConfiguringProps";

        /// <summary><c>[TagParameterImage]</c>: the property that holds the image.</summary>
        public const string TagParameterImageProperty = "TagParameterImage";

        /// <summary><c>[TagParameterImage]</c>: the method that builds a pipeline action's parameter overrides.</summary>
        public const string TagParameterOverrides = "TagParameterOverrides";

        /// <summary><c>[TagParameterImage]</c>: the field behind <see cref="TagParameterImageProperty"/>.</summary>
        public const string TagParameterImageField = "_ecrGenTagParameterImage";

        /// <summary><c>[EcrImageCode("Name")]</c> makes <c>NameCode()</c> (a <c>DockerImageCode</c>).</summary>
        public const string ImageCodeSuffix = "Code";

        /// <summary><c>[EcrImageCode("Name")]</c> makes <c>NameCodeProps()</c> (its <c>EcrImageCodeProps</c>).</summary>
        public const string ImageCodePropsSuffix = "CodeProps";

        /// <summary><c>[ContainerImage("Name")]</c> makes <c>NameImage()</c> (an ECS <c>EcrImage</c>).</summary>
        public const string ContainerImageSuffix = "Image";

        /// <summary>What ends the hint name (and so the file name) of every generated source.</summary>
        public const string HintNameSuffix = ".EcrRepository.g.cs";

        /// <summary>The members an <c>[EcrImageCode]</c> name makes, the first being the one messages name.</summary>
        public static readonly string[] ImageCodeSuffixes = { ImageCodeSuffix, ImageCodePropsSuffix };

        /// <summary>The members a <c>[ContainerImage]</c> name makes.</summary>
        public static readonly string[] ContainerImageSuffixes = { ContainerImageSuffix };

        /// <summary>Whether a syntax tree's path is a source EcrGen generated.</summary>
        public static bool IsGeneratedFile(string? path) => path is not null && path.EndsWith(HintNameSuffix, System.StringComparison.Ordinal);

        /// <summary>
        /// Whether a class may not have this name because EcrGen generates a member of it (a member cannot share its class's
        /// name: CS0542); the <c>[TagParameterImage]</c> members count only when that attribute is there.
        /// </summary>
        public static bool IsReserved(string className, bool hasTagParameterImage)
            => className switch
            {
                CreateRepositoryProps or OnConfiguringProps => true,
                TagParameterImageProperty or TagParameterOverrides or TagParameterImageField => hasTagParameterImage,
                _ => false,
            };
    }
}

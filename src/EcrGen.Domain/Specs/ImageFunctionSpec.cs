namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// A Lambda function whose code is a container image (<c>DockerImageFunctionProps</c>, or <c>FunctionProps</c> with image
    /// code), as far as the options an image function cannot have and its architecture go.
    /// </summary>
    public sealed record ImageFunctionSpec
    {
        /// <summary><c>Layers</c> written with a value known not to be <c>null</c> (an array of layers).</summary>
        public bool HasLayers { get; init; }

        /// <summary><c>AdotInstrumentation</c> written with a value known not to be <c>null</c>.</summary>
        public bool HasAdotInstrumentation { get; init; }

        /// <summary><c>SnapStart</c> written with a value known not to be <c>null</c> (<c>SnapStartConf.ON_PUBLISHED_VERSIONS</c>).</summary>
        public bool HasSnapStart { get; init; }

        /// <summary>
        /// <c>Architecture</c> by its Lambda name (<c>x86_64</c>, <c>arm64</c>): not set means the CDK's default, x86_64; a custom
        /// architecture is unknown.
        /// </summary>
        public Setting<string> Architecture { get; init; }

        /// <summary>
        /// The Docker platform the image asset is built for (<c>AssetImageCodeProps.Platform</c>: <c>linux/amd64</c>,
        /// <c>linux/arm64</c>); not set when the code is not an asset built here or names no platform.
        /// </summary>
        public Setting<string> ImagePlatform { get; init; }
    }
}

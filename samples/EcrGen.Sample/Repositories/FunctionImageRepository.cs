namespace EcrGen.Sample.Repositories
{
    /// <summary>
    /// Holds the Lambda function's container image. The function is pinned to an image digest, so a re-pushed tag can never
    /// change the code that runs; the CMD, ENTRYPOINT and WORKDIR of the image are overridden for Lambda.
    /// </summary>
    [EcrRepository("ecrgen-sample/function")]
    [EcrImageCode(
        "Handler",
        TagOrDigest = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0",
        Cmd = new[] { "app.handler" },
        Entrypoint = new[] { "/lambda-entrypoint.sh" },
        WorkingDirectory = "/var/task")]
    public partial class FunctionImageRepository
    {
    }
}

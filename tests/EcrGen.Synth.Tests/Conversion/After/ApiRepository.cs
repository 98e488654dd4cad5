namespace EcrGen.Synth.Tests.Conversion.After
{
    [EcrRepository(RepositoryNames.Api, Encryption = EcrEncryption.Aes256)]
    [LifecycleRule(MaxImageCount = 10)]
    public partial class ApiRepository
    {
    }
}

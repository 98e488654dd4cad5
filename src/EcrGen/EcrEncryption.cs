namespace EcrGen
{
    /// <summary>
    /// The server-side encryption of an <see cref="EcrRepositoryAttribute"/> repository. (The CDK models this as the
    /// <c>RepositoryEncryption</c> class, which an attribute cannot take; this enum maps onto its two values.)
    /// </summary>
    public enum EcrEncryption
    {
        /// <summary><c>RepositoryEncryption.AES_256</c>: Amazon S3-managed keys.</summary>
        Aes256 = 1,

        /// <summary><c>RepositoryEncryption.KMS</c>: an AWS KMS key (the AWS-managed one unless a key ARN is given).</summary>
        Kms = 2,
    }
}

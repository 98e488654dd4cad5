namespace EcrGen.Domain.Rules
{
    /// <summary>AWS account ids as ECR registry ids (catalogue R6).</summary>
    public static class RegistryId
    {
        /// <summary>The CloudFormation schema pattern of <c>LifecyclePolicy.RegistryId</c>.</summary>
        public const string Pattern = "^[0-9]{12}$";

        /// <summary>
        /// Whether <paramref name="s"/> is exactly twelve ASCII digits (R6; CloudFormation AWS::ECR::Repository schema,
        /// <c>RegistryId</c> pattern <c>^[0-9]{12}$</c>).
        /// </summary>
        public static bool IsValid(string s)
        {
            if (s is null || s.Length != 12)
            {
                return false;
            }

            foreach (var c in s)
            {
                if (!Ascii.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using System;
using System.Diagnostics;

namespace EcrGen
{
    /// <summary>
    /// Adds a <c>TagParameterImage</c> property (an <c>Amazon.CDK.AWS.ECS.TagParameterContainerImage</c> over this repository,
    /// created once) and a <c>TagParameterOverrides(string tag)</c> method that returns the <c>ParameterOverrides</c> a
    /// CodePipeline <c>CloudFormationCreateUpdateStackAction</c> takes, keyed by the real parameter name.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("ECRGEN_USAGES")]
    public sealed class TagParameterImageAttribute : Attribute
    {
        /// <summary>
        /// Amazon.CDK.Lib 2.271.0+: the parameter holds an image digest (<c>sha256:…</c>) rather than a tag, and the image is
        /// <c>repository@digest</c> (<c>TagParameterContainerImageProps.IsImageDigest</c>); <c>TagParameterOverrides</c> then
        /// takes the digest.
        /// </summary>
        public bool IsImageDigest { get; set; }
    }
}

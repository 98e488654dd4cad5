using System;
using System.Diagnostics;

namespace EcrGen
{
    /// <summary>
    /// Adds <c>{Name}Code()</c>, returning <c>DockerImageCode.FromEcr(this, props)</c>, and <c>{Name}CodeProps()</c>, returning
    /// a fresh <c>EcrImageCodeProps</c> with the options written here: Lambda code from an image in this repository.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("ECRGEN_USAGES")]
    public sealed class EcrImageCodeAttribute : Attribute
    {
        /// <summary>Declares an image code helper.</summary>
        /// <param name="name">A C# identifier, unique in the class: the prefix of the generated members.</param>
        public EcrImageCodeAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The prefix of the generated members.</summary>
        public string Name { get; }

        /// <summary>Deprecated in the CDK: an image tag (never a digest). Use <see cref="TagOrDigest"/>.</summary>
        [Obsolete("Deprecated in the CDK (EcrImageCodeProps.Tag): use TagOrDigest.")]
        public string? Tag { get; set; }

        /// <summary>An image tag, or a digest that starts with <c>sha256:</c>.</summary>
        public string? TagOrDigest { get; set; }

        /// <summary>The CMD override, in exec form: one element per argument.</summary>
        public string[]? Cmd { get; set; }

        /// <summary>The ENTRYPOINT override, in exec form: one element per argument.</summary>
        public string[]? Entrypoint { get; set; }

        /// <summary>The working directory override.</summary>
        public string? WorkingDirectory { get; set; }
    }
}

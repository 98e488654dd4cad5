using System;
using System.Diagnostics;

namespace EcrGen
{
    /// <summary>
    /// Adds <c>{Name}Image()</c>, returning <c>ContainerImage.FromEcrRepository(this, tagOrDigest)</c>: an ECS container
    /// image from this repository.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("ECRGEN_USAGES")]
    public sealed class ContainerImageAttribute : Attribute
    {
        /// <summary>Declares a container image helper.</summary>
        /// <param name="name">A C# identifier, unique in the class: the prefix of the generated member.</param>
        public ContainerImageAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The prefix of the generated member.</summary>
        public string Name { get; }

        /// <summary>An image tag, or a digest that starts with <c>sha256:</c>; the CDK's default is <c>latest</c>.</summary>
        public string? TagOrDigest { get; set; }
    }
}

using Amazon.CDK;
using Constructs;
using EcrGen.Sample.Repositories;

namespace EcrGen.Sample.Scenarios
{
    /// <summary>
    /// Scenario 2, part 1: the repository that holds the function's image, in a stack of its own. It is deployed (and the
    /// image pushed to it) before the function's stack: a repository created in the function's own stack would be empty
    /// when CloudFormation creates the function, which Lambda rejects ("Source image ... does not exist").
    /// </summary>
    public sealed class FunctionImagesStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public FunctionImagesStack(Construct scope, string id, IStackProps? props = null)
            : base(scope, id, props)
        {
            Repository = new FunctionImageRepository(this, "FunctionImages");
        }

        /// <summary>The repository that holds the function's image.</summary>
        public FunctionImageRepository Repository { get; }
    }
}

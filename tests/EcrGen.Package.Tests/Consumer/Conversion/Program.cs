using Amazon.CDK;
using Infra.Stacks;

namespace Infra
{
    public static class Program
    {
        public static void Main()
        {
            var app = new App();
            new ApiStack(app, "Api");
            new WorkerStack(app, "Worker");
            app.Synth();
        }
    }
}

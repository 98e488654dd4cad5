using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Amazon.CDK.CXAPI;
using EcrGen.Sample;
using EcrGen.Synth.Tests.Generated;
using EcrGen.Synth.Tests.HandWritten;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>
    /// The two apps every test compares, synthesized once for the whole test run (jsii's Node startup and a synthesis take
    /// seconds): the sample app plus the every-option stack, written with EcrGen, and their hand-written twin.
    /// </summary>
    public sealed class SynthesizedApps : IDisposable
    {
        /// <summary>The every-option stack's id, on both sides.</summary>
        public const string EveryOptionStackId = "EcrGenTests-EveryOption";

        private readonly DirectoryInfo outputRoot = Directory.CreateTempSubdirectory("ecrgen-synth-tests-");

        /// <summary>Synthesizes both apps into a temporary directory.</summary>
        public SynthesizedApps()
        {
            JsiiNodeWarnings.Silence();

            var generatedApp = SampleApp.BuildApp(Path.Combine(outputRoot.FullName, "generated"));
            EveryOptionStack = new EveryOptionStack(generatedApp, EveryOptionStackId);
            Generated = new SynthesizedTemplates(generatedApp.Synth());

            HandWritten = new SynthesizedTemplates(HandWrittenApp.Build(Path.Combine(outputRoot.FullName, "hand-written")).Synth());
        }

        /// <summary>The templates of the app written with EcrGen attributes.</summary>
        public SynthesizedTemplates Generated { get; }

        /// <summary>The templates of the hand-written twin.</summary>
        public SynthesizedTemplates HandWritten { get; }

        /// <summary>The generated side's every-option stack, for checks on the generated members themselves.</summary>
        public EveryOptionStack EveryOptionStack { get; }

        /// <inheritdoc />
        public void Dispose() => outputRoot.Delete(recursive: true);
    }

    /// <summary>The templates of one synthesized cloud assembly, by stack id, read from its cdk.out files.</summary>
    public sealed class SynthesizedTemplates
    {
        private readonly IReadOnlyDictionary<string, JsonElement> templatesByStackId;

        /// <summary>Reads every stack's template of <paramref name="assembly"/>.</summary>
        public SynthesizedTemplates(CloudAssembly assembly)
        {
            templatesByStackId = assembly.Stacks.ToDictionary(
                stack => stack.Id,
                stack =>
                {
                    using var document = JsonDocument.Parse(File.ReadAllText(stack.TemplateFullPath));
                    return document.RootElement.Clone();
                },
                StringComparer.Ordinal);
        }

        /// <summary>The ids of the synthesized stacks, sorted.</summary>
        public IReadOnlyList<string> StackIds => templatesByStackId.Keys.OrderBy(id => id, StringComparer.Ordinal).ToList();

        /// <summary>The template of the stack with this id.</summary>
        public JsonElement Template(string stackId) =>
            templatesByStackId.TryGetValue(stackId, out var template)
                ? template
                : throw new KeyNotFoundException($"No stack '{stackId}' was synthesized; there are: {string.Join(", ", StackIds)}");
    }

    /// <summary>Shares one <see cref="SynthesizedApps"/> across the test classes (and runs them one at a time, as jsii wants).</summary>
    [CollectionDefinition(Name)]
    public sealed class SynthesizedAppsCollection : ICollectionFixture<SynthesizedApps>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "Synthesized apps";
    }
}

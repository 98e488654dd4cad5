using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EcrGen.CodeFixes.Tests.Refactorings
{
    /// <summary>
    /// The synth tests' conversion pair is the refactoring's own output: "Convert to EcrGen" applied to every creation of
    /// <c>tests/EcrGen.Synth.Tests/Conversion/Before/ConversionStack.cs</c> gives exactly the files of <c>Conversion/After</c>
    /// (namespace <c>Before</c> read as <c>After</c>), which the synth tests prove synthesize the same template.
    /// <c>ECRGEN_UPDATE_SNAPSHOTS=1</c> rewrites the After files; review the diff.
    /// </summary>
    public class ConvertToEcrGenSynthPairTests
    {
        private static readonly string Folder = Path.Combine(TestData.RepositoryRoot, "tests", "EcrGen.Synth.Tests", "Conversion");

        [Fact]
        public async Task Converting_every_repository_of_the_before_stack_gives_the_after_files()
        {
            var before = File.ReadAllText(Path.Combine(Folder, "Before", "ConversionStack.cs")).Replace("\r\n", "\n");
            var document = FixHarness.CreateDocument(before).WithName("ConversionStack.cs");
            var original = document.Project.Solution;
            for (var converted = 0; ; converted++)
            {
                var root = await document.GetSyntaxRootAsync();
                var model = await document.GetSemanticModelAsync();
                var creation = root!.DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
                    .FirstOrDefault(c => model!.GetTypeInfo(c).Type?.ToDisplayString() == "Amazon.CDK.AWS.ECR.Repository");
                if (creation is null)
                {
                    Assert.Equal(2, converted);
                    break;
                }

                var action = Assert.Single(await ConversionHarness.ActionsAsync(document, creation.SpanStart));
                var operations = await action.GetOperationsAsync(CancellationToken.None);
                document = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution.GetDocument(document.Id)!;
            }

            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var changes = document.Project.Solution.GetChanges(original).GetProjectChanges().Single();
            foreach (var id in changes.GetAddedDocuments().Append(document.Id))
            {
                var file = document.Project.Solution.GetDocument(id)!;
                files[file.Name] = (await file.GetTextAsync()).ToString().Replace("Conversion.Before", "Conversion.After", StringComparison.Ordinal);
            }

            var diagnostics = await ConversionHarness.ErrorsAndWarningsAsync(document.Project);
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));

            var afterFolder = Path.Combine(Folder, "After");
            if (Environment.GetEnvironmentVariable("ECRGEN_UPDATE_SNAPSHOTS") == "1")
            {
                foreach (var (name, text) in files)
                {
                    File.WriteAllText(Path.Combine(afterFolder, name), text);
                }
            }

            Assert.Equal(files.Keys, Directory.GetFiles(afterFolder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var (name, text) in files)
            {
                Assert.Equal(File.ReadAllText(Path.Combine(afterFolder, name)).Replace("\r\n", "\n"), text);
            }
        }
    }
}

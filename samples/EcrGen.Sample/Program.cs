using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Amazon.CDK.CXAPI;
using EcrGen.Sample;

// Before the first CDK call: that call starts jsii's Node process, which prints the banner once at startup.
JsiiNodeWarnings.Silence();

var outdir = SampleApp.DefaultOutdir();
CloudAssembly assembly = SampleApp.BuildApp(outdir).Synth();

Console.WriteLine($"Synthesized {assembly.Stacks.Length} stacks into {DisplayPath(assembly.Directory)}");
foreach (var stack in assembly.Stacks)
{
    using var template = JsonDocument.Parse(File.ReadAllText(stack.TemplateFullPath));
    var resourceCounts = template.RootElement.TryGetProperty("Resources", out var resources)
        ? resources.EnumerateObject()
            .GroupBy(resource => resource.Value.GetProperty("Type").GetString() ?? "?")
            .Select(byType => (Type: byType.Key, Count: byType.Count()))
            .OrderBy(count => count.Type, StringComparer.Ordinal)
            .ToList()
        : new();

    Console.WriteLine();
    Console.WriteLine($"{stack.StackName} -> {DisplayPath(stack.TemplateFullPath)}");
    Console.WriteLine($"  {resourceCounts.Sum(count => count.Count)} resources");
    foreach (var (type, count) in resourceCounts)
    {
        Console.WriteLine($"  {count,4}  {type}");
    }
}

// Relative to where the user stands when that is shorter (dotnet run from the repository root), else absolute.
static string DisplayPath(string path)
{
    var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
    return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// ECR0004: the names of <c>[EcrImageCode]</c> and <c>[ContainerImage]</c> become prefixes of generated members, so each
    /// must be a valid C# identifier that makes no member the class already has. The generator's own verdict
    /// (<see cref="ImageNames"/>) decides which helpers it leaves out; this analyzer reports them, on the name argument.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ImageNameAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(D.ImageName);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            EcrGenClass.Register(context, needsCdk: true, static (symbolContext, ecrGenClass, _) =>
            {
                if (ecrGenClass.Repository is null)
                {
                    return;
                }

                var sink = new DiagnosticSink(symbolContext.ReportDiagnostic, D.SourceAttribute);
                var hasTagParameterImage = ecrGenClass.TagParameterImage is not null;
                var cancellationToken = symbolContext.CancellationToken;
                Check(ecrGenClass.Type, ecrGenClass.ImageCodes, "EcrImageCode", GeneratedMembers.ImageCodeSuffixes, hasTagParameterImage, sink, cancellationToken);
                Check(ecrGenClass.Type, ecrGenClass.ContainerImages, "ContainerImage", GeneratedMembers.ContainerImageSuffixes, hasTagParameterImage, sink, cancellationToken);
            });
        }

        private static void Check(INamedTypeSymbol type, List<AttributeData> attributes, string attributeName, string[] suffixes, bool hasTagParameterImage, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            if (attributes.Count == 0)
            {
                return;
            }

            // The generator's own verdict on each name (ImageNames), then the members the user declared.
            var names = new ImageNames(type.Name, hasTagParameterImage, suffixes);
            foreach (var attribute in attributes)
            {
                var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                if (syntax is null || name is null)
                {
                    continue; // a missing or null name is a compiler error already
                }

                var location = AttributeLocations.ConstructorArgument(syntax)?.GetLocation() ?? syntax.GetLocation();
                string? problem = names.Check(name, out var member) switch
                {
                    ImageNameProblem.NotAnIdentifier => $"Image name '{name}' of [{attributeName}] is not a valid C# identifier; it becomes the prefix of generated members such as '{name}{suffixes[0]}()'",
                    ImageNameProblem.Repeated => $"Image name '{name}' is used by another [{attributeName}] on '{type.Name}'; the generated members '{name}{suffixes[0]}()' would collide",
                    ImageNameProblem.TagParameterImageMember => $"Image name '{name}' makes '{member}()', which collides with the '{GeneratedMembers.TagParameterImageProperty}' property that [TagParameterImage] generates",
                    ImageNameProblem.ClassName => $"Image name '{name}' makes '{member}()', the name of the class '{type.Name}' itself (a member cannot share its class's name)",
                    _ => null,
                };

                if (problem is null)
                {
                    foreach (var suffix in suffixes)
                    {
                        if (HasUserMember(type, ImageNames.IdentifierKey(name + suffix), cancellationToken))
                        {
                            problem = $"Image name '{name}' makes '{name + suffix}()', which collides with the member '{name + suffix}' already declared in '{type.Name}'";
                            break;
                        }
                    }
                }

                if (problem is not null)
                {
                    sink.Report(D.ImageName, location, "name", problem);
                }
            }
        }

        // Members the user wrote (not the ones EcrGen generated into the same partial class).
        private static bool HasUserMember(INamedTypeSymbol type, string name, CancellationToken cancellationToken)
        {
            foreach (var member in type.GetMembers(name))
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    if (!GeneratedMembers.IsGeneratedFile(reference.SyntaxTree.FilePath))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}

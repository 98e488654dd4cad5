using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// ECR0001, ECR0002: an <c>[EcrRepository]</c> class the generator cannot extend. The generator's own target check
    /// (<see cref="RepositoryClassTarget.Check"/>) decides; this analyzer only says where and why. Reported on the class
    /// identifier (the part that is not partial), or on the base type as written.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ClassShapeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(D.ClassShape, D.BaseClass);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            EcrGenClass.Register(context, needsCdk: true, static (symbolContext, ecrGenClass, _) =>
            {
                if (ecrGenClass.Repository is { } repository)
                {
                    Analyze(ecrGenClass.Type, repository, new DiagnosticSink(symbolContext.ReportDiagnostic, D.SourceAttribute), symbolContext.CancellationToken);
                }
            });
        }

        private static void Analyze(INamedTypeSymbol type, AttributeData repository, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var problem = RepositoryClassTarget.Check(type, cancellationToken);
            if (problem == TargetProblem.None)
            {
                return;
            }

            var declaration = AttributeLocations.Syntax(repository, cancellationToken)?.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? FirstDeclaration(type, cancellationToken);
            if (declaration is null)
            {
                return;
            }

            string reason;
            string reasonKey;
            var location = declaration.Identifier.GetLocation();
            switch (problem)
            {
                case TargetProblem.NotPartial:
                    reasonKey = D.ReasonNotPartial;
                    reason = "must be declared partial";
                    foreach (var reference in type.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax part && !part.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            location = part.Identifier.GetLocation();
                            break;
                        }
                    }

                    break;
                case TargetProblem.ContainingTypeNotPartial:
                    reasonKey = D.ReasonContainingTypeNotPartial;
                    reason = $"is nested in '{FirstNonPartialContainer(type, cancellationToken)}', which must be declared partial (as must every containing type)";
                    break;
                case TargetProblem.Generic:
                    reasonKey = D.ReasonGeneric;
                    reason = type.TypeParameters.Length > 0 ? "must not be generic" : "must not be nested in a generic type";
                    break;
                case TargetProblem.Static:
                    reasonKey = D.ReasonStatic;
                    reason = "must not be static";
                    break;
                case TargetProblem.FileLocal:
                    reasonKey = D.ReasonFileLocal;
                    reason = type.IsFileLocal
                        ? "must not be file-local: its generated part is another file"
                        : $"is nested in the file-local '{FirstFileLocalContainer(type)}': its generated part is another file";
                    break;
                case TargetProblem.PrimaryConstructor:
                    reasonKey = D.ReasonPrimaryConstructor;
                    reason = "must not declare a primary constructor: the generated (scope, id) constructor could not call it";
                    break;
                case TargetProblem.ReservedName:
                    reasonKey = D.ReasonReservedName;
                    reason = $"must not be named '{type.Name}', the name of a member EcrGen generates into it";
                    break;
                default:
                    // ECR0002: on the base type as written, else on the class.
                    if (type.IsRecord)
                    {
                        sink.Report(D.BaseClass, location, null, type.Name, "is a record");
                    }
                    else
                    {
                        var baseLocation = BaseTypeLocation(type, cancellationToken) ?? location;
                        sink.Report(D.BaseClass, baseLocation, null, type.Name, $"derives from '{type.BaseType?.ToDisplayString()}'");
                    }

                    return;
            }

            sink.Report(D.ClassShape, location, null, new[] { new KeyValuePair<string, string?>(D.ReasonKey, reasonKey) }, type.Name, reason);
        }

        private static TypeDeclarationSyntax? FirstDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
                {
                    return declaration;
                }
            }

            return null;
        }

        private static string FirstNonPartialContainer(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                foreach (var reference in containing.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        return containing.Name;
                    }
                }
            }

            return type.ContainingType?.Name ?? string.Empty;
        }

        private static string FirstFileLocalContainer(INamedTypeSymbol type)
        {
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                if (containing.IsFileLocal)
                {
                    return containing.Name;
                }
            }

            return string.Empty;
        }

        private static Location? BaseTypeLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { BaseList: { } baseList } && baseList.Types.Count > 0)
                {
                    return baseList.Types[0].GetLocation();
                }
            }

            return null;
        }
    }
}

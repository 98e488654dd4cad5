using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// Whether the generator can extend an <c>[EcrRepository]</c> class: the one verdict the generator acts on (it generates
    /// nothing for a class it refuses) and the class-shape analyzer reports (ECR0001, ECR0002).
    /// </summary>
    internal static class RepositoryClassTarget
    {
        /// <summary>Whether code can be generated into <paramref name="type"/> (catalogue rows G1, G2).</summary>
        public static TargetProblem Check(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.IsStatic)
            {
                return TargetProblem.Static;
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.TypeParameters.Length > 0)
                {
                    return TargetProblem.Generic;
                }
            }

            if (type.IsRecord || type.TypeKind != TypeKind.Class
                || (type.BaseType is { SpecialType: not SpecialType.System_Object } baseType && !IsCdkRepository(baseType)))
            {
                return TargetProblem.ConflictingBase;
            }

            if (!AllDeclarationsPartial(type, cancellationToken))
            {
                return TargetProblem.NotPartial;
            }

            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                if (!AllDeclarationsPartial(containing, cancellationToken))
                {
                    return TargetProblem.ContainingTypeNotPartial;
                }
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal)
                {
                    return TargetProblem.FileLocal;
                }
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { ParameterList: not null })
                {
                    return TargetProblem.PrimaryConstructor;
                }
            }

            return HasReservedName(type) ? TargetProblem.ReservedName : TargetProblem.None;
        }

        /// <summary>
        /// Whether a second partial declaration of <paramref name="type"/> can be written at all: not while a name is still
        /// being typed (<c>partial class : X</c>, <c>namespace App.</c>, which would emit <c>partial class  :</c>). The compiler
        /// reports those; the generator adds nothing that cannot compile.
        /// </summary>
        public static bool CanDeclareGeneratedPart(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (!SyntaxFacts.IsValidIdentifier(current.Name))
                {
                    return false;
                }
            }

            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (!SyntaxFacts.IsValidIdentifier(ns.Name))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="type"/>'s name is one the generated members need (a member cannot share its class's name: CS0542).</summary>
        private static bool HasReservedName(INamedTypeSymbol type)
            => GeneratedMembers.IsReserved(type.Name, hasTagParameterImage: false)
                || (GeneratedMembers.IsReserved(type.Name, hasTagParameterImage: true) && RepositoryClassReader.FirstApplication(type, EcrGenNames.TagParameterImageAttribute) is not null);

        private static bool IsCdkRepository(INamedTypeSymbol type)
            => type.Name == "Repository" && type.ContainingNamespace?.ToDisplayString() == "Amazon.CDK.AWS.ECR";

        private static bool AllDeclarationsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

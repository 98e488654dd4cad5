using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.Testing
{
    /// <summary>
    /// The EcrGen attribute options a program writes, by syntax: for the tests that check a hand-kept "every option" program
    /// against the option table.
    /// </summary>
    public static class WrittenAttributeOptions
    {
        /// <summary>
        /// Every (attribute metadata name, argument) written in <paramref name="source"/>: a named argument by its property name,
        /// a positional one by its constructor parameter name (<c>repositoryName</c>, <c>name</c>).
        /// </summary>
        public static ISet<(string Attribute, string Argument)> In(string source)
        {
            var written = new HashSet<(string, string)>();
            var attributes = typeof(EcrGen.EcrRepositoryAttribute).Assembly.GetExportedTypes()
                .Where(t => typeof(Attribute).IsAssignableFrom(t))
                .ToDictionary(t => t.Name, StringComparer.Ordinal);
            foreach (var attribute in CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<AttributeSyntax>())
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => attribute.Name.ToString(),
                };
                if (!attributes.TryGetValue(name, out var type) && !attributes.TryGetValue(name + "Attribute", out type))
                {
                    continue;
                }

                var arguments = attribute.ArgumentList?.Arguments ?? default;
                var positional = arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
                var constructor = type.GetConstructors().FirstOrDefault(c => c.GetParameters().Length == positional.Count);
                for (var i = 0; i < positional.Count && constructor is not null; i++)
                {
                    written.Add((type.FullName!, constructor.GetParameters()[i].Name!));
                }

                foreach (var argument in arguments)
                {
                    if (argument.NameEquals is { } equals)
                    {
                        written.Add((type.FullName!, equals.Name.Identifier.ValueText));
                    }
                    else if (argument.NameColon is { } colon)
                    {
                        written.Add((type.FullName!, colon.Name.Identifier.ValueText));
                    }
                }
            }

            return written;
        }
    }
}

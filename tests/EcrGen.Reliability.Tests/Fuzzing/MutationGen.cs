using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EcrGen.Reliability.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>
    /// Code a user has half-typed in the IDE: a valid program (from <see cref="Corpus"/>, or a generated attribute usage)
    /// with one to four edits: a token deleted, duplicated, swapped with the next or replaced, a stray token inserted, the
    /// file truncated (often in the middle of an attribute), a range or line deleted or duplicated, an unbalanced bracket or
    /// quote inserted, a literal replaced by one of another type.
    /// </summary>
    public sealed class MutationGen : Gen<FuzzCase>
    {
        private static readonly string[] Tokens =
        {
            "[", "]", "(", ")", "{", "}", ",", "=", ";", ":", ".", "?", "!", "<", ">", "=>", "::", "\"", "'", "\\", "@\"", "$\"", "\"\"\"",
            "null", "partial", "static", "new", "class", "struct", "record", "interface", "enum", "void", "this", "base", "default",
            "typeof", "nameof(", "global::", "EcrRepository", "LifecycleRule", "ContainerImage", "EcrImageCode", "TagParameterImage",
            "TagStatus.TAGGED", "(TagStatus)99", "42", "-1", "int.MaxValue", "\"x\"", "\"\"", "new[] {", "new[] { null }",
            "[EcrRepository]", "[LifecycleRule(MaxImageCount = 1)]", "[ContainerImage(\"Web\")]", "MaxImageCount =", "Cmd = new[] { \"a\" }",
            "#if X", "#endif", "#region", "#line 1 \"a.cs\"", "#nullable disable", "#pragma warning disable", "/*", "*/", "//", "\u2028", "\0",
            "partial class X { }", "namespace N;", "using EcrGen;", "Description = \"*/\"",
        };

        private static readonly string[] Operations =
        {
            "delete token", "duplicate token", "swap tokens", "replace token", "insert token", "truncate", "truncate in attribute",
            "delete range", "unbalanced bracket", "delete line", "duplicate line", "retype literal",
        };

        private readonly IReadOnlyList<string> _corpus;
        private readonly Gen<FuzzCase> _attributePrograms;

        /// <summary>Mutations of <paramref name="corpus"/> and of <paramref name="attributePrograms"/>.</summary>
        public MutationGen(IReadOnlyList<string> corpus, Gen<FuzzCase> attributePrograms)
        {
            if (corpus.Count == 0)
            {
                throw new ArgumentException("An empty corpus.", nameof(corpus));
            }

            _corpus = corpus;
            _attributePrograms = attributePrograms;
        }

        /// <inheritdoc/>
        public override FuzzCase Generate(PCG pcg, Size? min, out Size size)
        {
            size = new Size(0);
            var rng = new Rng(pcg);
            var fromCorpus = rng.Chance(70);
            var text = fromCorpus ? rng.Pick(_corpus) : rng.From(_attributePrograms).Source;
            var count = rng.Weighted((50, 1), (25, 2), (15, 3), (10, 4));
            var applied = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var operation = rng.Pick(Operations);
                text = Apply(rng, text, operation);
                applied.Add(operation);
            }

            return new FuzzCase(text, false, fromCorpus ? "corpus mutation" : "attribute usage mutation", applied.Distinct().Select(op => "edit " + op).ToArray());
        }

        /// <summary>Applies one edit.</summary>
        public static string Apply(Rng rng, string text, string operation)
        {
            if (text.Length == 0)
            {
                return rng.Pick(Tokens);
            }

            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            var tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count < 2)
            {
                return text + rng.Pick(Tokens);
            }

            var index = rng.Int(0, tokens.Count - 2);
            var token = tokens[index];
            var next = tokens[index + 1];
            switch (operation)
            {
                case "delete token":
                    return Splice(text, token.Span.Start, token.Span.Length, string.Empty);
                case "duplicate token":
                    return Splice(text, token.Span.End, 0, " " + token.Text);
                case "swap tokens":
                    return text.Substring(0, token.Span.Start) + next.Text + text.Substring(token.Span.End, next.Span.Start - token.Span.End) + token.Text + text.Substring(next.Span.End);
                case "replace token":
                    return Splice(text, token.Span.Start, token.Span.Length, rng.Pick(Tokens));
                case "insert token":
                    return Splice(text, token.Span.Start, 0, rng.Pick(Tokens) + " ");
                case "truncate":
                    return text.Substring(0, rng.Int(0, text.Length - 1));
                case "truncate in attribute":
                {
                    var lists = root.DescendantNodes().OfType<AttributeListSyntax>().ToList();
                    if (lists.Count == 0)
                    {
                        return text.Substring(0, rng.Int(0, text.Length - 1));
                    }

                    var list = rng.Pick(lists);
                    return text.Substring(0, rng.Int(list.Span.Start, list.Span.End - 1));
                }

                case "delete range":
                {
                    var start = rng.Int(0, text.Length - 1);
                    return Splice(text, start, Math.Min(rng.Int(1, 40), text.Length - start), string.Empty);
                }

                case "unbalanced bracket":
                    return Splice(text, rng.Int(0, text.Length), 0, rng.Pick(new[] { "{", "}", "(", ")", "[", "]", "\"", "/*", "<" }));
                case "delete line":
                case "duplicate line":
                {
                    var lines = text.Split('\n').ToList();
                    var line = rng.Int(0, lines.Count - 1);
                    if (operation == "delete line")
                    {
                        lines.RemoveAt(line);
                    }
                    else
                    {
                        lines.Insert(line, lines[line]);
                    }

                    return string.Join("\n", lines);
                }

                case "retype literal":
                {
                    var literals = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.TrueKeyword) || t.IsKind(SyntaxKind.FalseKeyword)).ToList();
                    if (literals.Count == 0)
                    {
                        return text;
                    }

                    var literal = rng.Pick(literals);
                    return Splice(text, literal.Span.Start, literal.Span.Length, rng.Pick(new[] { "42", "\"42\"", "null", "true", "-2147483648", "1e300", "'x'", "new[] { \"a\" }", "TagStatus.ANY", "(TagMutability)9" }));
                }

                default:
                    throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
            }
        }

        private static string Splice(string text, int start, int length, string insert)
            => text.Substring(0, start) + insert + text.Substring(start + length);
    }
}

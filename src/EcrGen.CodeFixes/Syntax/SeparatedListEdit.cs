using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.CodeFixes.Syntax
{
    /// <summary>
    /// Adds an element to, or removes one from, a comma-separated list (attribute arguments, object initializer members)
    /// keeping its layout: no dangling or doubled commas, a trailing comma kept where there was one, the one-line or
    /// one-per-line style of the list kept, and comments never left in front of a comma.
    /// </summary>
    internal static class SeparatedListEdit
    {
        /// <summary><paramref name="list"/> without the element at <paramref name="index"/> and the comma that belonged to it.</summary>
        public static SeparatedSyntaxList<T> RemoveAt<T>(SeparatedSyntaxList<T> list, int index)
            where T : SyntaxNode
        {
            var count = list.Count;
            if (count <= 1)
            {
                return default;
            }

            var items = new List<SyntaxNodeOrToken>(list.GetWithSeparators());
            var hasTrailingSeparator = list.SeparatorCount == count;
            var position = index * 2; // element i sits at 2i, its following comma at 2i + 1
            if (index < count - 1 || hasTrailingSeparator)
            {
                // The element and the comma after it; the next element keeps its own indentation.
                items.RemoveRange(position, 2);
            }
            else
            {
                // The last element and the comma before it; what ended the element's line now ends the previous element's.
                var removed = list[index];
                items.RemoveRange(position - 1, 2);
                var previous = (T)items[position - 2].AsNode()!;
                items[position - 2] = previous.WithTrailingTrivia(removed.GetTrailingTrivia());
            }

            return SyntaxFactory.SeparatedList<T>(items);
        }

        /// <summary>
        /// <paramref name="list"/> with <paramref name="element"/> (given without surrounding trivia) added at the end, laid
        /// out like the elements already there.
        /// </summary>
        public static SeparatedSyntaxList<T> Add<T>(SeparatedSyntaxList<T> list, T element)
            where T : SyntaxNode
        {
            var count = list.Count;
            if (count == 0)
            {
                return SyntaxFactory.SingletonSeparatedList(element);
            }

            var items = new List<SyntaxNodeOrToken>(list.GetWithSeparators());
            var last = list[count - 1];
            var indentation = Indentation(last.GetLeadingTrivia());
            if (list.SeparatorCount == count)
            {
                // "A,\n    B,\n" → "A,\n    B,\n    X,\n": the new element takes the indentation and repeats the trailing comma.
                var trailing = list.GetSeparator(count - 1);
                var separator = SyntaxFactory.Token(SyntaxKind.CommaToken)
                    .WithTrailingTrivia(EndsLine(trailing.TrailingTrivia) ? SyntaxFactory.TriviaList(LineBreak(trailing.TrailingTrivia)) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
                items.Add(element.WithLeadingTrivia(EndsLine(trailing.TrailingTrivia) ? indentation : SyntaxFactory.TriviaList()).WithTrailingTrivia());
                items.Add(separator);
                return SyntaxFactory.SeparatedList<T>(items);
            }

            var lastTrailing = last.GetTrailingTrivia();
            var lastIndex = items.Count - 1;
            SyntaxToken comma;
            T added;
            if (EndsLine(lastTrailing))
            {
                // One element per line: the comma goes right after the last element (before any comment on its line).
                comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lastTrailing);
                added = element.WithLeadingTrivia(indentation).WithTrailingTrivia(LineBreak(lastTrailing));
            }
            else if (count >= 2 && EndsLine(list.GetSeparator(count - 2).TrailingTrivia))
            {
                // One element per line with the closing token right after the last one: "A,\n    B)" → "A,\n    B,\n    X)".
                comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineBreak(list.GetSeparator(count - 2).TrailingTrivia));
                added = element.WithLeadingTrivia(indentation).WithTrailingTrivia(lastTrailing);
            }
            else
            {
                comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
                added = element.WithLeadingTrivia().WithTrailingTrivia(lastTrailing);
            }

            items[lastIndex] = last.WithTrailingTrivia();
            items.Add(comma);
            items.Add(added);
            return SyntaxFactory.SeparatedList<T>(items);
        }

        /// <summary>The whitespace that indents a line: what follows the last line break of <paramref name="leading"/>.</summary>
        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var result = new List<SyntaxTrivia>();
            for (var i = leading.Count - 1; i >= 0; i--)
            {
                if (!leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    break;
                }

                result.Insert(0, leading[i]);
            }

            return SyntaxFactory.TriviaList(result);
        }

        private static bool EndsLine(SyntaxTriviaList trivia)
        {
            foreach (var item in trivia)
            {
                if (item.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return true;
                }
            }

            return false;
        }

        private static SyntaxTrivia LineBreak(SyntaxTriviaList trivia)
        {
            foreach (var item in trivia)
            {
                if (item.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return item;
                }
            }

            return SyntaxFactory.ElasticCarriageReturnLineFeed;
        }
    }
}

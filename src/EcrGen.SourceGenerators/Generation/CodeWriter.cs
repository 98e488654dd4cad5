using System.Text;

namespace EcrGen.SourceGenerators.Generation
{
    /// <summary>A small indenting writer for generated source: four spaces a level, <c>\n</c> line ends on every platform.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        /// <summary>Writes one line at the current indentation.</summary>
        public CodeWriter Line(string text)
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(text).Append('\n');
            return this;
        }

        /// <summary>Writes an empty line.</summary>
        public CodeWriter Line() => Line(string.Empty);

        /// <summary>Writes <c>{</c> and indents.</summary>
        public CodeWriter Open()
        {
            Line("{");
            _indent++;
            return this;
        }

        /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <inheritdoc/>
        public override string ToString() => _builder.ToString();
    }
}

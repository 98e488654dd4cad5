using System;
using System.Text;

namespace EcrGen.SourceGenerators.Generation
{
    /// <summary>
    /// A small indenting writer for generated source: four spaces a level, <c>\n</c> line ends on every platform.
    /// Its buffer is reused across classes on the same thread, so generating a class allocates its output string and little
    /// else (docs/performance.md: a growing builder per class was a third of the generator's own allocations).
    /// </summary>
    internal sealed class CodeWriter : IDisposable
    {
        // Room for a typical class (4-9 K characters) without growing; larger buffers are not kept.
        private const int InitialCapacity = 8 * 1024;
        private const int MaxKeptCapacity = 64 * 1024;

        [ThreadStatic]
        private static StringBuilder? s_cachedBuilder;

        private StringBuilder? _builder;
        private int _indent;

        /// <summary>Takes this thread's cached buffer, or a new one.</summary>
        public CodeWriter()
        {
            _builder = s_cachedBuilder ?? new StringBuilder(InitialCapacity);
            s_cachedBuilder = null;
            _builder.Clear();
        }

        private StringBuilder Builder => _builder ?? throw new ObjectDisposedException(nameof(CodeWriter));

        /// <summary>Writes one line at the current indentation.</summary>
        public CodeWriter Line(string text)
        {
            var builder = Builder;
            if (text.Length > 0)
            {
                builder.Append(' ', _indent * 4);
            }

            builder.Append(text).Append('\n');
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
        public override string ToString() => Builder.ToString();

        /// <summary>Gives the buffer back to this thread's cache (once; later use throws).</summary>
        public void Dispose()
        {
            if (_builder is { } builder && builder.Capacity <= MaxKeptCapacity)
            {
                builder.Clear();
                s_cachedBuilder = builder;
            }

            _builder = null;
        }
    }
}

using System;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Generation;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    /// <summary>The writer reuses one buffer per thread: a new writer must start empty whatever the last one left behind.</summary>
    public class CodeWriterTests
    {
        [Fact]
        public void Writes_indented_lines_with_newline_endings()
        {
            using var writer = new CodeWriter();
            writer.Line("namespace App").Open().Line("class A").Open().Line().Close().Close(";");

            Assert.Equal("namespace App\n{\n    class A\n    {\n\n    }\n};\n", writer.ToString());
        }

        [Fact]
        public void A_new_writer_starts_empty_and_unindented_after_a_disposed_one()
        {
            var first = new CodeWriter();
            first.Line("namespace App").Open().Open().Line("left over");
            first.Dispose();

            using var second = new CodeWriter();
            second.Line("fresh");

            Assert.Equal("fresh\n", second.ToString());
        }

        [Fact]
        public void A_writer_is_not_used_after_it_gave_its_buffer_back()
        {
            var writer = new CodeWriter();
            writer.Dispose();

            Assert.Throws<ObjectDisposedException>(() => writer.Line("late"));
            writer.Dispose(); // twice is harmless
        }

        [Fact]
        public void Two_writers_alive_at_once_do_not_share_a_buffer()
        {
            using var outer = new CodeWriter();
            outer.Line("outer");
            using (var inner = new CodeWriter())
            {
                inner.Line("inner");
                Assert.Equal("inner\n", inner.ToString());
            }

            outer.Line("outer again");
            Assert.Equal("outer\nouter again\n", outer.ToString());
        }

        [Fact]
        public async Task Writers_on_parallel_threads_keep_their_own_text()
        {
            var results = await Task.WhenAll(Array.ConvertAll(new int[16], _ => Task.Run(() =>
            {
                var ok = true;
                for (var i = 0; i < 200; i++)
                {
                    using var writer = new CodeWriter();
                    var text = "line " + i + " on " + Environment.CurrentManagedThreadId;
                    writer.Line(text).Open().Line(text).Close();
                    ok &= writer.ToString() == text + "\n{\n    " + text + "\n}\n";
                }

                return ok;
            })));

            Assert.All(results, Assert.True);
        }
    }
}

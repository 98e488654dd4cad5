using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace EcrGen.Testing
{
    /// <summary>
    /// Compares generated text with an expected file checked in beside the test (Verify is not available here). Set
    /// <c>ECRGEN_UPDATE_SNAPSHOTS=1</c> to rewrite the expected files after an intended change, then review the diff.
    /// </summary>
    public static class Snapshot
    {
        /// <summary>Asserts that <paramref name="actual"/> equals the file <c>Snapshots/<paramref name="name"/></c> next to the calling test.</summary>
        public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
        {
            var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", name);
            var normalized = actual.Replace("\r\n", "\n");
            if (Environment.GetEnvironmentVariable("ECRGEN_UPDATE_SNAPSHOTS") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, normalized);
                return;
            }

            Assert.True(File.Exists(path), $"Missing snapshot {path}; run with ECRGEN_UPDATE_SNAPSHOTS=1 to create it.");
            var expected = File.ReadAllText(path).Replace("\r\n", "\n");
            Assert.Equal(expected, normalized);
        }
    }
}

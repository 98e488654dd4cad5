using System;
using System.IO;

namespace EcrGen.Testing
{
    /// <summary>Values and places every test project uses.</summary>
    public static class TestData
    {
        /// <summary>A 64-hex digest body: snippets write <c>"sha256:" + Hex</c>, or "HEX" where a helper replaces it.</summary>
        public const string Hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

        /// <summary>A valid image digest.</summary>
        public const string Digest = "sha256:" + Hex;

        /// <summary>The repository the tests run from: the first folder above the test assembly that holds <c>EcrGen.sln</c>.</summary>
        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        private static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "EcrGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("EcrGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

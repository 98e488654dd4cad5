using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EcrGen.Package.Tests
{
    /// <summary>The exit code and the interleaved output of one command.</summary>
    public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
    {
        /// <summary>The command, its exit code and the last lines of its output: enough to diagnose a failure.</summary>
        public string Describe(int lines = 60)
        {
            var all = Output.Split('\n');
            var tail = string.Join("\n", all.Skip(Math.Max(0, all.Length - lines)));
            return $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:0.0}s; last {lines} lines of output:\n{tail}";
        }
    }

    /// <summary>
    /// Runs the dotnet CLI (the one running these tests) the way a user's terminal would: no MSBuild state inherited from the
    /// `dotnet test` that started us, no build servers left behind, English messages, no telemetry, a time limit.
    /// </summary>
    public static class DotNetCli
    {
        private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(8);

        /// <summary>The dotnet host: the one that runs `dotnet test` (DOTNET_HOST_PATH), else the first on PATH.</summary>
        public static string HostPath
        {
            get
            {
                var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
                return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
            }
        }

        public static Task<CommandResult> RunAsync(
            string workingDirectory,
            IEnumerable<string> arguments,
            IReadOnlyDictionary<string, string>? environment = null,
            TimeSpan? timeout = null)
            => RunProcessAsync(HostPath, workingDirectory, arguments, environment, timeout ?? DefaultTimeout);

        private static async Task<CommandResult> RunProcessAsync(
            string fileName,
            string workingDirectory,
            IEnumerable<string> arguments,
            IReadOnlyDictionary<string, string>? environment,
            TimeSpan timeout)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // `dotnet test` runs us under MSBuild: its variables (MSBuildExtensionsPath, MSBuildSDKsPath, MSBUILD_EXE_PATH, ...)
            // would make the child build resolve its SDK from the parent's state rather than from its own folder.
            foreach (var name in start.Environment.Keys.ToList())
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
            if (environment is not null)
            {
                foreach (var pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
                Append(output, $"*** killed after the {timeout.TotalMinutes:0}-minute limit ***");
                return new CommandResult(Describe(fileName, start.ArgumentList), -1, Snapshot(output), stopwatch.Elapsed);
            }

            // The parameterless wait drains the redirected output.
            process.WaitForExit();
            return new CommandResult(Describe(fileName, start.ArgumentList), process.ExitCode, Snapshot(output), stopwatch.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }

        private static string Describe(string fileName, IEnumerable<string> arguments)
            => string.Join(" ", new[] { Path.GetFileName(fileName) }.Concat(arguments.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a)));
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace RelationsData.Package.Tests;

/// <summary>The output and exit code of one command.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    /// <summary>Fails with the whole output when the command did not succeed, so a CI log says why.</summary>
    public CommandResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}:\n{Output}");
        return this;
    }

    /// <summary>The lines of the output, without trailing whitespace.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
}

/// <summary>
/// Runs dotnet (and the apps it builds) the way a user's shell would: without the MSBuild variables of the test run,
/// and without build servers, which would outlive the test and hold its output pipes open.
/// </summary>
internal static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static CommandResult DotNet(string workingDirectory, params string[] arguments) =>
        Run("dotnet", workingDirectory, new Dictionary<string, string>(), arguments);

    public static CommandResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.ToArray())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                key is "DOTNET_HOST_PATH" or "NUGET_PACKAGES")
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran over {Timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (gate)
        {
            return new CommandResult(process.ExitCode, output.ToString());
        }
    }
}

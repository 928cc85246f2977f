using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace RelationsData.Explorer.Graphs;

/// <summary>Renders DOT to SVG with Graphviz's dot, found on the PATH.</summary>
internal static class SvgRenderer
{
    public const string NotInstalled =
        "rendering SVG needs Graphviz's 'dot', which is not on the PATH; install Graphviz (apt-get install graphviz, brew install graphviz, winget install graphviz) or write --format dot and render it elsewhere";

    /// <summary>The dot executable on <paramref name="searchPath"/> (a PATH value), or null.</summary>
    public static string? FindDot(string? searchPath)
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : new[] { "dot" };
        return (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Writes <paramref name="outputPath"/>; throws <see cref="ToolMissingException"/> without dot, <see cref="UsageException"/> when dot fails.</summary>
    public static void Render(string dotSource, string outputPath, string? searchPath)
    {
        var dot = FindDot(searchPath) ?? throw new ToolMissingException(NotInstalled);
        var start = new ProcessStartInfo(dot) { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-Tsvg");
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(outputPath);
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(dotSource);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new UsageException($"dot could not write {outputPath} (exit code {process.ExitCode}): {errors.Result.Trim()}");
            }
        }
        catch (Win32Exception e)
        {
            throw new ToolMissingException($"{NotInstalled} ({dot}: {e.Message})");
        }
    }
}

/// <summary>A program the command needs is not installed: one line and exit code 3.</summary>
internal sealed class ToolMissingException(string message) : Exception(message);

using System;
using System.IO;
using RelationsData.Explorer.Commands;

namespace RelationsData.Explorer;

/// <summary>Dispatches a command line to its command. Exit codes: 0 done, 2 usage error (unknown command or code).</summary>
public static class Explorer
{
    public const int UsageError = 2;

    /// <summary>A program the command needs (Graphviz's dot) is not installed.</summary>
    public const int ToolMissing = 3;

    private const string Usage = "relation A B, country CODE, timeline CODE, graph [--format mermaid|dot|svg] [--country CODE] [-o FILE], export --format json, dump or diff OLD NEW";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["relation", var a, var b] => RelationCommand.Run(a, b, output),
                ["country", var code] => CountryCommand.Run(code, output),
                ["export", "--format", "json"] or ["export"] => ExportCommand.Run(output),
                ["export", "--format", var format] => throw new UsageException($"unknown export format '{format}'; use json"),
                ["dump"] => DumpCommand.Run(output),
                ["graph", .. var options] => GraphCommand.Run(options, output, Environment.GetEnvironmentVariable("PATH")),
                ["timeline", var code] => TimelineCommand.Run(code, output, TerminalWidth(output), ansi: IsTerminal(output)),
                ["timeline", var code, "--width", var width] => TimelineCommand.Run(code, output, Width(width), ansi: false),
                ["diff", var oldFile, var newFile] => DiffCommand.Run(oldFile, newFile, output),
                [] => throw new UsageException($"no command; use {Usage}"),
                [var command, ..] => throw new UsageException($"unknown command or arguments '{string.Join(' ', args)}' (command '{command}'); use {Usage}"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        catch (Graphs.ToolMissingException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ToolMissing;
        }
    }

    private static bool IsTerminal(TextWriter output) => output == Console.Out && !Console.IsOutputRedirected;

    /// <summary>The terminal's width when writing to it, else 80 columns.</summary>
    private static int TerminalWidth(TextWriter output) => IsTerminal(output) && Console.WindowWidth > 0 ? Console.WindowWidth : 80;

    private static int Width(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width >= 20
            ? width
            : throw new UsageException($"--width must be a whole number of columns, at least 20, not '{text}'");
}

/// <summary>A mistake in the command line, reported as one line and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

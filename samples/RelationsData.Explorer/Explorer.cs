using System;
using System.IO;
using RelationsData.Explorer.Commands;

namespace RelationsData.Explorer;

/// <summary>Dispatches a command line to its command. Exit codes: 0 done, 2 usage error (unknown command or code).</summary>
public static class Explorer
{
    public const int UsageError = 2;

    private const string Usage = "relation A B, country CODE, export --format json, dump or diff OLD NEW";

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
    }
}

/// <summary>A mistake in the command line, reported as one line and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

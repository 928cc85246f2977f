using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>diff OLD NEW</c>: what was added, changed and removed between two dumps or two exports (either may be either).
/// Exit code 0 when they hold the same facts, 1 when they differ, as diff(1) does.
/// </summary>
internal static class DiffCommand
{
    public const int Different = 1;

    public static int Run(string oldPath, string newPath, TextWriter output)
    {
        var before = Read(oldPath);
        var after = Read(newPath);
        var oldByPath = Index(before, oldPath);
        var newByPath = Index(after, newPath);

        var added = after.Where(l => !oldByPath.ContainsKey(l.Path)).ToList();
        var removed = before.Where(l => !newByPath.ContainsKey(l.Path)).ToList();
        var changed = after.Where(l => oldByPath.TryGetValue(l.Path, out var old) && old.Content != l.Content).ToList();

        foreach (var line in added)
        {
            output.Write($"+ {line}\n");
        }

        foreach (var line in changed)
        {
            output.Write($"~ {line.Path}\n    - {oldByPath[line.Path].Content}\n    + {line.Content}\n");
        }

        foreach (var line in removed)
        {
            output.Write($"- {line}\n");
        }

        output.Write($"{added.Count} added, {changed.Count} changed, {removed.Count} removed\n");
        return added.Count + changed.Count + removed.Count == 0 ? 0 : Different;
    }

    private static IReadOnlyList<DumpLine> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new UsageException($"cannot read {path}: {e.Message}");
        }

        // An export is a JSON object; anything else must be a dump.
        return text.TrimStart().StartsWith('{') ? CanonicalDump.FromExport(text, path) : CanonicalDump.Parse(text, path);
    }

    private static Dictionary<string, DumpLine> Index(IReadOnlyList<DumpLine> lines, string source)
    {
        var index = new Dictionary<string, DumpLine>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!index.TryAdd(line.Path, line))
            {
                throw new UsageException($"{source} has two lines for {line.Path}; is it a dump?");
            }
        }

        return index;
    }
}

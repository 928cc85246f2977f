using System;
using System.IO;
using RelationsData.Explorer.Graphs;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>graph</c>: the relations network as a picture's source, or as SVG rendered by Graphviz (which needs -o). The
/// options are declared once, in Explorer, which also validates the format.
/// </summary>
internal static class GraphCommand
{
    public static int Run(string format, string? country, string? file, TextWriter output, string? searchPath)
    {
        var graph = RelationGraph.Of(country is null ? null : CountryLookup.Find(country));
        var text = new StringWriter { NewLine = "\n" };
        switch (format)
        {
            case "mermaid":
                MermaidWriter.Write(graph, text);
                break;
            case "dot" or "svg":
                DotWriter.Write(graph, text);
                break;
            default:
                throw new UsageException($"unknown graph format '{format}'; use mermaid, dot or svg");
        }

        if (format == "svg")
        {
            SvgRenderer.Render(text.ToString(), file ?? throw new UsageException("--format svg writes a file: add -o FILE.svg"), searchPath);
            output.Write($"wrote {file}\n");
        }
        else if (file is not null)
        {
            WriteFile(file, text.ToString());
        }
        else
        {
            output.Write(text.ToString());
        }

        return 0;
    }

    private static void WriteFile(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {e.Message}");
        }
    }
}

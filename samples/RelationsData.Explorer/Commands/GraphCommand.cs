using System;
using System.IO;
using RelationsData.Explorer.Graphs;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>graph [--format mermaid|dot|svg] [--country CODE] [-o FILE]</c>: the relations network as a picture's source,
/// or as SVG rendered by Graphviz (which needs -o).
/// </summary>
internal static class GraphCommand
{
    public const string Usage = "graph [--format mermaid|dot|svg] [--country CODE] [-o FILE]";

    public static int Run(ReadOnlySpan<string> options, TextWriter output, string? searchPath)
    {
        var format = "mermaid";
        string? country = null, file = null;
        for (var i = 0; i < options.Length; i += 2)
        {
            var value = i + 1 < options.Length ? options[i + 1] : throw new UsageException($"{options[i]} needs a value; use {Usage}");
            switch (options[i])
            {
                case "--format": format = value; break;
                case "--country": country = value; break;
                case "-o" or "--output": file = value; break;
                default: throw new UsageException($"unknown option '{options[i]}'; use {Usage}");
            }
        }

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

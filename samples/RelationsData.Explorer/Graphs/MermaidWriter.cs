using System.Globalization;
using System.IO;
using System.Text;

namespace RelationsData.Explorer.Graphs;

/// <summary>
/// Writes a <see cref="RelationGraph"/> as a Mermaid flowchart: relations as lines (dotted when never established or
/// broken off, coloured by status through linkStyle), missions as arrows (dotted when non-resident).
/// </summary>
internal static class MermaidWriter
{
    public static void Write(RelationGraph graph, TextWriter output)
    {
        output.Write("graph LR\n");
        foreach (var node in graph.Nodes)
        {
            output.Write($"  {node.Key}[\"{Text(node.Label)}\"]\n");
        }

        var styles = new StringBuilder();
        var index = 0;
        foreach (var edge in graph.Relations)
        {
            var (line, style) = edge.Line switch
            {
                RelationLine.Active => ("---", "stroke:#2e7d32,stroke-width:2px"),
                RelationLine.NeverEstablished => ("-.-", "stroke:#9e9e9e"),
                RelationLine.Broken => ("-.-", "stroke:#c62828,stroke-width:2px"),
                _ => ("---", "stroke:#9e9e9e"),
            };
            output.Write($"  {edge.First} {line}|{Text(edge.Label)}| {edge.Second}\n");
            styles.Append(CultureInfo.InvariantCulture, $"  linkStyle {index++} {style}\n");
        }

        foreach (var edge in graph.Missions)
        {
            output.Write($"  {edge.From} {(edge.NonResident ? "-.->" : "-->")}|{Text(edge.Label)}| {edge.To}\n");
            styles.Append(CultureInfo.InvariantCulture, $"  linkStyle {index++} stroke:#1565c0\n");
        }

        output.Write(styles.ToString());
    }

    /// <summary>Label text: quotes, pipes and markup characters as Mermaid entity codes, so no label can end early.</summary>
    private static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c is '"' or '|' or '<' or '>' or '#' or '&' or '[' or ']' or '{' or '}' or ';' || char.IsControl(c)
                ? $"#{(int)c};"
                : c.ToString());
        }

        return escaped.ToString();
    }
}

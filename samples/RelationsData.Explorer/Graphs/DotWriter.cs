using System.IO;
using System.Text;

namespace RelationsData.Explorer.Graphs;

/// <summary>
/// Writes a <see cref="RelationGraph"/> in Graphviz DOT: a digraph whose relation edges have no arrowheads, styled by
/// status; missions are blue arrows, dashed when non-resident.
/// </summary>
internal static class DotWriter
{
    public static void Write(RelationGraph graph, TextWriter output)
    {
        output.Write("digraph relations {\n");
        output.Write("  graph [rankdir=LR, fontname=\"sans-serif\"];\n");
        output.Write("  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n");
        output.Write("  edge [fontname=\"sans-serif\", fontsize=10];\n");
        foreach (var node in graph.Nodes)
        {
            output.Write($"  {Quoted(node.Key)} [label={Quoted(node.Label)}];\n");
        }

        foreach (var edge in graph.Relations)
        {
            var style = edge.Line switch
            {
                RelationLine.Active => "style=solid, color=\"#2e7d32\", penwidth=2",
                RelationLine.NeverEstablished => "style=dotted, color=\"#9e9e9e\"",
                RelationLine.Broken => "style=dashed, color=\"#c62828\", penwidth=2",
                _ => "style=solid, color=\"#9e9e9e\"",
            };
            output.Write($"  {Quoted(edge.First)} -> {Quoted(edge.Second)} [dir=none, {style}, label={Quoted(edge.Label)}];\n");
        }

        foreach (var edge in graph.Missions)
        {
            output.Write($"  {Quoted(edge.From)} -> {Quoted(edge.To)} [color=\"#1565c0\", style={(edge.NonResident ? "dashed" : "solid")}, label={Quoted(edge.Label)}];\n");
        }

        output.Write("}\n");
    }

    /// <summary>A DOT string: backslashes and quotes escaped, line breaks as \n, so the text stays one token.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' or '\r' => "\\n",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}

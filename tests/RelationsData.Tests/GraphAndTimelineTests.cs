using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using RelationsData.Explorer.Graphs;

namespace RelationsData.Tests;

/// <summary>Explorer <c>graph</c> (Mermaid, DOT, SVG through Graphviz) and <c>timeline</c> (a Spectre.Console table).</summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class GraphAndTimelineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("relationsdata-graph-").FullName;

    [Fact]
    public void The_mermaid_graph_of_the_seed_network_matches_the_approved_snapshot()
    {
        var (code, mermaid, _) = ExplorerTests.Run("graph", "--format", "mermaid");
        Assert.Equal(0, code);
        Approvals.Verify(mermaid);
    }

    [Fact]
    public void The_readme_shows_the_graph_the_explorer_draws()
    {
        var readme = File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(ExplorerTests.Run("graph").Output, block);
    }

    [Fact]
    public void Relations_are_lines_styled_by_status_and_missions_are_arrows_dashed_when_non_resident()
    {
        var mermaid = ExplorerTests.Run("graph").Output.Split('\n');
        var links = mermaid.Where(l => l.Contains("|", StringComparison.Ordinal)).ToList();

        Assert.Equal(Relations.All.Length + Relations.All.Sum(r => r.Missions.Count(m => m.Kind != MissionKind.None)), links.Count);
        var severed = links.Single(l => l.StartsWith("  IL -.-|severed 2009| VE", StringComparison.Ordinal));
        Assert.Contains($"  linkStyle {links.IndexOf(severed)} stroke:#c62828,stroke-width:2px", mermaid);
        Assert.Contains($"  linkStyle {links.IndexOf("  AZ ---|active 1992-04-15| PS")} stroke:#2e7d32,stroke-width:2px", mermaid);
        Assert.Contains($"  linkStyle {links.IndexOf("  KE -.->|non-resident, from Tehran| AZ")} stroke:#1565c0", mermaid);
        Assert.Contains("  PS -.->|non-resident, 1992-04-15–2011-06-29| AZ", links);
        Assert.Contains("  PS -->|embassy, Baku, since 2011-06-29| AZ", links);
        Assert.Contains("  KE -.->|non-resident, from Tehran| AZ", links);
        // "Azerbaijan does not have an embassy in Palestine" is a fact, but no arrow.
        Assert.DoesNotContain(links, l => l.StartsWith("  AZ -", StringComparison.Ordinal) && l.EndsWith("| PS", StringComparison.Ordinal) && !l.Contains("---", StringComparison.Ordinal));
    }

    [Fact]
    public void Country_restricts_the_graph_to_that_country_and_its_partners()
    {
        var (code, mermaid, _) = ExplorerTests.Run("graph", "--country", "PS");
        Assert.Equal(0, code);

        var edges = mermaid.Split('\n').Where(l => l.Contains('|', StringComparison.Ordinal)).ToList();
        Assert.All(edges, e => Assert.Contains("PS", e, StringComparison.Ordinal));
        Assert.Equal(Relations.Of(Countries.Palestine).Length + 2, edges.Count);
        var nodes = mermaid.Split('\n').Where(l => l.Contains("[\"", StringComparison.Ordinal)).Select(l => l.Trim()[..2]).ToList();
        Assert.Equal(Relations.Of(Countries.Palestine).Select(r => r.Other(Countries.Palestine).Alpha2).Append("PS").Order(), nodes.Order());
    }

    [Fact]
    public void Labels_cannot_break_out_of_mermaid_or_dot_syntax()
    {
        var hostile = "a\"b|c]d\\e\nf";
        var graph = new RelationGraph([new GraphNode("XA", hostile), new GraphNode("XB", "B")], [new RelationEdge("XA", "XB", RelationLine.Active, hostile)], [new MissionEdge("XA", "XB", true, hostile)]);
        var mermaid = new StringWriter();
        var dot = new StringWriter();

        MermaidWriter.Write(graph, mermaid);
        DotWriter.Write(graph, dot);

        Assert.Contains("  XA[\"a#34;b#124;c#93;d\\e#10;f\"]", mermaid.ToString(), StringComparison.Ordinal);
        Assert.Contains("  XA ---|a#34;b#124;c#93;d\\e#10;f| XB", mermaid.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"XA\" [label=\"a\\\"b|c]d\\\\e\\nf\"];", dot.ToString(), StringComparison.Ordinal);
    }

    [FactWhenGraphvizInstalled]
    public void Graphviz_renders_the_dot_graph_and_svg_output_writes_a_file()
    {
        var dot = ExplorerTests.Run("graph", "--format", "dot").Output;
        var render = new ProcessStartInfo("dot", "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using (var process = Process.Start(render)!)
        {
            var svgTask = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, errors.Result);
            Assert.Empty(errors.Result);
            Assert.Contains(">Azerbaijan</text>", svgTask.Result, StringComparison.Ordinal);
        }

        var file = Path.Combine(folder, "network.svg");
        var (code, output, error) = ExplorerTests.Run("graph", "--format", "svg", "--country", "IL", "-o", file);
        Assert.Equal((0, $"wrote {file}\n", ""), (code, output, error));
        var svg = File.ReadAllText(file);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains(">Venezuela</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_without_graphviz_exits_3_and_says_how_to_install_it()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Explorer.Explorer.Run(["graph", "--format", "svg", "-o", Path.Combine(folder, "x.svg")], output, error, searchPath: folder);

        Assert.Equal(Explorer.Explorer.ToolMissing, code);
        Assert.Empty(output.ToString());
        Assert.Equal($"error: {SvgRenderer.NotInstalled}\n", error.ToString());
        Assert.Contains("apt-get install graphviz", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.svg")));
    }

    [Theory]
    [InlineData(new[] { "graph", "--format", "svg" }, "error: --format svg writes a file: add -o FILE.svg")]
    [InlineData(new[] { "graph", "--format", "png" }, "Argument 'png' not recognized. Must be one of:")]
    [InlineData(new[] { "graph", "--country" }, "Required argument missing for option: '--country'.")]
    [InlineData(new[] { "timeline", "PS", "--width", "5" }, "--width must be a whole number of columns, at least 20, not '5'")]
    [InlineData(new[] { "timeline", "PS", "--width", "-30" }, "--width must be a whole number of columns, at least 20, not '-30'")]
    public void Mistakes_give_exit_code_2_and_say_what_is_wrong(string[] args, string message)
    {
        var (code, output, error) = ExplorerTests.Run(args);
        Assert.Equal(Explorer.Explorer.UsageError, code);
        Assert.Empty(output);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graph_of_an_unknown_country_is_exit_code_1()
    {
        var (code, output, error) = ExplorerTests.Run("graph", "--country", "Atlantis");
        Assert.Equal((Explorer.Explorer.NotFound, ""), (code, output));
        Assert.StartsWith("no country 'Atlantis'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(120)]
    public void The_timeline_lists_every_event_of_the_country_within_the_width(int width)
    {
        var (code, output, _) = ExplorerTests.Run("timeline", "PS", "--width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, code);

        var lines = output.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} > {width}: {l}"));
        Assert.DoesNotContain('\u001b', output);
        var events = Events.Of(Countries.Palestine);
        Assert.Contains($"Palestine: {events.Length} events", lines[0], StringComparison.Ordinal);
        var dates = lines.Select(l => l.Split('│', StringSplitOptions.TrimEntries)).Where(c => c.Length > 2 && c[1].Length > 0 && char.IsDigit(c[1][0])).Select(c => c[1]).ToList();
        Assert.Equal(events.Select(e => e.Date.ToString()), dates);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace RelationsData.Tests;

/// <summary>
/// Snapshot-tested releases: the canonical dump of the shipped dataset is approved (a data change is a reviewable
/// diff of it), and <c>diff OLD NEW</c> lists what was added, changed and removed between two dumps or exports.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class DumpAndDiffTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("relationsdata-diff-").FullName;

    [Fact]
    public void The_dump_of_the_shipped_dataset_matches_the_approved_snapshot()
    {
        var (code, dump, _) = ExplorerTests.Run("dump");
        Assert.Equal(0, code);
        Approvals.Verify(dump);
    }

    [Fact]
    public void The_dump_has_one_line_per_fact_with_its_citations_sorted_by_record()
    {
        var lines = ExplorerTests.Run("dump").Output.TrimEnd('\n').Split('\n');
        var paths = lines.Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]).ToArray();

        Assert.Equal(paths.Length, paths.Distinct(StringComparer.Ordinal).Count());
        var records = paths.Where(p => p.Count(c => c == '/') == 1).ToArray();
        Assert.Equal(Countries.All.Length + Relations.All.Length + Events.All.Length + References.All.Length + Regions.All.Length, records.Length);
        Assert.Equal(records.OrderBy(p => Array.IndexOf(["country", "relation", "event", "reference", "region"], p[..p.IndexOf('/')])).ThenBy(p => p, StringComparer.Ordinal), records);
        // Every fact but a reference names what it cites.
        Assert.All(lines.Where(l => !l.StartsWith("reference/", StringComparison.Ordinal)), l => Assert.Contains(" cites ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void An_export_from_before_regions_still_diffs_against_a_newer_one()
    {
        var export = System.Text.Json.Nodes.JsonNode.Parse(ExplorerTests.Run("export").Output)!.AsObject();
        Assert.True(export.Remove("regions"));
        var older = Write("before-regions.json", export.ToJsonString());
        var newer = Write("with-regions.json", ExplorerTests.Run("export").Output);

        var (code, output, error) = ExplorerTests.Run("diff", older, newer);

        Assert.Equal((1, ""), (code, error));
        Assert.Contains("region/western-asia", output, StringComparison.Ordinal);
        Assert.EndsWith($"{Regions.All.Length} added, 0 changed, 0 removed\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_dataset_with_itself_is_empty_whether_dump_or_export()
    {
        var dump = Write("same.txt", ExplorerTests.Run("dump").Output);
        var export = Write("same.json", ExplorerTests.Run("export").Output);

        foreach (var (a, b) in new[] { (dump, dump), (export, export), (dump, export), (export, dump) })
        {
            var (code, output, error) = ExplorerTests.Run("diff", a, b);
            Assert.Equal((0, "0 added, 0 changed, 0 removed\n", ""), (code, output, error));
        }
    }

    [Fact]
    public void Diff_lists_added_changed_and_removed_facts()
    {
        var export = JsonNode.Parse(ExplorerTests.Run("export").Output)!.AsObject();
        var old = Write("old.json", export.ToJsonString());

        var relations = export["relations"]!.AsArray();
        var azPs = relations.Single(r => (string?)r!["id"] == "azerbaijan-palestine")!;
        azPs["missions"]![1]!["city"] = "Baku City";
        relations.Remove(relations.Single(r => (string?)r!["id"] == "palestine-zimbabwe"));
        export["references"]!.AsArray().Add(new JsonObject { ["id"] = "new-source", ["type"] = "book", ["title"] = "A new source" });
        var newer = Write("new.json", export.ToJsonString());

        var (code, output, _) = ExplorerTests.Run("diff", old, newer);

        Assert.Equal(1, code);
        Assert.Equal(
            """
            + reference/new-source {"type":"book","title":"A new source"}
            ~ relation/azerbaijan-palestine/missions[1]
                - {"from":"palestine","to":"azerbaijan","kind":"embassy","city":"Baku","opened":"2011-06-29","note":"Officially opened by President Mahmoud Abbas."} cites azertag-2011-06-29-palestine-embassy-opens-in-baku
                + {"from":"palestine","to":"azerbaijan","kind":"embassy","city":"Baku City","opened":"2011-06-29","note":"Officially opened by President Mahmoud Abbas."} cites azertag-2011-06-29-palestine-embassy-opens-in-baku
            - relation/palestine-zimbabwe {"countries":["palestine","zimbabwe"],"names":["Palestine–Zimbabwe relations"]} cites seed-article
            1 added, 1 changed, 1 removed

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Theory]
    [InlineData("{ not json", "is not an export")]
    [InlineData("{\"countries\": []}", "has no \"relations\" array")]
    [InlineData("just words\n", "not a dump line")]
    public void Diff_of_something_that_is_neither_a_dump_nor_an_export_is_a_usage_error(string content, string message)
    {
        var bad = Write("bad.txt", content);
        var good = Write("good.txt", ExplorerTests.Run("dump").Output);

        var (code, _, error) = ExplorerTests.Run("diff", good, bad);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(bad, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_missing_file_says_which()
    {
        var (code, _, error) = ExplorerTests.Run("diff", Path.Combine(folder, "nope.txt"), Path.Combine(folder, "nope.txt"));
        Assert.Equal(2, code);
        Assert.StartsWith("error: cannot read " + Path.Combine(folder, "nope.txt"), error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

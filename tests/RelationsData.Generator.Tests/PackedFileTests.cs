using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Parsing;
using RelationsData.WorldData;

namespace RelationsData.Generator.Tests;

/// <summary>
/// Packed data files (.jsonl, one record a line) for big datasets: the same schema per record, the same compiled
/// tables as a file per record, diagnostics at the record's line and column, and a broken line that costs only itself.
/// </summary>
public class PackedFileTests
{
    private const string PackedPath = "/data/references/references.jsonl";

    [Fact]
    public void The_shipped_data_packed_compiles_to_the_same_sources_as_a_file_per_record()
    {
        var files = TestHelpers.ShippedDataFiles();
        var packed = Pack(files);
        Assert.True(packed.Count < files.Count / 10, $"{packed.Count} packed files for {files.Count}");

        var perRecord = TestHelpers.Run(files).Result;
        var fromPacked = TestHelpers.Run(packed).Result;

        Assert.Empty(fromPacked.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Equal(perRecord.Diagnostics.Select(d => d.Id), fromPacked.Diagnostics.Select(d => d.Id));
        Assert.Equal(Sources(perRecord), Sources(fromPacked));
    }

    [Fact]
    public void A_bad_record_is_reported_at_its_line_and_column_and_costs_only_itself()
    {
        var lines = new[]
        {
            Reference("ref-a"),
            Reference("ref-b").Replace("\"title\"", "\"misspelt\": 1, \"title\"", StringComparison.Ordinal),
            "{\"$schema\": \"../schema/reference.schema.json\", \"id\": ",
            "   ",
            Reference("ref-c"),
        };
        var text = string.Join("\n", lines) + "\n";

        var parsed = DataFileParser.Parse(PackedPath, SourceText.From(text), CancellationToken.None);

        Assert.Equal(new[] { "ref-a", "ref-c" }, parsed.Records.Select(r => r.Reference!.Id.Value));
        var unknown = Assert.Single(parsed.Diagnostics, d => d.Descriptor.Id == "RD0004");
        Assert.Equal((1, lines[1].IndexOf("\"misspelt\"", StringComparison.Ordinal), 1, lines[1].IndexOf("\"misspelt\"", StringComparison.Ordinal) + 10), Span(unknown));
        Assert.Equal(text.IndexOf("\"misspelt\"", StringComparison.Ordinal), unknown.Location!.Value.Start);
        var broken = Assert.Single(parsed.Diagnostics, d => d.Descriptor.Id == "RD0001");
        Assert.Equal(2, broken.Location!.Value.StartLine);
        Assert.Contains("holds each record whole on one line", Message(broken), StringComparison.Ordinal);
        Assert.Equal(2, parsed.Diagnostics.Count);
    }

    [Fact]
    public void Lines_end_at_line_feeds_only_so_strings_may_hold_other_line_breaks()
    {
        // U+2028, U+2029 and U+0085 are line breaks to SourceText but valid, unescaped characters in a JSON string.
        var title = "Line\u2028separator\u2029paragraph\u0085next";
        var text = "\uFEFF" + Reference("ref-a", title) + "\r\n" + Reference("ref-b") + "\r\n";

        var parsed = DataFileParser.Parse(PackedPath, SourceText.From(text), CancellationToken.None);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(new[] { "ref-a", "ref-b" }, parsed.Records.Select(r => r.Reference!.Id.Value));
        Assert.Equal(title, parsed.Records[0].Reference!.Title);
    }

    [Fact]
    public void Each_line_reads_its_own_names_though_the_lines_share_them()
    {
        // The lines share one cache of names: a name written with an escape must still read as itself, before and after
        // the same name written plainly, and a misspelt name on one line must not become known on the next.
        var lines = new[]
        {
            Reference("ref-a").Replace("\"title\"", "\"ti\\u0074le\"", StringComparison.Ordinal),
            Reference("ref-b", "Plain"),
            Reference("ref-c").Replace("\"title\"", "\"titel\": \"x\", \"title\"", StringComparison.Ordinal),
            Reference("ref-d").Replace("\"title\"", "\"titel\": \"x\", \"title\"", StringComparison.Ordinal),
        };

        var parsed = DataFileParser.Parse(PackedPath, SourceText.From(string.Join("\n", lines)), CancellationToken.None);

        Assert.Equal(new[] { "ref-a", "ref-b" }, parsed.Records.Select(r => r.Reference!.Id.Value));
        Assert.Equal(new[] { "A title", "Plain" }, parsed.Records.Select(r => r.Reference!.Title));
        Assert.Equal(new[] { (2, "RD0004"), (3, "RD0004") }, parsed.Diagnostics.Select(d => (d.Location!.Value.StartLine, d.Descriptor.Id)));
    }

    [Fact]
    public void A_record_reads_the_same_after_any_other_though_the_lines_reuse_one_tree()
    {
        // Every field of every kind, each record on one line; a wrong field, a wrong type and a nested array and object
        // where the record before had none, so that a reused node is asked to be each kind of value in turn.
        var lines = TestHelpers.SnapshotCorpus().Select(f => System.Text.Json.Nodes.JsonNode.Parse(f.Content)!.ToJsonString())
            .Append("""{"$schema":"../schema/reference.schema.json","id":"odd","type":["book"],"title":{"t":1},"misspelt":[[1],{"a":[]}]}""")
            .ToList();
        foreach (var before in lines)
        {
            foreach (var record in lines)
            {
                // The record on line 2 after another, or after a blank line as long: the same offsets either way.
                var afterAnother = DataFileParser.Parse(PackedPath, SourceText.From(before + "\n" + record + "\n"), CancellationToken.None);
                var first = DataFileParser.Parse(PackedPath, SourceText.From(before + "\n" + new string(' ', record.Length) + "\n"), CancellationToken.None);
                var second = DataFileParser.Parse(PackedPath, SourceText.From(new string(' ', before.Length) + "\n" + record + "\n"), CancellationToken.None);

                Assert.Equal(first.Records.Concat(second.Records), afterAnother.Records);
                Assert.Equal(first.Diagnostics.Concat(second.Diagnostics), afterAnother.Diagnostics);
            }
        }
    }

    [Fact]
    public void The_lines_of_a_packed_file_reuse_the_nodes_of_one_tree()
    {
        var text = Reference("a") + "\n" + Reference("b", "Another title") + "\n";
        var second = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var (names, pool) = (new PropertyNames(), new JsonNodePool());

        var first = JsonTreeReader.Read(text, 0, second - 1, names, pool, CancellationToken.None);
        var firstTitle = first.Members!.Single(m => m.Name == "title");
        var next = JsonTreeReader.Read(text, second, text.Length - second - 1, names, pool, CancellationToken.None);

        Assert.Same(first, next);
        Assert.Same(firstTitle, next.Members!.Single(m => m.Name == "title"));
        Assert.Equal(("b", "Another title"), (next.Members!.Single(m => m.Name == "id").Value.Text, firstTitle.Value.Text));
        Assert.NotSame(first, JsonTreeReader.Read(text, second, text.Length - second - 1, names, null, CancellationToken.None));
    }

    [Fact]
    public void An_empty_packed_file_holds_no_records_and_is_no_error()
    {
        var parsed = DataFileParser.Parse(PackedPath, SourceText.From("\n\n"), CancellationToken.None);

        Assert.Empty(parsed.Records);
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public void A_duplicate_id_in_a_packed_file_points_at_the_first_record()
    {
        var text = Reference("ref-a") + "\n" + Reference("ref-a") + "\n";
        var files = new[] { new InMemoryFile(PackedPath, text), Citing("ref-a") };

        var duplicate = Assert.Single(TestHelpers.GeneratorDiagnostics(files), d => d.Id == "RD0005");

        Assert.Equal(1, duplicate.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(0, Assert.Single(duplicate.AdditionalLocations).GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Editing_one_packed_file_reparses_only_that_file()
    {
        TestHelpers.AssertAnEditReparsesOnlyThatFile(Pack(TestHelpers.ShippedDataFiles()), "/relations/relations.jsonl", "close and productive", "close, productive");
    }

    [Fact]
    public void The_world_data_writes_the_same_records_in_both_layouts()
    {
        var perRecord = WorldDataset.DataFiles(WorldScale.Tenth, DataLayout.FilePerRecord).ToList();
        var packed = WorldDataset.DataFiles(WorldScale.Tenth, DataLayout.Packed).ToList();

        // 250 countries, 2,000 relations, 10,000 events (two files) and 5,000 references (exactly one full file).
        Assert.Equal(
            new[] { "countries/countries-000.jsonl", "events/events-000.jsonl", "events/events-001.jsonl", "references/references-000.jsonl", "relations/relations-000.jsonl" },
            packed.Select(f => f.Path).Order(StringComparer.Ordinal));
        var records = packed.SelectMany(f => f.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (Kind: f.Path[..f.Path.IndexOf('/', StringComparison.Ordinal)], Line: line))).ToList();
        Assert.All(packed, f => Assert.InRange(f.Text.Count(c => c == '\n'), 1, WorldDataset.RecordsPerPackedFile));
        Assert.Equal(perRecord.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.StartsWith(records[i].Kind + "/", perRecord[i].Path, StringComparison.Ordinal);
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(perRecord[i].Text), System.Text.Json.Nodes.JsonNode.Parse(records[i].Line)), perRecord[i].Path);
        }
    }

    [Theory]
    // A byte order mark, alone or with spaces, is a blank first line; on a later line it is a stray character.
    [InlineData("\uFEFF\n{a}\n{b}\n", "")]
    [InlineData("\uFEFF  \r\n{a}\n{b}", "")]
    [InlineData("{a}\n\uFEFF\n{b}\n", "2")]
    // A line of one character is a record, not a blank line, on the first line and on a later one.
    [InlineData("x\n{a}\n{b}\n", "1")]
    [InlineData("{a}\n}\n{b}\n", "2")]
    // Empty and blank lines anywhere, the first line and the last (without a line feed) included, hold no record.
    [InlineData("\n{a}\n\n{b}\n", "")]
    [InlineData("{a}\n \t \n{b}\n   ", "")]
    [InlineData("\n\n{a}\r\n{b}\r\n \r\n", "")]
    public void Blank_lines_hold_no_record_and_any_other_line_is_one(string layout, string brokenLines)
    {
        var text = layout.Replace("{a}", Reference("ref-a"), StringComparison.Ordinal).Replace("{b}", Reference("ref-b"), StringComparison.Ordinal);

        var parsed = DataFileParser.Parse(PackedPath, SourceText.From(text), CancellationToken.None);

        Assert.Equal(new[] { "ref-a", "ref-b" }, parsed.Records.Select(r => r.Reference!.Id.Value));
        var expected = brokenLines.Length == 0 ? Array.Empty<(string, int)>() : new[] { ("RD0001", int.Parse(brokenLines, CultureInfo.InvariantCulture)) };
        Assert.Equal(expected, parsed.Diagnostics.Select(d => (d.Descriptor.Id, d.Location!.Value.StartLine + 1)));
        var second = text.IndexOf(Reference("ref-b"), StringComparison.Ordinal);
        Assert.Equal(second, parsed.Records[1].Reference!.Id.Location.Start - "{\"$schema\":\"../schema/reference.schema.json\",\"id\":".Length);
    }

    [Theory]
    // A record cut short at the end of its line, with or without white space after it: the hint says the form.
    [InlineData("{\"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\",", true)]
    [InlineData("{\"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\",  \r", true)]
    [InlineData("{\"$schema\": \"../schema/reference.schema.json\", \"id\": [", true)]
    [InlineData("{", true)]
    // Broken within the line: no hint.
    [InlineData("{\"$schema\": 1 2, \"id\": \"r\"}", false)]
    [InlineData("{\"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\"}}", false)]
    [InlineData("{\"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\"} x  ", false)]
    public void A_record_cut_short_at_its_line_end_gets_the_hint_that_a_record_is_one_line(string line, bool hint)
    {
        var parsed = DataFileParser.Parse(PackedPath, SourceText.From(Reference("ref-a") + "\n" + line + "\n" + Reference("ref-b")), CancellationToken.None);

        Assert.Equal(new[] { "ref-a", "ref-b" }, parsed.Records.Select(r => r.Reference!.Id.Value));
        var broken = Assert.Single(parsed.Diagnostics);
        Assert.Equal(("RD0001", 1), (broken.Descriptor.Id, broken.Location!.Value.StartLine));
        Assert.Equal(hint, Message(broken).Contains("; a packed (.jsonl) file holds each record whole on one line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_that_is_not_an_object_or_has_no_schema_is_an_error_about_the_record()
    {
        var parsed = DataFileParser.Parse(PackedPath, SourceText.From(Reference("ref-a") + "\n[1]\n{\"id\": \"r\"}\n"), CancellationToken.None);

        Assert.Equal(
            new[] { (1, "The record must be a JSON object, but it is an array"), (2, "the record is missing the required field '$schema'") },
            parsed.Diagnostics.Select(d => (d.Location!.Value.StartLine, Message(d))));
        // A whole file is the data file.
        Assert.Equal(
            new[] { "The data file must be a JSON object, but it is an array", "the data file is missing the required field '$schema'" },
            new[] { "[1]", "{\"id\": \"r\"}" }.Select(text => Message(Assert.Single(DataFileParser.Parse("/data/case.json", SourceText.From(text), CancellationToken.None).Diagnostics))));
    }

    /// <summary>Every file's record, compacted onto one line, in one packed file per top folder (countries, relations, ...).</summary>
    internal static IReadOnlyList<InMemoryFile> Pack(IEnumerable<InMemoryFile> files) =>
        files.GroupBy(f => f.Path.Split('/')[2])
            .Select(group => new InMemoryFile($"/data/{group.Key}/{group.Key}.jsonl", string.Concat(group.Select(f => System.Text.Json.Nodes.JsonNode.Parse(f.Content)!.ToJsonString() + "\n"))))
            .ToList();

    private static string Reference(string id, string title = "A title") =>
        new JsonObject { ["$schema"] = "../schema/reference.schema.json", ["id"] = id, ["type"] = "book", ["title"] = title }
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>A country citing the reference, so that it is not RD0012 (cited by nobody).</summary>
    private static InMemoryFile Citing(string referenceId) => new(
        "/data/countries/freedonia.json",
        $$"""{"$schema": "../schema/country.schema.json", "id": "freedonia", "alpha2": "FR", "alpha3": "FRE", "shortName": "Freedonia", "citations": ["{{referenceId}}"]}""");

    private static (int, int, int, int) Span(Model.DiagnosticInfo d) => (d.Location!.Value.StartLine, d.Location.Value.StartColumn, d.Location.Value.EndLine, d.Location.Value.EndColumn);

    private static string Message(Model.DiagnosticInfo d) => d.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Sources(GeneratorDriverRunResult result) =>
        result.Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}

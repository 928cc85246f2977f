using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Shared;
using JsonNode = System.Text.Json.Nodes.JsonNode;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The parser alone, one file at a time and without a compilation, so that these run in milliseconds: what each
/// required field, nested object and limit does to a file. The mutation runs lean on them.
/// </summary>
public class ParsingTests
{
    private const string CasePath = "/data/case.json";

    [Theory]
    [InlineData("country-freedonia.json", "", "shortName")]
    [InlineData("country-old-freedonia.json", "succession", "successors")]
    [InlineData("region-western-marxonia.json", "", "name")]
    [InlineData("reference-atlas.json", "", "type")]
    [InlineData("relation-freedonia-sylvania.json", "", "countries")]
    [InlineData("relation-freedonia-sylvania.json", "missions/0", "kind")]
    [InlineData("relation-freedonia-sylvania.json", "protectingPowers/0", "via")]
    [InlineData("event-war-1933.json", "", "date")]
    [InlineData("event-war-1933.json", "", "kind")]
    [InlineData("event-war-1933.json", "", "title")]
    [InlineData("event-war-1933.json", "", "summary")]
    [InlineData("event-war-1933.json", "", "countries")]
    [InlineData("event-war-1933.json", "vote", "inFavour")]
    [InlineData("event-war-1933.json", "vote", "against")]
    [InlineData("event-war-1933.json", "vote", "abstentions")]
    [InlineData("event-war-1933.json", "vote", "absent")]
    [InlineData("event-war-1933.json", "people/0", "name")]
    [InlineData("event-war-1933.json", "notes/0", "text")]
    [InlineData("country-freedonia.json", "memberships/0", "text")]
    public void A_missing_required_field_is_RD0003_naming_the_field_and_the_file_gives_no_record(string file, string parent, string field)
    {
        var root = SnapshotFile(file);
        Assert.NotNull(Find(root, parent).AsObject().Remove(field) ? root : null);

        var parsed = Parse(root.ToJsonString());

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RD0003", diagnostic.Descriptor.Id);
        Assert.EndsWith($"is missing the required field '{field}'", Message(diagnostic), StringComparison.Ordinal);
        AssertNoRecord(parsed);
    }

    [Theory]
    [InlineData("country-freedonia.json", "memberships/0", "an entry of 'memberships'")]
    [InlineData("country-freedonia.json", "notes/0", "an entry of 'notes'")]
    [InlineData("country-old-freedonia.json", "succession", "the succession")]
    [InlineData("relation-freedonia-sylvania.json", "established", "the establishment")]
    [InlineData("relation-freedonia-sylvania.json", "statuses/0", "a status interval")]
    [InlineData("relation-freedonia-sylvania.json", "recognitions/0", "a recognition")]
    [InlineData("relation-freedonia-sylvania.json", "missions/0", "a mission")]
    [InlineData("relation-freedonia-sylvania.json", "protectingPowers/0", "a protecting power")]
    [InlineData("relation-freedonia-sylvania.json", "characterisations/0", "an entry of 'characterisations'")]
    [InlineData("event-war-1933.json", "vote", "the vote")]
    [InlineData("event-war-1933.json", "people/0", "a person")]
    [InlineData("event-war-1933.json", "notes/0", "an entry of 'notes'")]
    public void An_unknown_field_in_a_nested_object_is_RD0004_at_its_name_naming_the_object(string file, string parent, string what)
    {
        var root = SnapshotFile(file);
        Find(root, parent).AsObject().Add("misspelt", "x");
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var parsed = Parse(text);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RD0004", diagnostic.Descriptor.Id);
        Assert.Equal(text.IndexOf("\"misspelt\"", StringComparison.Ordinal), diagnostic.Location!.Value.Start);
        Assert.Equal("\"misspelt\"".Length, diagnostic.Location.Value.Length);
        Assert.StartsWith($"'misspelt' is not a field of {what};", Message(diagnostic), StringComparison.Ordinal);
        AssertNoRecord(parsed);
    }

    [Theory]
    [InlineData("statuses/0", "from", "to")]
    [InlineData("missions/0", "opened", "closed")]
    public void An_interval_of_one_day_is_valid_and_one_that_ends_a_day_before_it_starts_is_RD0008(string parent, string start, string end)
    {
        var root = SnapshotFile("relation-freedonia-sylvania.json");
        var interval = Find(root, parent).AsObject();
        interval[start] = "1931-05-02";
        interval[end] = "1931-05-02";
        Assert.Empty(Parse(root.ToJsonString()).Diagnostics);

        interval[end] = "1931-05-01";
        var parsed = Parse(root.ToJsonString());

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RD0008", diagnostic.Descriptor.Id);
        Assert.Contains("1931-05-01", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("1931-05-02", Message(diagnostic), StringComparison.Ordinal);
        AssertNoRecord(parsed);
    }

    [Fact]
    public void Two_errors_in_one_file_are_both_reported_and_the_file_still_gives_no_record()
    {
        var root = SnapshotFile("country-freedonia.json");
        root["shortName"] = 5;
        root["alpha2"] = true;

        var parsed = Parse(root.ToJsonString());

        Assert.Equal(new[] { "RD0002", "RD0002" }, parsed.Diagnostics.Select(d => d.Descriptor.Id));
        AssertNoRecord(parsed);
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read_and_one_character_more_is_RD0014_saying_the_sizes()
    {
        const string head = "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\", \"type\": \"book\", \"title\": \"";
        string Padded(int length) => head + new string('x', length - head.Length - 3) + "\" }";

        var atLimit = Parse(Padded(JsonTreeReader.MaxFileChars));
        Assert.Empty(atLimit.Diagnostics);
        Assert.NotNull(Assert.Single(atLimit.Records).Reference);

        var over = Parse(Padded(JsonTreeReader.MaxFileChars + 1));
        var diagnostic = Assert.Single(over.Diagnostics);
        Assert.Equal("RD0014", diagnostic.Descriptor.Id);
        Assert.Contains($"{JsonTreeReader.MaxFileChars + 1} characters, over the {JsonTreeReader.MaxFileChars} allowed", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_of_exactly_the_entry_limit_is_read_and_one_entry_more_is_RD0014()
    {
        string Citations(int count) => "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\", \"type\": \"book\", \"title\": \"t\", \"note\": [" + string.Join(",", Enumerable.Repeat("0", count)) + "] }";

        // At the limit the reader accepts the array and the field reader rejects its type; one more is the reader's limit.
        Assert.Equal("RD0002", Assert.Single(Parse(Citations(JsonTreeReader.MaxEntries)).Diagnostics).Descriptor.Id);
        var over = Assert.Single(Parse(Citations(JsonTreeReader.MaxEntries + 1)).Diagnostics);
        Assert.Equal("RD0014", over.Descriptor.Id);
        Assert.Contains($"more than {JsonTreeReader.MaxEntries} entries", Message(over), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_starts_with_a_byte_order_mark_is_read_with_the_columns_of_the_file()
    {
        var text = "\uFEFF" + SnapshotText("reference-gazette.json").Replace("\"type\"", "\"tipe\": 1, \"type\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal("RD0004", diagnostic.Descriptor.Id);
        Assert.Equal(text.IndexOf("\"tipe\"", StringComparison.Ordinal), diagnostic.Location!.Value.Start);
    }

    [Fact]
    public void A_cancelled_parse_throws_rather_than_returning_part_of_a_file()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Small: checked once the text is read. Big (over 4096 tokens): checked while reading too.
        Assert.Throws<OperationCanceledException>(() => DataFileParser.Parse(CasePath, SourceText.From(SnapshotText("reference-gazette.json")), cancelled.Token));
        var big = "[" + string.Join(",", Enumerable.Repeat("0", 10_000)) + "]";
        Assert.Throws<OperationCanceledException>(() => JsonTreeReader.Read(big, cancelled.Token));
    }

    [Fact]
    public void A_scalar_value_is_located_over_its_whole_text()
    {
        var text = SnapshotText("country-ruritania.json").Replace("\"alpha2\": \"XR\"", "\"alpha2\": 12345", StringComparison.Ordinal);
        Assert.Contains("12345", text, StringComparison.Ordinal);

        var diagnostic = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal("RD0002", diagnostic.Descriptor.Id);
        Assert.Equal((text.IndexOf("12345", StringComparison.Ordinal), 5), (diagnostic.Location!.Value.Start, diagnostic.Location.Value.Length));
        Assert.Contains("a number", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_RD0001_at_its_start()
    {
        var parsed = DataFileParser.Parse(CasePath, null, CancellationToken.None);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(("RD0001", 0, 0), (diagnostic.Descriptor.Id, diagnostic.Location!.Value.Start, diagnostic.Location.Value.Length));
        Assert.Contains("could not be read", Message(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    // 6 members and 15: a small object's names are scanned, a bigger one's (over 16 with the two added) looked up.
    [InlineData("country-ruritania.json")]
    [InlineData("country-freedonia.json")]
    public void A_duplicate_and_an_unknown_field_are_each_reported_once_at_their_names(string file)
    {
        var root = SnapshotFile(file).AsObject();
        root.Add("misspelt", "x");
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        // A second 'alpha2' after the first, which the writer of a JsonObject cannot produce.
        var second = text.IndexOf("\"misspelt\"", StringComparison.Ordinal);
        text = text.Insert(second, "\"alpha2\": \"ZZ\",\n  ");
        second = text.IndexOf("\"alpha2\"", text.IndexOf("\"alpha2\"", StringComparison.Ordinal) + 1, StringComparison.Ordinal);

        var parsed = Parse(text);

        Assert.Equal(new[] { "RD0020", "RD0004" }, parsed.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Equal((second, "\"alpha2\"".Length), (parsed.Diagnostics[0].Location!.Value.Start, parsed.Diagnostics[0].Location!.Value.Length));
        Assert.Equal(text.IndexOf("\"misspelt\"", StringComparison.Ordinal), parsed.Diagnostics[1].Location!.Value.Start);
        AssertNoRecord(parsed);
    }

    [Fact]
    public void Each_word_of_each_vocabulary_reads_back_as_written_and_a_succession_may_leave_out_its_kind()
    {
        foreach (var (kind, index) in Vocabulary.MissionKinds.Select((k, i) => (k, i)))
        {
            var root = SnapshotFile("relation-freedonia-sylvania.json");
            Find(root, "missions/0")["kind"] = kind;
            Find(root, "protectingPowers/0")["via"] = kind;
            var relation = Record(root).Relation!;
            Assert.Equal((index, index), (Assert.Single(relation.Missions).Kind, Assert.Single(relation.ProtectingPowers).Via));
        }

        foreach (var (status, index) in Vocabulary.RelationStatuses.Select((s, i) => (s, i)))
        {
            var root = SnapshotFile("relation-freedonia-sylvania.json");
            Find(root, "statuses/1")["status"] = status;
            Assert.Equal(index, Record(root).Relation!.Statuses[1].Status);
        }

        foreach (var (kind, index) in Vocabulary.EventKinds.Select((k, i) => (k, i)))
        {
            var root = SnapshotFile("event-war-1933.json");
            root["kind"] = kind;
            Assert.Equal(index, Record(root).Event!.Kind);
        }

        foreach (var (kind, index) in Vocabulary.SuccessionKinds.Select((k, i) => (k, i)))
        {
            var root = SnapshotFile("country-old-freedonia.json");
            Find(root, "succession")["kind"] = kind;
            Assert.Equal(index, Record(root).Country!.Succession!.Kind);
        }

        var unstated = SnapshotFile("country-old-freedonia.json");
        Assert.True(Find(unstated, "succession").AsObject().Remove("kind"));
        Assert.Equal(-1, Record(unstated).Country!.Succession!.Kind);
    }

    [Theory]
    [InlineData(11, 22, 33, 44)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(190, 0, 2, 1)]
    public void A_vote_reads_back_its_four_counts_zero_included(int inFavour, int against, int abstentions, int absent)
    {
        var root = SnapshotFile("event-war-1933.json");
        root["vote"] = new JsonObject { ["inFavour"] = inFavour, ["against"] = against, ["abstentions"] = abstentions, ["absent"] = absent };

        var vote = Record(root).Event!.Vote;

        Assert.Equal(new VoteSpec(inFavour, against, abstentions, absent), vote);
    }

    [Fact]
    public void A_person_without_a_country_is_no_error_and_keeps_the_name_and_role()
    {
        var root = SnapshotFile("event-war-1933.json");
        Assert.True(Find(root, "people/0").AsObject().Remove("country"));

        var person = Assert.Single(Record(root).Event!.People);

        Assert.Equal(("event.people.name: Rufus T. Firefly", "event.people.role: leader", null), (person.Name, person.Role, person.Country));
    }

    [Fact]
    public void A_country_is_found_by_its_own_names_first_then_its_localized_names_each_folded_name_once()
    {
        var root = new JsonObject
        {
            ["$schema"] = "../schema/country.schema.json",
            ["id"] = "freedonia",
            ["previousIds"] = new JsonArray("fredonia-old"),
            ["alpha2"] = "XA",
            ["alpha3"] = "XAA",
            ["alpha4"] = "XAFR",
            ["withdrawn"] = "1933-11-17",
            ["shortName"] = "Freedonia",
            ["officialName"] = "Republic of Freedonia",
            ["isoName"] = "Freedonia, Republic of",
            ["commonName"] = "FREEDONIA",
            ["otherNames"] = new JsonArray("Grand Fenwick"),
            ["localizedNames"] = new JsonObject { ["de"] = "Freedonien" },
            ["localizedShortNames"] = new JsonObject { ["fr"] = "Freedonie" },
            ["localizedVariantNames"] = new JsonObject { ["es"] = "Fredonia", ["it"] = "Grand Fenwick" },
            ["citations"] = new JsonArray("atlas"),
        };

        var names = Record(root).Country!.SearchNames;

        // The common name and the id fold to the short name's key, the Italian variant to an other name's: each is left out.
        Assert.Equal(
            new[]
            {
                ("Freedonia", true), ("Republic of Freedonia", true), ("Freedonia, Republic of", true), ("Grand Fenwick", true),
                ("XA", true), ("XAA", true), ("XAFR", true), ("fredonia-old", true),
                ("Freedonien", false), ("Freedonie", false), ("Fredonia", false),
            },
            names.Select(n => (n.Name, n.Own)));
        Assert.Equal(names.Select(n => NameFolding.Fold(n.Name)), names.Select(n => n.Folded));
    }

    [Fact]
    public void An_open_status_followed_by_another_is_RD0026_naming_the_next_and_its_start_only_when_it_has_one()
    {
        var root = SnapshotFile("relation-freedonia-sylvania.json");
        Find(root, "statuses/0").AsObject().Remove("to");
        var dated = Assert.Single(Parse(root.ToJsonString()).Diagnostics);
        Assert.StartsWith("The 'active' status interval has no end, but the 'severed' from 1933-06-01 interval follows it;", Message(dated), StringComparison.Ordinal);

        Find(root, "statuses/1").AsObject().Remove("from");
        var undated = Assert.Single(Parse(root.ToJsonString()).Diagnostics);

        Assert.Equal("RD0026", undated.Descriptor.Id);
        Assert.StartsWith("The 'active' status interval has no end, but the 'severed' interval follows it;", Message(undated), StringComparison.Ordinal);
    }

    /// <summary>The one record a valid file gives.</summary>
    private static ParsedRecord Record(JsonNode root)
    {
        var parsed = Parse(root.ToJsonString());
        Assert.Empty(parsed.Diagnostics);
        return Assert.Single(parsed.Records);
    }

    private static ParsedDataFile Parse(string text) => DataFileParser.Parse(CasePath, SourceText.From(text), CancellationToken.None);

    private static string Message(DiagnosticInfo diagnostic) => diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

    private static void AssertNoRecord(ParsedDataFile parsed) =>
        Assert.True(parsed.Records.Count == 0, "a file with an error gives no record");

    private static string SnapshotText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Snapshot", name));

    private static JsonNode SnapshotFile(string name) => JsonNode.Parse(SnapshotText(name))!;

    private static JsonNode Find(JsonNode root, string path) =>
        path.Length == 0 ? root : path.Split('/').Aggregate(root, (node, step) => int.TryParse(step, out var index) ? node[index]! : node[step]!);
}

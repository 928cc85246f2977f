using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>Bad data becomes an RD diagnostic at the JSON file's line and column; the rest of the data still compiles.</summary>
public class DiagnosticTests
{
    private const string Reference = """
        {
          "$schema": "../schema/reference.schema.json",
          "id": "source",
          "type": "article",
          "title": "A source"
        }
        """;

    private const string Azerbaijan = """
        {
          "$schema": "../schema/country.schema.json",
          "id": "azerbaijan",
          "alpha2": "AZ",
          "alpha3": "AZE",
          "numeric": 31,
          "shortName": "Azerbaijan",
          "citations": ["source"]
        }
        """;

    private const string Palestine = """
        {
          "$schema": "../schema/country.schema.json",
          "id": "palestine",
          "alpha2": "PS",
          "alpha3": "PSE",
          "numeric": 275,
          "shortName": "Palestine",
          "citations": ["source"]
        }
        """;

    public static IEnumerable<object[]> Cases() => new[]
    {
        // id, the bad file's text, expected 1-based line and column of the diagnostic
        new object[] { "RD0001", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",,\n}", 3, 13 },
        new object[] { "RD0002", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": 5,\n  \"type\": \"article\",\n  \"title\": \"T\"\n}", 3, 9 },
        new object[] { "RD0003", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"type\": \"article\"\n}", 1, 1 },
        new object[] { "RD0004", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"type\": \"article\",\n  \"title\": \"T\",\n  \"titel\": \"T\"\n}", 6, 3 },
        new object[] { "RD0007", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"type\": \"article\",\n  \"title\": \"T\",\n  \"issued\": \"2019-02-29\"\n}", 6, 13 },
        new object[] { "RD0015", "{\n  \"$schema\": \"../schema/treaty.schema.json\"\n}", 2, 14 },
        new object[] { "RD0020", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"id\": \"y\",\n  \"type\": \"article\",\n  \"title\": \"T\"\n}", 4, 3 },
        new object[] { "RD0006", Relation("\"azerbaijan\", \"atlantis\""), 4, 31 },
        new object[] { "RD0009", Relation("\"azerbaijan\", \"azerbaijan\""), 4, 31 },
        new object[] { "RD0011", "{\n  \"$schema\": \"../schema/relation.schema.json\",\n  \"id\": \"az-ps\",\n  \"countries\": [\"azerbaijan\", \"palestine\"]\n}", 1, 1 },
        new object[] { "RD0013", Azerbaijan.Replace("\"AZE\"", "\"AZ3\"").Replace("\"azerbaijan\"", "\"azerbaijan-2\"").Replace("\"AZ\"", "\"AA\"").Replace("31", "999"), 5, 13 },
        new object[] { "RD0005", Azerbaijan.Replace("\"azerbaijan\"", "\"Azerbaijan\"").Replace("\"AZ\"", "\"AA\"").Replace("AZE", "AAA").Replace("31", "998"), 3, 9 },
        new object[] { "RD0017", Azerbaijan.Replace("\"azerbaijan\"", "\"azerbaijan!\"").Replace("\"AZ\"", "\"AA\"").Replace("AZE", "AAA").Replace("31", "998"), 3, 9 },
        new object[] { "RD0019", Azerbaijan.Replace("\"azerbaijan\"", "\"azerbaijan-2\"").Replace("AZE", "AZF").Replace("31", "998"), 4, 13 },
        // Positions are characters (UTF-16 code units, as the IDE counts) while the reader counts UTF-8 bytes: characters
        // outside the Basic Multilingual Plane (4 bytes, 2 units) and combining marks before the error must not shift it.
        new object[] { "RD0007", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"type\": \"article\",\n  \"title\": \"😀𠀀\", \"issued\": \"2019-02-29\"\n}", 5, 30 },
        new object[] { "RD0004", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"type\": \"article\",\n  \"title\": \"😀😀😀 e\u0301\u0301\",\n  \"titel\": \"T\"\n}", 6, 3 },
        new object[] { "RD0008", Relation("\"azerbaijan\", \"palestine\"", "\"statuses\": [{ \"status\": \"active\", \"from\": \"2011\", \"to\": \"1992\", \"citations\": [\"source\"] }],"), 5, 60 },
        new object[] { "RD0016", Relation("\"azerbaijan\", \"palestine\"", "\"statuses\": [{ \"status\": \"friendly\", \"citations\": [\"source\"] }],"), 5, 28 },
        new object[] { "RD0021", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\",\n  \"type\": \"article\",\n  \"title\": \" \"\n}", 5, 12 },
        new object[] { "RD0014", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"x\": " + new string('[', 70) + new string(']', 70) + "\n}", 3, 71 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_data_is_reported_at_its_line_and_column(string id, string badFile, int line, int column)
    {
        var files = Valid().Append(new InMemoryFile("/data/z-bad.json", badFile)).ToList();

        var (result, output) = TestHelpers.Run(files);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/data/z-bad.json", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(result.Results[0].Exception is null ? Enumerable.Empty<object>() : new[] { result.Results[0].Exception! });

        // The valid files still produce their tables, and they compile.
        Assert.NotEmpty(result.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_duplicate_points_at_the_first_occurrence()
    {
        var files = Valid().Append(new InMemoryFile("/data/z-bad.json", Reference)).ToList();

        var diagnostic = Assert.Single(TestHelpers.Run(files).Result.Diagnostics, d => d.Id == "RD0005");

        Assert.Equal("/data/z-bad.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("/data/reference.json", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
        Assert.Contains("/data/reference.json(3,9)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        var bad = "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"x\", \"type\": \"Türkiye 中国\", \"title\": \"T\", \"oops\": 1\n}";

        var diagnostic = Assert.Single(TestHelpers.Run(Valid().Append(new InMemoryFile("/data/z-bad.json", bad))).Result.Diagnostics, d => d.Id == "RD0004");

        Assert.Equal(50, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
    }

    [Fact]
    public void An_uncited_reference_is_a_warning()
    {
        var files = Valid().Append(new InMemoryFile("/data/z-unused.json", Reference.Replace("\"source\"", "\"unused\""))).ToList();

        var diagnostic = Assert.Single(TestHelpers.Run(files).Result.Diagnostics);

        Assert.Equal(("RD0012", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void A_second_relation_for_the_same_pair_points_at_the_first()
    {
        var first = new InMemoryFile("/data/a.json", Relation("\"azerbaijan\", \"palestine\""));
        var second = new InMemoryFile("/data/b.json", Relation("\"palestine\", \"azerbaijan\"").Replace("az-x", "ps-az"));

        var diagnostic = Assert.Single(TestHelpers.Run(Valid().Append(first).Append(second)).Result.Diagnostics);

        Assert.Equal("RD0018", diagnostic.Id);
        Assert.Equal("/data/b.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("/data/a.json", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public void An_event_before_its_relation_was_established_is_a_warning_and_is_kept()
    {
        var relation = new InMemoryFile("/data/a.json", Relation("\"azerbaijan\", \"palestine\"", "\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },"));
        var early = new InMemoryFile("/data/e.json", """
            { "$schema": "../schema/event.schema.json", "id": "early", "date": "1990", "kind": "visit", "title": "T", "summary": "S",
              "countries": ["azerbaijan"], "relations": ["az-x"], "citations": ["source"] }
            """);

        var (result, output) = TestHelpers.Run(Valid().Append(relation).Append(early));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("RD0010", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("EventAt(0)", result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Events.g.cs", System.StringComparison.Ordinal)).ToString(), System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_reference_cited_only_by_a_rejected_record_is_reported_as_uncited()
    {
        var other = new InMemoryFile("/data/other.json", Reference.Replace("\"source\"", "\"other\""));
        var rejected = new InMemoryFile("/data/r.json", Relation("\"azerbaijan\", \"atlantis\"").Replace("\"source\"", "\"other\""));

        var ids = TestHelpers.Run(Valid().Append(other).Append(rejected)).Result.Diagnostics.Select(d => d.Id).Order();

        Assert.Equal(new[] { "RD0006", "RD0012" }, ids);
    }

    [Fact]
    public void Every_bad_citation_of_a_country_is_reported_in_one_build()
    {
        // Three unknown references: in the country's citations, a membership and a note (the last two were once
        // checked with a short-circuiting All, which stopped at the first).
        var country = Azerbaijan.Replace("\"citations\": [\"source\"]", """
            "memberships": [{ "text": "UN", "citations": ["nowhere-1"] }, { "text": "OIC", "citations": ["nowhere-2"] }],
              "notes": [{ "text": "A note", "citations": ["nowhere-3"] }],
              "citations": ["source", "nowhere-4"]
            """);
        var diagnostics = TestHelpers.GeneratorDiagnostics(Valid().Where(f => f.Path != "/data/azerbaijan.json").Append(new InMemoryFile("/data/azerbaijan.json", country)));

        var unknown = diagnostics.Where(d => d.Id == "RD0006").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, unknown.Count);
        Assert.All(new[] { "nowhere-1", "nowhere-2", "nowhere-3", "nowhere-4" }, id => Assert.Contains(unknown, m => m.Contains($"'{id}'", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_problem_of_a_relation_is_reported_in_one_build()
    {
        var relation = Relation(
            "\"azerbaijan\", \"atlantis\"",
            "\"missions\": [{ \"from\": \"lilliput\", \"to\": \"azerbaijan\", \"kind\": \"embassy\", \"citations\": [\"nowhere-1\"] }],\n  \"notes\": [{ \"text\": \"n\", \"citations\": [\"nowhere-2\"] }],");
        var diagnostics = TestHelpers.GeneratorDiagnostics(Valid().Append(new InMemoryFile("/data/relation.json", relation)));

        var messages = diagnostics.Where(d => d.Id == "RD0006").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(new[] { "'atlantis'", "'lilliput'", "'nowhere-1'", "'nowhere-2'" }, id => Assert.Contains(messages, m => m.Contains(id, System.StringComparison.Ordinal)));
    }

    [Theory]
    // Each place in a relation that names a reference or a country, naming one that does not exist ("nowhere", "atlantis").
    [InlineData("\"established\": { \"date\": \"1992\", \"citations\": [\"nowhere\"] },", "nowhere")]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1992\", \"citations\": [\"nowhere\"] }],", "nowhere")]
    [InlineData("\"recognitions\": [{ \"by\": \"atlantis\", \"of\": \"palestine\", \"citations\": [\"source\"] }],", "atlantis")]
    [InlineData("\"recognitions\": [{ \"by\": \"azerbaijan\", \"of\": \"atlantis\", \"citations\": [\"source\"] }],", "atlantis")]
    [InlineData("\"recognitions\": [{ \"by\": \"azerbaijan\", \"of\": \"palestine\", \"citations\": [\"nowhere\"] }],", "nowhere")]
    [InlineData("\"missions\": [{ \"from\": \"azerbaijan\", \"to\": \"atlantis\", \"kind\": \"embassy\", \"citations\": [\"source\"] }],", "atlantis")]
    [InlineData("\"missions\": [{ \"from\": \"azerbaijan\", \"to\": \"palestine\", \"kind\": \"embassy\", \"citations\": [\"nowhere\"] }],", "nowhere")]
    [InlineData("\"protectingPowers\": [{ \"protector\": \"atlantis\", \"protected\": \"azerbaijan\", \"in\": \"palestine\", \"via\": \"embassy\", \"citations\": [\"source\"] }],", "atlantis")]
    [InlineData("\"protectingPowers\": [{ \"protector\": \"palestine\", \"protected\": \"atlantis\", \"in\": \"palestine\", \"via\": \"embassy\", \"citations\": [\"source\"] }],", "atlantis")]
    [InlineData("\"protectingPowers\": [{ \"protector\": \"palestine\", \"protected\": \"azerbaijan\", \"in\": \"atlantis\", \"via\": \"embassy\", \"citations\": [\"source\"] }],", "atlantis")]
    [InlineData("\"protectingPowers\": [{ \"protector\": \"palestine\", \"protected\": \"azerbaijan\", \"in\": \"palestine\", \"via\": \"embassy\", \"citations\": [\"nowhere\"] }],", "nowhere")]
    [InlineData("\"characterisations\": [{ \"text\": \"c\", \"citations\": [\"nowhere\"] }],", "nowhere")]
    [InlineData("\"notes\": [{ \"text\": \"n\", \"citations\": [\"nowhere\"] }],", "nowhere")]
    [InlineData("", "nowhere")]
    public void An_unknown_id_anywhere_in_a_relation_is_one_RD0006_at_the_id(string fact, string unknown)
    {
        var relation = Relation("\"azerbaijan\", \"palestine\"", fact);
        if (fact.Length == 0)
        {
            // The relation's own citations.
            relation = relation.Replace("\"citations\": [\"source\"]\n}", "\"citations\": [\"nowhere\"]\n}", System.StringComparison.Ordinal);
        }

        var diagnostics = TestHelpers.GeneratorDiagnostics(Valid().Append(new InMemoryFile("/data/relation.json", relation)));

        var diagnostic = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("RD0006", diagnostic.Id);
        Assert.Equal(relation.IndexOf($"\"{unknown}\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Contains($"'{unknown}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Theory]
    // Each place in an event that names a reference or a country, naming one that does not exist.
    [InlineData("\"countries\": [\"atlantis\"], \"citations\": [\"source\"]", "atlantis")]
    [InlineData("\"countries\": [\"azerbaijan\"], \"drafters\": [\"atlantis\"], \"citations\": [\"source\"]", "atlantis")]
    [InlineData("\"countries\": [\"azerbaijan\"], \"people\": [{ \"name\": \"P\", \"country\": \"atlantis\" }], \"citations\": [\"source\"]", "atlantis")]
    [InlineData("\"countries\": [\"azerbaijan\"], \"notes\": [{ \"text\": \"n\", \"citations\": [\"nowhere\"] }], \"citations\": [\"source\"]", "nowhere")]
    [InlineData("\"countries\": [\"azerbaijan\"], \"citations\": [\"nowhere\"]", "nowhere")]
    public void An_unknown_id_anywhere_in_an_event_is_one_RD0006_at_the_id(string facts, string unknown)
    {
        var @event = "{\"$schema\": \"../schema/event.schema.json\", \"id\": \"e\", \"date\": \"1992\", \"kind\": \"visit\", \"title\": \"T\", \"summary\": \"S\", " + facts + "}";

        var diagnostics = TestHelpers.GeneratorDiagnostics(Valid().Append(new InMemoryFile("/data/event.json", @event)));

        var diagnostic = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("RD0006", diagnostic.Id);
        Assert.Equal(@event.IndexOf($"\"{unknown}\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_file_that_names_a_country_by_a_previous_id_gets_a_warning_naming_the_new_id_and_still_links()
    {
        var renamed = Palestine.Replace("\"id\": \"palestine\",", "\"id\": \"palestine\",\n  \"previousIds\": [\"state-of-palestine\"],");
        var files = new[]
        {
            new InMemoryFile("/data/reference.json", Reference),
            new InMemoryFile("/data/azerbaijan.json", Azerbaijan),
            new InMemoryFile("/data/palestine.json", renamed),
            new InMemoryFile("/data/relation.json", Relation("\"azerbaijan\", \"state-of-palestine\"")),
        };

        var (result, output) = TestHelpers.Run(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("RD0031", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("'state-of-palestine' is the previous id of the country 'palestine', which was renamed; write 'palestine' (the previous id still resolves)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/data/relation.json", 4, 31), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        // The relation is kept, between the countries it names.
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("AzX =>", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_previous_id_that_is_another_country_s_id_is_a_duplicate()
    {
        var taken = Palestine.Replace("\"id\": \"palestine\",", "\"id\": \"palestine\",\n  \"previousIds\": [\"azerbaijan\"],");
        var files = Valid().Where(f => f.Path != "/data/palestine.json").Append(new InMemoryFile("/data/palestine.json", taken));

        var diagnostic = Assert.Single(TestHelpers.Run(files).Result.Diagnostics);

        Assert.Equal("RD0005", diagnostic.Id);
        Assert.Equal("/data/palestine.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("/data/azerbaijan.json", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
    }

    [Theory]
    // A code is three digits, 0-9: two or four digits, a letter, or a digit's neighbours in ASCII ('/', ':') are not.
    [InlineData("14", null, "RD0032", "14")]
    [InlineData("1450", null, "RD0032", "1450")]
    [InlineData("14a", null, "RD0032", "14a")]
    [InlineData("14/", null, "RD0032", "14/")]
    [InlineData("14:", null, "RD0032", "14:")]
    [InlineData("000", null, null, null)]
    [InlineData("999", null, null, null)]
    // A region's citations and its names' source name references.
    [InlineData("145", "\"citations\": [\"nowhere\"]", "RD0006", "nowhere")]
    [InlineData("145", "\"localizedNamesSource\": \"nowhere\", \"citations\": [\"source\"]", "RD0006", "nowhere")]
    public void A_region_s_code_is_three_digits_and_what_it_cites_exists(string code, string? cites, string? expectedId, string? at)
    {
        var text = "{\n  \"$schema\": \"../schema/region.schema.json\",\n  \"id\": \"west\",\n  \"code\": \"" + code + "\",\n  \"name\": \"West\",\n  "
            + (cites ?? "\"citations\": [\"source\"]") + "\n}";

        var errors = TestHelpers.GeneratorDiagnostics(Valid().Append(new InMemoryFile("/data/regions/west.json", text))).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        if (expectedId is null)
        {
            Assert.Empty(errors);
            return;
        }

        var diagnostic = Assert.Single(errors);
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.Equal(text.IndexOf($"\"{at}\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_cycle_of_regions_is_reported_at_each_member_and_left_out_with_what_is_within_it()
    {
        static InMemoryFile Region(string id, string code, string? parent) => new(
            $"/data/regions/{id}.json",
            "{\n  \"$schema\": \"../schema/region.schema.json\",\n  \"id\": \"" + id + "\",\n  \"code\": \"" + code + "\",\n  \"name\": \"" + id + "\",\n"
            + (parent is null ? string.Empty : "  \"parent\": \"" + parent + "\",\n") + "  \"citations\": [\"source\"]\n}");
        var inWest = Azerbaijan.Replace("\"shortName\": \"Azerbaijan\",", "\"shortName\": \"Azerbaijan\",\n  \"region\": \"west\",");
        var files = Valid().Where(f => f.Path != "/data/azerbaijan.json").Concat(new[]
        {
            new InMemoryFile("/data/azerbaijan.json", inWest),
            Region("east", "901", "north"), Region("north", "902", "south"), Region("south", "903", "east"), // a cycle
            Region("west", "904", "east"), // within the cycle, not in it
            Region("world", "905", null), Region("middle", "906", "world"), // fine
        });

        var (result, output) = TestHelpers.Run(files);

        var cycle = result.Diagnostics.Where(d => d.Id == "RD0033").ToList();
        Assert.Equal(["/data/regions/east.json", "/data/regions/north.json", "/data/regions/south.json"], cycle.Select(d => d.Location.GetLineSpan().Path));
        Assert.Equal("The region 'east' is within itself through its parents (east → north → south → east); a region's parent must be a larger region", cycle[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(cycle, d => Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line + 1)); // at "parent"
        var unknown = result.Diagnostics.Where(d => d.Id == "RD0006").Select(d => (d.Location.GetLineSpan().Path, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(
            [("/data/regions/west.json", "No region has the id 'east'; add its data file or correct the id"), ("/data/azerbaijan.json", "No region has the id 'west'; add its data file or correct the id")],
            unknown);
        Assert.Equal(5, result.Diagnostics.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var regions = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Regions.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains(" World => ", regions, System.StringComparison.Ordinal);
        Assert.Contains(" Middle => ", regions, System.StringComparison.Ordinal);
        Assert.DoesNotContain(" West => ", regions, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_succession_to_an_unknown_country_leaves_out_the_former_entry_and_each_that_succeeded_to_it_in_turn()
    {
        // Each link of the chain points at a later id, so that each is found in a pass of its own.
        var files = Valid().Concat(new[]
        {
            Former("zold", "XOLD", "\"azerbaijan\", \"nowhere\""), // one successor unknown
            Former("yolder", "XOLR", "\"zold\""), // succeeded by a former entry that is left out
            Former("xoldest", "XOLT", "\"yolder\", \"palestine\""), // and so on, until none is
            Former("fine", "XOLF", "\"palestine\""),
            Former("lost-a", "XOLA", "\"nowhere-a\""), // two on their own: reported in id order
            Former("lost-b", "XOLB", "\"nowhere-b\""),
        });

        var (result, output) = TestHelpers.Run(files);

        Assert.Equal(
            [
                ("/data/lost-a.json", "nowhere-a"), ("/data/lost-b.json", "nowhere-b"), ("/data/zold.json", "nowhere"),
                ("/data/yolder.json", "zold"), ("/data/xoldest.json", "yolder"),
            ],
            result.Diagnostics.Select(d => (d.Location.GetLineSpan().Path, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1])));
        Assert.All(result.Diagnostics, d => Assert.Equal("RD0006", d.Id));
        Assert.Equal("No country has the id 'nowhere'; add its data file or correct the id", result.Diagnostics[2].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var zold = files.Single(f => f.Path == "/data/zold.json").Content;
        Assert.Equal(zold.IndexOf("\"nowhere\"", System.StringComparison.Ordinal), result.Diagnostics[2].Location.SourceSpan.Start);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var countries = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Countries.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains(" Fine => ", countries, System.StringComparison.Ordinal);
        Assert.Contains(" Azerbaijan => ", countries, System.StringComparison.Ordinal);
        Assert.All(new[] { " Zold => ", " Yolder => ", " Xoldest => ", " LostA => ", " LostB => " }, member => Assert.DoesNotContain(member, countries, System.StringComparison.Ordinal));

        // A succession dates from a withdrawal: a current entry with one is RD0003 at the succession.
        var undated = Former("undated", "XOLU", "\"palestine\"", former: false);
        var missing = Assert.Single(TestHelpers.GeneratorDiagnostics(Valid().Append(undated)), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("RD0003", "The country 'undated', which has a succession, is missing the required field 'withdrawn'"), (missing.Id, missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(undated.Content.IndexOf("{ \"successors\"", System.StringComparison.Ordinal), missing.Location.SourceSpan.Start);
    }

    [Theory]
    // A former entry (ISO 3166-3) has both an alpha-4 code and a withdrawal date; either alone names the other as missing.
    [InlineData("\"alpha4\": \"XOLD\",", "alpha4", "withdrawn")]
    [InlineData("\"withdrawn\": \"1990\",", "withdrawn", "alpha4")]
    public void A_former_entry_has_both_its_alpha4_code_and_withdrawal_date_or_RD0003_names_the_missing_one(string present, string presentField, string missingField)
    {
        var text = Azerbaijan.Replace("\"numeric\": 31,", present, System.StringComparison.Ordinal).Replace("\"azerbaijan\"", "\"old\"", System.StringComparison.Ordinal).Replace("\"AZ\"", "\"XO\"", System.StringComparison.Ordinal).Replace("AZE", "XOL", System.StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(Valid().Append(new InMemoryFile("/data/old.json", text))), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("RD0003", diagnostic.Id);
        Assert.Equal($"The former country 'old' is missing the required field '{missingField}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(presentField, text, System.StringComparison.Ordinal);
    }

    [Theory]
    // Each kind of record with an id used twice (ignoring case): RD0005 names the kind.
    [InlineData("reference", "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"SOURCE\", \"type\": \"article\", \"title\": \"Again\" }")]
    [InlineData("country", "{ \"$schema\": \"../schema/country.schema.json\", \"id\": \"Azerbaijan\", \"alpha2\": \"XA\", \"alpha3\": \"XAA\", \"shortName\": \"Again\", \"citations\": [\"source\"] }")]
    [InlineData("region", "{ \"$schema\": \"../schema/region.schema.json\", \"id\": \"WEST\", \"code\": \"902\", \"name\": \"Again\", \"citations\": [\"source\"] }")]
    [InlineData("relation", "{ \"$schema\": \"../schema/relation.schema.json\", \"id\": \"AZ-PS\", \"countries\": [\"azerbaijan\", \"armenia\"], \"citations\": [\"source\"] }")]
    [InlineData("event", "{ \"$schema\": \"../schema/event.schema.json\", \"id\": \"MEETING\", \"date\": \"2001\", \"kind\": \"visit\", \"title\": \"Again\", \"summary\": \"S.\", \"countries\": [\"azerbaijan\"], \"citations\": [\"source\"] }")]
    public void An_id_used_twice_is_RD0005_naming_its_kind(string kind, string again)
    {
        var files = WithOneOfEach().Append(new InMemoryFile("/data/zz-again.json", again));

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(files), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("RD0005", diagnostic.Id);
        Assert.StartsWith($"The {kind} id '", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal("/data/zz-again.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    // Two ids of a kind that make the same C# member: the first in the emitted order (ids in ordinal order; events by
    // date, then id) keeps the member, and RD0017 is at the other, naming the kind.
    [InlineData("reference", "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"source!\", \"type\": \"article\", \"title\": \"T\" }", "source!")]
    [InlineData("region", "{ \"$schema\": \"../schema/region.schema.json\", \"id\": \"west!\", \"code\": \"902\", \"name\": \"W\", \"citations\": [\"source\"] }", "west!")]
    [InlineData("relation", "{ \"$schema\": \"../schema/relation.schema.json\", \"id\": \"az-ps!\", \"countries\": [\"azerbaijan\", \"armenia\"], \"citations\": [\"source\"] }", "az-ps!")]
    [InlineData("event", "{ \"$schema\": \"../schema/event.schema.json\", \"id\": \"meeting!\", \"date\": \"2000\", \"kind\": \"visit\", \"title\": \"T\", \"summary\": \"S.\", \"countries\": [\"azerbaijan\"], \"citations\": [\"source\"] }", "meeting!")]
    [InlineData("event", "{ \"$schema\": \"../schema/event.schema.json\", \"id\": \"meeting!\", \"date\": \"1999\", \"kind\": \"visit\", \"title\": \"T\", \"summary\": \"S.\", \"countries\": [\"azerbaijan\"], \"citations\": [\"source\"] }", "meeting")]
    public void Ids_that_make_the_same_member_are_RD0017_at_the_later_one(string kind, string other, string later)
    {
        var files = WithOneOfEach().Append(new InMemoryFile("/data/zz-other.json", other));

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(files), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("RD0017", diagnostic.Id);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"The {kind} ids '", message, System.StringComparison.Ordinal);
        Assert.Equal(later, message.Split('\'')[3]);
    }

    [Theory]
    // A previous id that is some country's id, or another country's previous id, is RD0005 at the later one (by id).
    [InlineData("\"palestine\"", "\"other\"", "aa", "palestine")]
    [InlineData("\"the-old-name\"", "\"the-old-name\"", "zz", "the-old-name")]
    public void A_previous_id_used_twice_is_RD0005_at_the_later_use(string aaPrevious, string zzPrevious, string at, string id)
    {
        static InMemoryFile Country(string id, string alpha, string previous) => new(
            $"/data/{id}.json",
            "{ \"$schema\": \"../schema/country.schema.json\", \"id\": \"" + id + "\", \"previousIds\": [" + previous + "], \"alpha2\": \"" + alpha + "\", \"alpha3\": \"" + alpha + "X\", \"shortName\": \"" + id + "\", \"citations\": [\"source\"] }");
        var files = Valid().Concat(new[] { Country("aa", "XA", aaPrevious), Country("zz", "XZ", zzPrevious) }).ToList();

        var duplicate = Assert.Single(TestHelpers.GeneratorDiagnostics(files), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("RD0005", duplicate.Id);
        Assert.Equal($"/data/{at}.json", duplicate.Location.GetLineSpan().Path);
        Assert.StartsWith($"The country id '{id}' is already used at ", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var text = files.Single(f => f.Path == $"/data/{at}.json").Content;
        Assert.Equal(text.IndexOf($"\"{id}\"", System.StringComparison.Ordinal), duplicate.Location.SourceSpan.Start);
    }

    [Theory]
    // Either of a relation's two countries unknown: one RD0006, at it.
    [InlineData("\"atlantis\", \"palestine\"")]
    [InlineData("\"azerbaijan\", \"atlantis\"")]
    public void An_unknown_country_of_a_relation_is_one_RD0006_at_it(string countries)
    {
        var relation = Relation(countries);

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(Valid().Append(new InMemoryFile("/data/relation.json", relation))), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("RD0006", "No country has the id 'atlantis'; add its data file or correct the id"), (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(relation.IndexOf("\"atlantis\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Theory]
    // Each place that must name one of the relation's own two countries, naming a third that exists (Armenia).
    [InlineData("\"recognitions\": [{ \"by\": \"armenia\", \"of\": \"palestine\", \"citations\": [\"source\"] }],")]
    [InlineData("\"recognitions\": [{ \"by\": \"azerbaijan\", \"of\": \"armenia\", \"citations\": [\"source\"] }],")]
    [InlineData("\"missions\": [{ \"from\": \"armenia\", \"to\": \"palestine\", \"kind\": \"embassy\", \"citations\": [\"source\"] }],")]
    [InlineData("\"missions\": [{ \"from\": \"azerbaijan\", \"to\": \"armenia\", \"kind\": \"embassy\", \"citations\": [\"source\"] }],")]
    [InlineData("\"protectingPowers\": [{ \"protector\": \"palestine\", \"protected\": \"armenia\", \"in\": \"palestine\", \"via\": \"embassy\", \"citations\": [\"source\"] }],")]
    [InlineData("\"protectingPowers\": [{ \"protector\": \"palestine\", \"protected\": \"azerbaijan\", \"in\": \"armenia\", \"via\": \"embassy\", \"citations\": [\"source\"] }],")]
    public void A_third_country_where_the_relation_s_own_are_expected_is_RD0006_naming_the_relation(string fact)
    {
        var relation = Relation("\"azerbaijan\", \"palestine\"", fact);
        var files = WithOneOfEach().Where(f => f.Path != "/data/az-ps.json").Append(new InMemoryFile("/data/relation.json", relation));

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(files), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("RD0006", "No country of the relation 'az-x' has the id 'armenia'; add its data file or correct the id"), (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(relation.IndexOf("\"armenia\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_protecting_power_may_be_a_third_country()
    {
        var relation = Relation("\"azerbaijan\", \"palestine\"", "\"protectingPowers\": [{ \"protector\": \"armenia\", \"protected\": \"azerbaijan\", \"in\": \"palestine\", \"via\": \"embassy\", \"citations\": [\"source\"] }],");
        var files = WithOneOfEach().Where(f => f.Path != "/data/az-ps.json").Append(new InMemoryFile("/data/relation.json", relation));

        Assert.Empty(TestHelpers.GeneratorDiagnostics(files));
    }

    [Fact]
    public void A_country_whose_localized_names_source_is_unknown_is_RD0006_at_it()
    {
        var text = Azerbaijan.Replace("\"citations\"", "\"localizedNamesSource\": \"nowhere\",\n  \"citations\"", System.StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(new[] { new InMemoryFile("/data/reference.json", Reference), new InMemoryFile("/data/azerbaijan.json", text) }), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("RD0006", "No reference has the id 'nowhere'; add its data file or correct the id"), (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(text.IndexOf("\"nowhere\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_reference_cited_by_a_record_of_any_kind_is_cited_and_the_uncited_are_RD0012_in_id_order()
    {
        static InMemoryFile Source(string id) => new($"/data/{id}.json", "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"" + id + "\", \"type\": \"article\", \"title\": \"T\" }");
        string Cite(string text, string id) => text.Replace("\"citations\": [\"source\"]", "\"citations\": [\"source\", \"" + id + "\"]", System.StringComparison.Ordinal);
        var files = WithOneOfEach().Select(f => f.Path switch
        {
            "/data/armenia.json" => f.WithContent(Cite(f.Content, "by-a-country")),
            "/data/west.json" => f.WithContent(Cite(f.Content, "by-a-region")),
            "/data/az-ps.json" => f.WithContent(Cite(f.Content, "by-a-relation")),
            "/data/meeting.json" => f.WithContent(Cite(f.Content, "by-an-event")),
            _ => f,
        }).Concat(new[] { "by-a-country", "by-a-region", "by-a-relation", "by-an-event", "uncited-b", "uncited-a" }.Select(Source));

        // As the generator reports them, not sorted by file.
        var diagnostics = TestHelpers.Run(files).Result.Diagnostics;

        Assert.Equal(
            ["The reference 'uncited-a' is not cited by any fact; cite it or delete its file", "The reference 'uncited-b' is not cited by any fact; cite it or delete its file"],
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(diagnostics, d => Assert.Equal("RD0012", d.Id));
    }

    [Fact]
    public void A_region_whose_parent_is_unknown_is_left_out_with_each_region_within_it_in_turn_in_id_order()
    {
        static InMemoryFile Region(string id, string code, string parent) => new(
            $"/data/regions/{id}.json",
            "{ \"$schema\": \"../schema/region.schema.json\", \"id\": \"" + id + "\", \"code\": \"" + code + "\", \"name\": \"" + id + "\", \"parent\": \"" + parent + "\", \"citations\": [\"source\"] }");
        // r-a within r-b within r-z within an unknown region: each is found in a pass of its own; q-1 and q-2 at once.
        var files = Valid().Concat(new[]
        {
            Region("r-a", "901", "r-b"), Region("r-b", "902", "r-z"), Region("r-z", "903", "nowhere"),
            Region("q-2", "904", "nowhere-2"), Region("q-1", "905", "nowhere-1"),
        });

        var (result, _) = TestHelpers.Run(files);

        Assert.Equal(
            [("q-1", "nowhere-1"), ("q-2", "nowhere-2"), ("r-z", "nowhere"), ("r-b", "r-z"), ("r-a", "r-b")],
            result.Diagnostics.Select(d => (System.IO.Path.GetFileNameWithoutExtension(d.Location.GetLineSpan().Path), d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1])));
        Assert.All(result.Diagnostics, d => Assert.Equal("RD0006", d.Id));
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.EndsWith(".Regions.g.cs", System.StringComparison.Ordinal) && t.ToString().Contains(" RA => ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Numeric_code_000_is_a_code_and_used_twice_is_RD0019_naming_it_in_three_digits()
    {
        static string Numeric(string text, string id, string alpha2, string alpha3) =>
            text.Replace("\"numeric\": 31,", "\"numeric\": 0,", System.StringComparison.Ordinal).Replace("\"azerbaijan\"", "\"" + id + "\"", System.StringComparison.Ordinal)
                .Replace("\"AZ\"", "\"" + alpha2 + "\"", System.StringComparison.Ordinal).Replace("AZE", alpha3, System.StringComparison.Ordinal);
        var files = Valid().Concat(new[]
        {
            new InMemoryFile("/data/x-one.json", Numeric(Azerbaijan, "x-one", "XA", "XAA")),
            new InMemoryFile("/data/x-two.json", Numeric(Azerbaijan, "x-two", "XB", "XBB")),
        });

        var diagnostic = Assert.Single(TestHelpers.GeneratorDiagnostics(files), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("RD0019", "The code '000' is already used by country 'x-one'"), (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("/data/x-two.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    // The relation's dates, the event's date, and whether the event is outside the relation (RD0010). A date to the
    // year or month covers the more precise dates within it, on either side.
    [InlineData("\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },", "1992-04-15", false)]
    [InlineData("\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },", "1992-04", false)]
    [InlineData("\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },", "1992", false)]
    [InlineData("\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },", "1992-04-14", true)]
    [InlineData("\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },", "1992-03", true)]
    [InlineData("\"established\": { \"date\": \"1992-04-15\", \"citations\": [\"source\"] },", "1991", true)]
    [InlineData("\"established\": { \"date\": \"1992-04\", \"citations\": [\"source\"] },", "1992-04-01", false)]
    [InlineData("\"established\": { \"date\": \"1992-04\", \"citations\": [\"source\"] },", "1992-03-31", true)]
    [InlineData("\"established\": { \"citations\": [\"source\"] },", "1800", false)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000-05\", \"citations\": [\"source\"] }],", "2000-05-31", false)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000-05\", \"citations\": [\"source\"] }],", "2000-06-01", true)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000\", \"citations\": [\"source\"] }],", "2000-12-31", false)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000\", \"citations\": [\"source\"] }],", "2001", true)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000-05-10\", \"citations\": [\"source\"] }],", "2000-05", false)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000-05-10\", \"citations\": [\"source\"] }],", "2000-05-10", false)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000-05-10\", \"citations\": [\"source\"] }],", "2000-05-11", true)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000\", \"citations\": [\"source\"] }, { \"status\": \"active\", \"from\": \"2001\", \"to\": \"2005\", \"citations\": [\"source\"] }],", "2004", false)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000\", \"citations\": [\"source\"] }, { \"status\": \"active\", \"from\": \"2001\", \"to\": \"2005\", \"citations\": [\"source\"] }],", "2006", true)]
    [InlineData("\"statuses\": [{ \"status\": \"active\", \"from\": \"1990\", \"to\": \"2000\", \"citations\": [\"source\"] }, { \"status\": \"active\", \"from\": \"2001\", \"citations\": [\"source\"] }],", "2050", false)]
    public void An_event_dated_outside_its_relation_is_RD0010_at_its_date_and_a_coarser_date_covers_the_finer(string relationDates, string eventDate, bool outside)
    {
        var @event = "{\n  \"$schema\": \"../schema/event.schema.json\",\n  \"id\": \"meeting\",\n  \"date\": \"" + eventDate + "\",\n  \"kind\": \"visit\",\n  \"title\": \"A meeting\",\n"
            + "  \"summary\": \"They meet.\",\n  \"countries\": [\"azerbaijan\", \"palestine\"],\n  \"relations\": [\"az-x\"],\n  \"citations\": [\"source\"]\n}";
        var files = Valid().Concat(new[]
        {
            new InMemoryFile("/data/az-x.json", Relation("\"azerbaijan\", \"palestine\"", relationDates)),
            new InMemoryFile("/data/meeting.json", @event),
        });

        var diagnostics = TestHelpers.GeneratorDiagnostics(files);

        Assert.Empty(diagnostics.Where(d => d.Id != "RD0010"));
        if (!outside)
        {
            Assert.Empty(diagnostics);
            return;
        }

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(@event.IndexOf("\"" + eventDate + "\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.StartsWith($"The event 'meeting' ({eventDate}) is dated outside relation 'az-x', ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private static string Relation(string countries, string extra = "") =>
        "{\n  \"$schema\": \"../schema/relation.schema.json\",\n  \"id\": \"az-x\",\n  \"countries\": [" + countries + "],\n  " + extra + "\n  \"citations\": [\"source\"]\n}";

    /// <summary>A former entry with a succession; with <paramref name="former"/> false, a current entry with one.</summary>
    private static InMemoryFile Former(string id, string alpha4, string successors, bool former = true) => new(
        $"/data/{id}.json",
        "{\n  \"$schema\": \"../schema/country.schema.json\",\n  \"id\": \"" + id + "\",\n  \"alpha2\": \"XO\",\n  \"alpha3\": \"XOL\",\n"
        + (former ? "  \"alpha4\": \"" + alpha4 + "\",\n  \"withdrawn\": \"1990\",\n" : string.Empty)
        + "  \"succession\": { \"successors\": [" + successors + "], \"kind\": \"split\", \"citations\": [\"source\"] },\n  \"shortName\": \"" + id + "\",\n  \"citations\": [\"source\"]\n}");

    /// <summary>The valid files, a third country, and one region, relation and event: a record of each kind.</summary>
    private static IEnumerable<InMemoryFile> WithOneOfEach() => Valid().Concat(new[]
    {
        new InMemoryFile("/data/armenia.json", Azerbaijan.Replace("azerbaijan", "armenia", System.StringComparison.Ordinal).Replace("Azerbaijan", "Armenia", System.StringComparison.Ordinal).Replace("\"AZ\"", "\"AM\"", System.StringComparison.Ordinal).Replace("AZE", "ARM", System.StringComparison.Ordinal).Replace("31", "51", System.StringComparison.Ordinal)),
        new InMemoryFile("/data/west.json", "{ \"$schema\": \"../schema/region.schema.json\", \"id\": \"west\", \"code\": \"901\", \"name\": \"West\", \"citations\": [\"source\"] }"),
        new InMemoryFile("/data/az-ps.json", "{ \"$schema\": \"../schema/relation.schema.json\", \"id\": \"az-ps\", \"countries\": [\"azerbaijan\", \"palestine\"], \"citations\": [\"source\"] }"),
        new InMemoryFile("/data/meeting.json", "{ \"$schema\": \"../schema/event.schema.json\", \"id\": \"meeting\", \"date\": \"2000\", \"kind\": \"visit\", \"title\": \"M\", \"summary\": \"S.\", \"countries\": [\"azerbaijan\"], \"citations\": [\"source\"] }"),
    });

    private static IEnumerable<InMemoryFile> Valid() => new[]
    {
        new InMemoryFile("/data/reference.json", Reference),
        new InMemoryFile("/data/azerbaijan.json", Azerbaijan),
        new InMemoryFile("/data/palestine.json", Palestine),
    };
}

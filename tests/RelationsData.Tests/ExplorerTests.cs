using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using RelationsData.Explorer;

namespace RelationsData.Tests;

/// <summary>The explorer's commands, through the same entry point as the console.</summary>
public class ExplorerTests
{
    [Fact]
    public void Relation_card_for_AZ_PS_shows_status_missions_timeline_and_numbered_references()
    {
        var (code, output, error) = Run("relation", "AZ", "PS");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith("Azerbaijan – Palestine\n", output, StringComparison.Ordinal);
        Assert.Contains("Established: 1992-04-15", output, StringComparison.Ordinal);
        Assert.Contains("active, from 1992-04-15", output, StringComparison.Ordinal);
        Assert.Contains("Missions of Palestine in Azerbaijan:\n  non-resident, from 1992-04-15 to 2011-06-29", output, StringComparison.Ordinal);
        Assert.Contains("embassy in Baku, opened 2011-06-29", output, StringComparison.Ordinal);
        Assert.Contains("Missions of Azerbaijan in Palestine:\n  none", output, StringComparison.Ordinal);
        Assert.Contains("\"close and productive\"", output, StringComparison.Ordinal);
        Assert.Contains("2011-06-29  Embassy of the State of Palestine opens in Baku — Mahmoud Abbas (President of the State of Palestine)", output, StringComparison.Ordinal);
        Assert.Contains("[1] \"Palestine`s embassy opens in Baku\". azertag.az. 2011-06-29.", output, StringComparison.Ordinal);

        var timeline = Section(output, "Timeline");
        // Each event takes two lines: its date and title, then what was said or decided (its summary) with its sources.
        Assert.Equal(new[] { "1992-04-15", "2009", "2011-06-29", "2018-04", "2018-11-05" }, timeline.Where((_, i) => i % 2 == 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]));
        Assert.Contains("try to restore their territorial integrity", timeline[3], StringComparison.Ordinal);
        Assert.Contains("support Azerbaijan's position in the Armenia-Azerbaijan Nagorno-Karabakh conflict", timeline[7], StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]$", timeline[7]);
        var references = Section(output, "References");
        Assert.Equal(Enumerable.Range(1, references.Count).Select(i => $"[{i}]"), references.Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void Relation_card_is_the_same_in_either_order_and_by_name()
    {
        var card = Run("relation", "AZ", "PS").Output;

        Assert.Equal(card, Run("relation", "aze", "State of Palestine").Output);
        Assert.Equal(Section(card, "Timeline"), Section(Run("relation", "PS", "AZ").Output, "Timeline"));
    }

    [Fact]
    public void Country_lists_its_relations()
    {
        var (code, output, _) = Run("country", "PS");

        Assert.Equal(0, code);
        Assert.StartsWith("Palestine (PS, PSE, 275)", output, StringComparison.Ordinal);
        Assert.Contains($"Relations ({Relations.Of(Countries.Palestine).Length}):", output, StringComparison.Ordinal);
        Assert.Contains("AZ  Azerbaijan", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("export", "--format", "xml")]
    [InlineData("relation", "AZ")]
    [InlineData("timeline", "PS", "--width", "٣٠")]
    [InlineData]
    public void Mistakes_in_the_command_line_give_exit_code_2_and_nothing_on_the_output(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(Explorer.Explorer.UsageError, code);
        Assert.Empty(output);
        Assert.NotEmpty(error.Trim());
    }

    [Theory]
    [InlineData("relation", "AZ", "XX")]
    [InlineData("country", "Atlantis")]
    [InlineData("timeline", "Atlantis")]
    public void An_unknown_country_is_an_answer_exit_code_1_with_one_line(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(Explorer.Explorer.NotFound, code);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"no country '{args[^1]}' in the dataset", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_relation_between_two_countries_is_an_answer_exit_code_1()
    {
        Assert.Null(Relations.Between(Countries.Azerbaijan, Countries.Armenia));

        var (code, output, error) = Run("relation", "AZ", "AM");

        Assert.Equal((Explorer.Explorer.NotFound, "no relation between Azerbaijan (AZ) and Armenia (AM) in the dataset\n", ""), (code, output, error));
    }

    [Fact]
    public void Help_lists_every_command_and_each_command_has_its_own()
    {
        var (code, output, error) = Run("--help");

        Assert.Equal((0, ""), (code, error));
        foreach (var command in new[] { "relation", "country", "region", "on", "timeline", "graph", "export", "dump", "diff" })
        {
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
            var (commandCode, commandHelp, _) = Run(command, "--help");
            Assert.Equal(0, commandCode);
            Assert.Contains("Usage:", commandHelp, StringComparison.Ordinal);
        }

        Assert.Contains("--format", Run("graph", "--help").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_is_suggested()
    {
        var (code, output, error) = Run("relatoin", "AZ", "PS");

        Assert.Equal(Explorer.Explorer.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("'relatoin' was not matched. Did you mean", error, StringComparison.Ordinal);
        Assert.Contains("\nrelation\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        // The version option reads the entry assembly, so this runs the explorer itself, not inside the test host.
        var explorer = typeof(Explorer.Explorer).Assembly;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [explorer.Location, "--version"]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith(explorer.GetName().Version!.ToString(3) + "+", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_completion_suggests_commands_for_dotnet_suggest()
    {
        var (code, output, _) = Run("[suggest:3]", "rel");

        Assert.Equal((0, "relation\n"), (code, output));
    }

    [Fact]
    public void Arguments_can_come_from_a_response_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "relation\nAZ\nPS\n");
            Assert.Equal(Run("relation", "AZ", "PS"), Run("@" + file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_country_card_shows_a_former_entry_and_the_names_in_other_languages()
    {
        var (code, output, _) = Run("country", "SU");
        Assert.Equal(0, code);
        Assert.StartsWith("Soviet Union (SU, SUN, 810)\nOther names: USSR\nFormer entry (ISO 3166-3) SUHH, withdrawn 1992-08-30\n", output, StringComparison.Ordinal);
        Assert.Contains("Names in 9 locales (source: iso-codes); --lang CULTURE prints them", output, StringComparison.Ordinal);
        Assert.Contains("Relations (0):", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ivory Coast", "Côte d'Ivoire (CI, CIV, 384)")]
    [InlineData("UK", "United Kingdom (GB, GBR, 826)")]
    [InlineData("Türkei", "Turkey (TR, TUR, 792)")]
    [InlineData("031", "Azerbaijan (AZ, AZE, 031)")]
    [InlineData("USSR", "Soviet Union (SU, SUN, 810)")]
    public void The_country_command_finds_a_country_by_any_name_or_code(string query, string firstLine)
    {
        var (code, output, _) = Run("country", query);
        Assert.Equal(0, code);
        Assert.StartsWith(firstLine + "\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_country_card_prints_the_names_in_the_language_asked_for()
    {
        var (code, output, _) = Run("country", "AZ", "--lang", "ja");
        Assert.Equal(0, code);
        Assert.StartsWith("アゼルバイジャン (AZ, AZE, 031)\nEnglish: Azerbaijan\n", output, StringComparison.Ordinal);
        Assert.Contains("  PS  パレスチナ自治区", output, StringComparison.Ordinal);
        Assert.Contains("Names in 107 locales (source: cldr-localenames-full)", Run("country", "AZ").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_country_card_shows_its_region_in_the_language_asked_for()
    {
        Assert.Contains("\nRegion: Asia, Western Asia (UN M49 142, 145)\n", Run("country", "AZ").Output, StringComparison.Ordinal);
        Assert.Contains("\nRegion: アジア, 西アジア (UN M49 142, 145)\n", Run("country", "AZ", "--lang", "ja").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Region:", Run("country", "AQ").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_command_lists_a_region_s_countries_and_the_relations_between_them()
    {
        var (code, output, _) = Run("region", "145");

        Assert.Equal(0, code);
        Assert.StartsWith("Western Asia (UN M49 145), within Asia — sources: cldr-core, cldr-localenames-full\n", output, StringComparison.Ordinal);
        Assert.Contains("\nCountries (18):\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  AZ  Azerbaijan\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  AZ–PS  azerbaijan-palestine\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("azerbaijan-pakistan", output, StringComparison.Ordinal);
        Assert.Equal(output, Run("region", "western-asia").Output);
        Assert.Equal(output, Run("region", "western asia").Output);
        Assert.StartsWith("西アジア (UN M49 145), within アジア", Run("region", "145", "--lang", "ja").Output, StringComparison.Ordinal);
        Assert.Contains("Sub-regions: Central Asia, Eastern Asia, Southeast Asia, Southern Asia, Western Asia\n", Run("region", "asia").Output, StringComparison.Ordinal);
        Assert.Equal(Explorer.Explorer.NotFound, Run("region", "Atlantis").Code);

        var all = Run("region").Output;
        Assert.Contains("142  Asia (asia): ", all, StringComparison.Ordinal);
        Assert.Contains("\n  145  Western Asia (western-asia): 18 countries\n", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_whole_dataset_with_the_data_files_field_names()
    {
        var (code, output, _) = Run("export", "--format", "json");
        var export = JsonNode.Parse(output)!.AsObject();

        Assert.Equal(0, code);
        Assert.Equal(Countries.All.Length, export["countries"]!.AsArray().Count);
        Assert.Equal(Relations.All.Length, export["relations"]!.AsArray().Count);
        Assert.Equal(Events.All.Length, export["events"]!.AsArray().Count);
        Assert.Equal(References.All.Length, export["references"]!.AsArray().Count);
    }

    /// <summary>
    /// Every data file comes back out of the compiled tables unchanged: the strongest check that nothing is lost
    /// between JSON, generator, blob and API.
    /// </summary>
    [Fact]
    public void Export_round_trips_every_data_file()
    {
        var export = JsonNode.Parse(Run("export", "--format", "json").Output)!.AsObject();
        var dataDirectory = TestSupport.RepositoryPaths.Data;
        var files = Directory.EnumerateFiles(dataDirectory, "*.json", SearchOption.AllDirectories).Where(f => !f.Contains("schema", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var data = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            // countries/former/ holds countries too.
            var kind = Path.GetRelativePath(dataDirectory, file).Split(Path.DirectorySeparatorChar)[0];
            var exported = export[kind]!.AsArray().Single(n => (string?)n!["id"] == (string?)data["id"])!;
            var isRelation = kind == "relations";
            Assert.True(JsonNode.DeepEquals(Normalise(data, isRelation), Normalise(exported, isRelation)), $"{file} differs from its export:\n{Normalise(exported, isRelation)}");
        }
    }

    /// <summary>Drops $schema and empty arrays (absent and empty mean the same); a relation's two countries are unordered.</summary>
    private static JsonNode? Normalise(JsonNode? node, bool isRelation = false)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (key == "$schema" || value is JsonArray { Count: 0 })
                    {
                        continue;
                    }

                    copy[key] = isRelation && key == "countries"
                        ? new JsonArray(value!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(v)!).ToArray())
                        : Normalise(value);
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(n => Normalise(n)).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private static List<string> Section(string output, string title) =>
        output.Split('\n').SkipWhile(l => l != title + ":").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Explorer.Explorer.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

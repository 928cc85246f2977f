using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RelationsData.Generator.Linking;

namespace RelationsData.Generator.Tests;

/// <summary>Any id becomes a valid C# member name.</summary>
public class MemberNameTests
{
    [Theory]
    [InlineData("azerbaijan-palestine", "AzerbaijanPalestine")]
    [InlineData("côte-d-ivoire", "CôteDIvoire")]
    [InlineData("türkiye", "Türkiye")]
    [InlineData("são-tomé-and-príncipe", "SãoToméAndPríncipe")]
    [InlineData("中国", "中国")]
    [InlineData("1992-relations", "_1992Relations")]
    [InlineData("all", "All_")]
    [InlineData("by-alpha2", "ByAlpha2_")]
    // Every other name the facades or object already use.
    [InlineData("by-alpha3", "ByAlpha3_")]
    [InlineData("by-numeric", "ByNumeric_")]
    [InlineData("by-id", "ById_")]
    [InlineData("by-code", "ByCode_")]
    [InlineData("try-find", "TryFind_")]
    [InlineData("between", "Between_")]
    [InlineData("of", "Of_")]
    [InlineData("on", "On_")]
    [InlineData("in-force-on", "InForceOn_")]
    [InlineData("in", "In_")]
    [InlineData("dataset", "Dataset_")]
    [InlineData("equals", "Equals_")]
    [InlineData("get-hash-code", "GetHashCode_")]
    [InlineData("to-string", "ToString_")]
    [InlineData("get-type", "GetType_")]
    [InlineData("reference-equals", "ReferenceEquals_")]
    [InlineData("memberwise-clone", "MemberwiseClone_")]
    [InlineData("finalize", "Finalize_")]
    [InlineData("countries", "Countries_")]
    [InlineData("relations", "Relations_")]
    [InlineData("events", "Events_")]
    [InlineData("references", "References_")]
    [InlineData("regions", "Regions_")]
    [InlineData("compiled-dataset", "CompiledDataset_")]
    [InlineData("---", "__")]
    [InlineData("class", "Class")]
    public void Ids_become_valid_identifiers(string id, string expected)
    {
        var name = MemberNames.FromId(id);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }

    [Fact]
    public void A_long_id_keeps_its_start_and_a_hash_of_the_whole_within_the_metadata_limit()
    {
        var id = new string('a', 200);
        var other = new string('a', 199) + "b";

        var name = MemberNames.FromId(id);

        Assert.Equal(MemberNames.MaxLength, name.Length);
        Assert.StartsWith("A" + new string('a', MemberNames.MaxLength - 10), name, StringComparison.Ordinal);
        Assert.Matches("_[0-9a-f]{8}$", name);
        Assert.NotEqual(name, MemberNames.FromId(other));
        Assert.Equal("A" + new string('a', MemberNames.MaxLength - 1), MemberNames.FromId(new string('a', MemberNames.MaxLength)));
    }
}

/// <summary>Keywords, leading digits and non-ASCII names as ids and names compile into unique members; hint names stay plain.</summary>
public class IdentifierTests
{
    private static readonly string[] Awkward = { "Côte d'Ivoire", "Türkiye", "São Tomé and Príncipe", "中国", "1st-country", "9", "Dataset", "countries", "compiled-dataset" };

    [Fact]
    public void Keywords_and_non_ascii_ids_become_unique_valid_members_that_compile()
    {
        var words = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText)
            .Where(w => w.Length > 0).Distinct().Concat(Awkward).ToList();
        Assert.True(words.Count > 100, $"Roslyn lists {words.Count} keywords");
        var files = new List<InMemoryFile> { new("/data/source.json", """{ "$schema": "../schema/reference.schema.json", "id": "source", "type": "article", "title": "S" }""") };
        for (var i = 0; i < words.Count; i++)
        {
            var word = JsonSerializer.Serialize(words[i]);
            files.Add(new($"/data/c{i}.json", $$"""
                { "$schema": "../schema/country.schema.json", "id": {{word}}, "alpha2": "{{(char)('A' + (i / 26))}}{{(char)('A' + (i % 26))}}", "alpha3": "{{(char)('A' + (i / 26))}}{{(char)('A' + (i % 26))}}X",
                  "shortName": {{word}}, "citations": ["source"] }
                """));
        }

        var (result, output) = TestHelpers.Run(files);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var countries = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Countries.g.cs", StringComparison.Ordinal)).GetRoot();
        var named = countries.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Type.ToString() == "global::RelationsData.Country").Select(p => p.Identifier.Text).ToList();
        Assert.Equal(words.Count, named.Count);
        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());
        Assert.All(named, name => Assert.True(SyntaxFacts.IsValidIdentifier(name), name));
        Assert.All(words, word => Assert.Contains(MemberNames.FromId(word), named));
    }

    [Fact]
    public void Ids_that_differ_only_in_punctuation_collide_with_a_diagnostic_not_a_compile_error()
    {
        var files = TwoCountriesWhoseIdsMakeOneMember();

        var (result, output) = TestHelpers.Run(files);

        Assert.Equal("RD0017", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Ids_that_would_collide_in_a_kind_over_the_named_member_limit_are_no_error_since_it_gets_no_members()
    {
        var files = TwoCountriesWhoseIdsMakeOneMember();

        // Two countries, one reference: at a limit of 1 the countries get no named members, the reference keeps its own.
        var (result, output) = TestHelpers.Run(files, properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = "1" });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var sources = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("No named members: its 2 records are more than RelationsDataNamedMemberLimit (1)", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("CôteDIvoire", sources, StringComparison.Ordinal);
        Assert.Contains(" Source => ", sources, StringComparison.Ordinal);
    }

    /// <summary>One reference and two countries whose ids both become the member CôteDIvoire.</summary>
    private static InMemoryFile[] TwoCountriesWhoseIdsMakeOneMember() => new[]
    {
        new InMemoryFile("/data/source.json", """{ "$schema": "../schema/reference.schema.json", "id": "source", "type": "article", "title": "S" }"""),
        new InMemoryFile("/data/a.json", """{ "$schema": "../schema/country.schema.json", "id": "côte-d'ivoire", "alpha2": "CI", "alpha3": "CIV", "shortName": "A", "citations": ["source"] }"""),
        new InMemoryFile("/data/b.json", """{ "$schema": "../schema/country.schema.json", "id": "côte d ivoire", "alpha2": "CJ", "alpha3": "CJV", "shortName": "B", "citations": ["source"] }"""),
    };

    [Theory]
    [InlineData("Snapshot.Data")]
    [InlineData("Données.中国.Ünïcode")]
    [InlineData("Data2026._Internal")]
    public void Hint_names_hold_only_ascii_letters_digits_underscores_and_dots(string ns)
    {
        var files = TestHelpers.ShippedDataFiles();

        var (result, output) = TestHelpers.Run(files, ns);

        Assert.Empty(result.Diagnostics);
        var hints = result.Results[0].GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(7, hints.Count);
        Assert.All(hints, hint => Assert.Matches("^[A-Za-z0-9_.]+$", hint));
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The constants of the generated Keys source (CountryCodes, CountryIds): every ISO code as written in the standard,
/// in code order, and a renamed id's constant that never clashes with its class.
/// </summary>
public class KeysSourceTests
{
    /// <summary>The snapshot corpus plus a current country numbered 000 whose previous id reads "CountryIds" as a member, and a second former entry.</summary>
    private static IReadOnlyList<InMemoryFile> Files() => TestHelpers.SnapshotCorpus()
        .Append(new InMemoryFile("/data/country-zembla.json", """
            { "$schema": "../schema/country.schema.json", "id": "zembla", "previousIds": ["country-ids"], "alpha2": "XZ", "alpha3": "XZM", "numeric": 0, "shortName": "Zembla", "citations": ["atlas"] }
            """))
        .Append(new InMemoryFile("/data/country-ancient-zembla.json", """
            { "$schema": "../schema/country.schema.json", "id": "ancient-zembla", "alpha2": "XA", "alpha3": "XAZ", "alpha4": "XAHH", "withdrawn": "1900", "shortName": "Ancient Zembla", "citations": ["atlas"] }
            """))
        .ToList();

    private static (string Keys, Compilation Output) Generate()
    {
        var (run, output) = TestHelpers.Run(Files());
        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Keys.g.cs", System.StringComparison.Ordinal)).ToString(), output);
    }

    [Fact]
    public void Numeric_code_000_is_a_constant_and_its_documentation_writes_three_digits()
    {
        var (keys, _) = Generate();

        Assert.Contains("public const int XZ = 0;", keys, System.StringComparison.Ordinal);
        Assert.Contains("/// <summary>000: Zembla (XZ).</summary>", keys, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Alpha4_constants_are_in_code_order()
    {
        var (keys, _) = Generate();

        var ancient = keys.IndexOf("public const string XAHH = \"XAHH\";", System.StringComparison.Ordinal);
        var old = keys.IndexOf("public const string XFHH = \"XFHH\";", System.StringComparison.Ordinal);
        Assert.True(ancient >= 0 && old >= 0, keys);
        Assert.True(ancient < old, "XAHH comes before XFHH");
    }

    [Fact]
    public void A_previous_id_named_like_its_class_gets_no_constant_and_the_code_compiles()
    {
        var (keys, output) = Generate();

        var countryIds = keys.Substring(keys.IndexOf("public static class CountryIds", System.StringComparison.Ordinal));
        countryIds = countryIds.Substring(0, countryIds.IndexOf("public static class RelationIds", System.StringComparison.Ordinal));
        Assert.Contains("public const string Zembla = \"zembla\";", countryIds, System.StringComparison.Ordinal);
        Assert.DoesNotContain("const string CountryIds ", countryIds, System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Ids_whose_names_collide_are_RD0017_and_the_generated_code_has_no_error_of_its_own()
    {
        var files = TestHelpers.SnapshotCorpus()
            .Append(new InMemoryFile("/data/reference-x-y.json", """{ "$schema": "../schema/reference.schema.json", "id": "x-y", "type": "book", "title": "T" }"""))
            .Append(new InMemoryFile("/data/reference-x--y.json", """{ "$schema": "../schema/reference.schema.json", "id": "x--y", "type": "book", "title": "T" }"""));

        var (run, output) = TestHelpers.Run(files);

        Assert.Contains(run.Diagnostics, d => d.Id == "RD0017");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is not null && d.Location.SourceTree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)));
    }
}

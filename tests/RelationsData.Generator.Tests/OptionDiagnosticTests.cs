using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>The project properties the generator reads: a bad value is reported once, and the defaults apply.</summary>
public class OptionDiagnosticTests
{
    [Theory]
    [InlineData("My-App.Data")]
    [InlineData("class.Data")]
    [InlineData("Data..Tables")]
    public void An_invalid_namespace_is_RD0022_and_the_default_namespace_is_used(string ns)
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), ns);

        Assert.Equal("RD0022", Assert.Single(result.Diagnostics).Id);
        Assert.All(result.GeneratedTrees, t => Assert.Contains("namespace RelationsData.Generated;", t.ToString(), System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("0", 4)]
    [InlineData("7", 3)]
    [InlineData("13", 2)]
    [InlineData("31", 0)]
    public void Kinds_over_the_named_member_limit_get_none_and_an_RD0023_note(string limit, int omittedKinds)
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = limit });

        Assert.Equal(omittedKinds, result.Diagnostics.Count(d => d.Id == "RD0023" && d.Severity == DiagnosticSeverity.Info));
        Assert.Equal(omittedKinds, result.Diagnostics.Length);
        var countries = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Countries.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Equal(omittedKinds == 0, countries.Contains(" Azerbaijan => ", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    public void An_invalid_named_member_limit_is_RD0024_and_the_default_is_used(string limit)
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = limit });

        Assert.Equal("RD0024", Assert.Single(result.Diagnostics).Id);
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains(" AzerbaijanPalestine => ", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}

/// <summary>Data files are the additional files under RelationsDataDirectory (but not its schemas) or marked RelationsData="true".</summary>
public class DataFileSelectionTests
{
    [Theory]
    [InlineData("/repo/data", "/repo/data/countries/a.json", true)]
    [InlineData("/repo/data/", "/repo/data/a.json", true)]
    [InlineData("C:\\repo\\data", "C:\\repo\\data\\countries\\a.json", true)]
    [InlineData("/repo/data", "/repo/data/schema/country.schema.json", false)]
    [InlineData("/repo/data", "/repo/database/a.json", false)]
    [InlineData("/repo/data", "/repo/data/notes.txt", false)]
    public void Files_under_the_data_directory_are_data_without_metadata(string directory, string path, bool isData)
    {
        var file = new InMemoryFile(path, """{ "$schema": "../schema/reference.schema.json", "id": "r", "type": "article", "title": "T" }""");
        var driver = CSharpGeneratorDriverFor(file, directory);

        var result = driver.RunGenerators(TestHelpers.CreateCompilation("class C { }")).GetRunResult();

        // An uncited reference is RD0012: reported exactly when the file was read as data.
        Assert.Equal(isData, result.Diagnostics.Any(d => d.Id == "RD0012"));
    }

    private static GeneratorDriver CSharpGeneratorDriverFor(InMemoryFile file, string directory) =>
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new RelationsGenerator().AsSourceGenerator() },
            new[] { (AdditionalText)file },
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest),
            new TestOptionsProvider(System.Array.Empty<string>(), null, new Dictionary<string, string> { ["RelationsDataDirectory"] = directory }));
}

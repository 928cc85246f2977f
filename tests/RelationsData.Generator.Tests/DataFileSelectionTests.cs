using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

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
    [InlineData("/repo/data", "/repo/data/events/events-000.jsonl", true)]
    [InlineData("/repo/data", "/repo/data/events/events.jsonl.bak", false)]
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

using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>Data never reaches the generated source raw: hostile strings compile, round-trip and add no code.</summary>
public class EscapingTests
{
    private static readonly string[] Hostile =
    {
        "quote \" and backslash \\",
        "line\nfeed and\r\ncarriage return",
        "next line \u0085 line sep \u2028 para sep \u2029",
        "*/ comment close and /* open",
        "#line 1 \"evil.cs\"",
        "\"]; class Injected { }",
        "\"u8; [System.Runtime.CompilerServices.ModuleInitializer] static void Boom() { }",
        "nul \0 char",
        "bidi \u202A\u202B\u202C\u202D\u202E \u2066\u2067\u2068\u2069 controls",
        "zero width \u200D joiner and \uFEFF bom",
        "</summary><remarks>&amp; <see cref=\"X\"/>",
    };

    [Fact]
    public void Hostile_titles_compile_round_trip_and_declare_nothing_new()
    {
        var files = Hostile.Select((title, i) => new InMemoryFile($"/data/r{i}.json", Reference($"r{i}", title))).ToList();
        files.Add(new InMemoryFile("/data/country.json", """
            { "$schema": "../schema/country.schema.json", "id": "x", "alpha2": "XA", "alpha3": "XAA", "shortName": "X",
              "citations": [ "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10" ] }
            """));

        var (result, output) = TestHelpers.Run(files);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        foreach (var source in result.GeneratedTrees.Select(t => t.ToString()))
        {
            Assert.DoesNotContain(source, c => c != '\n' && (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator));
        }

        var assembly = Load(output);
        // <PrivateImplementationDetails> is where the compiler keeps the constant columns.
        var declared = assembly.GetTypes().Where(t => !t.IsNested && t.Name != "<PrivateImplementationDetails>").Select(t => t.FullName).Order().ToList();
        Assert.Equal(new[] { "Consumer.Marker", "Snapshot.Data.CompiledDataset", "Snapshot.Data.Countries", "Snapshot.Data.Events", "Snapshot.Data.References", "Snapshot.Data.Relations" }, declared);

        var all = (System.Collections.Generic.IEnumerable<Reference>)assembly.GetType("Snapshot.Data.References")!.GetProperty("All")!.GetValue(null)!;
        var titles = all.OrderBy(r => int.Parse(r.Id[1..], CultureInfo.InvariantCulture)).Select(r => r.Title);
        Assert.Equal(Hostile, titles);
    }

    private static string Reference(string id, string title) =>
        $$"""{ "$schema": "../schema/reference.schema.json", "id": "{{id}}", "type": "article", "title": {{JsonSerializer.Serialize(title)}} }""";

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("escaping-test", isCollectible: true).LoadFromStream(stream);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generator.Tests;

/// <summary>
/// An app's own data compiles at the project's C# version, down to C# 7.3 (.NET Framework's default): the generated code
/// uses no construct the version lacks, stores the same tables as constant data, and reads back the same records. Older
/// than 7.3 is RD0034, naming the version to set.
/// </summary>
public class LanguageVersionTests
{
    public static IEnumerable<object[]> Versions() => new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.Latest }.Select(v => new object[] { v });

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_snapshot_corpus_compiles_at_the_version_and_reads_back_what_the_latest_reads(LanguageVersion version)
    {
        var (sources, assembly) = Compile(version);
        var text = string.Concat(sources);

        Assert.Equal(version < LanguageVersion.CSharp11 && version != LanguageVersion.Latest, !text.Contains("\"u8", StringComparison.Ordinal));
        Assert.Equal(version < LanguageVersion.CSharp10 && version != LanguageVersion.Latest, !text.Contains("namespace Snapshot.Data;", StringComparison.Ordinal));
        Assert.Equal(version < LanguageVersion.CSharp8 && version != LanguageVersion.Latest, !text.Contains("#nullable enable", StringComparison.Ordinal));
        Assert.Equal(version < LanguageVersion.CSharp8 && version != LanguageVersion.Latest, !text.Contains("GetColumn(int column) => column switch", StringComparison.Ordinal));
        // The attribute goes with nullable annotations: C# 7.3 has none, though the references define it.
        Assert.Equal(version < LanguageVersion.CSharp8 && version != LanguageVersion.Latest, !text.Contains("[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]", StringComparison.Ordinal));
        // Each column is named beside its bytes, in the switch expression and in the switch statement alike.
        Assert.Contains("// StringOffsets\n", text, StringComparison.Ordinal);
        // Inside a namespace block a facade's members are indented one level more than in a file-scoped namespace.
        var block = version < LanguageVersion.CSharp10 && version != LanguageVersion.Latest;
        var all = text.Split('\n').Single(line => line.Contains("ImmutableArray<global::RelationsData.Relation> All =>", StringComparison.Ordinal));
        Assert.Equal(block ? 8 : 4, all.Length - all.TrimStart().Length);
        Assert.Equal(block, sources.SelectMany(s => s.Split('\n')).All(line => !line.StartsWith("public ", StringComparison.Ordinal) && !line.StartsWith("///", StringComparison.Ordinal)));
        Assert.Equal(Read(Compile(LanguageVersion.Latest).Assembly), Read(assembly));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_resource_form_compiles_at_the_version(LanguageVersion version)
    {
        var (sources, _) = Compile(version, new Dictionary<string, string> { ["RelationsDataStorage"] = "resource" });

        Assert.Contains(sources, s => s.Contains(": global::RelationsData.Storage.ResourceStorage", StringComparison.Ordinal));
    }

    [Fact]
    public void Older_than_7_3_is_RD0034_naming_the_version_to_set_and_nothing_is_emitted()
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp7_2);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Marker { } }", parse)], References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var result = TestHelpers.CreateDriver(TestHelpers.SnapshotCorpus(), parseOptions: parse).RunGenerators(compilation).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RD0034", diagnostic.Id);
        Assert.Contains("this project compiles C# 7.2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("<LangVersion>7.3</LangVersion>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.GeneratedTrees);
    }

    private static IEnumerable<MetadataReference> References => Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Country).Assembly.Location));

    private static (IReadOnlyList<string> Sources, Assembly Assembly) Compile(LanguageVersion version, IReadOnlyDictionary<string, string>? properties = null)
    {
        var parse = new CSharpParseOptions(version);
        var compilation = CSharpCompilation.Create(
            "Consumer" + version + (properties is null ? string.Empty : "Resource"),
            [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Marker { } }", parse)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        TestHelpers.CreateDriver(TestHelpers.SnapshotCorpus(), properties: properties, parseOptions: parse).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        stream.Position = 0;
        var sources = output.SyntaxTrees.Skip(1).Select(t => t.ToString()).ToList();
        return (sources, new AssemblyLoadContext("language-" + version + (properties is null ? string.Empty : "-resource"), isCollectible: true).LoadFromStream(stream));
    }

    /// <summary>Every record of the compiled dataset, as text.</summary>
    private static string Read(Assembly assembly)
    {
        var dataset = (RelationsDataset)assembly.GetType("Snapshot.Data.CompiledDataset")!.GetProperty("Instance")!.GetValue(null)!;
        return string.Join("\n", dataset.Countries.Select(c => $"{c} {c.OfficialName} {c.NameIn("de")} {c.LocalizedNames.Count} {c.Subregion} {c.Region}")
            .Concat(dataset.Relations.Select(r => $"{r.Id} {r.Established?.Date} {r.Statuses.Length} {r.Missions.Length}"))
            .Concat(dataset.Events.Select(e => $"{e.Id} {e.Date} {e.Title}"))
            .Concat(dataset.Regions.Select(r => $"{r.Id} {r.Code} {r.NameIn("ja")}"))
            .Concat(dataset.References.Select(r => $"{r.Id} {r.Title}")));
    }
}

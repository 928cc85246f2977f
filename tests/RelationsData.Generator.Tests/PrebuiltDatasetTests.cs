using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Prebuilt;

namespace RelationsData.Generator.Tests;

/// <summary>
/// A build with RelationsDataStorage=resource parses the data once: the build step writes the prebuilt dataset
/// (Prebuilt/) and the compiler gets it in place of the data files. Whatever the generator emits and reports from it
/// must be exactly what it emits and reports from the JSON; the package tests run the real build step.
/// </summary>
public class PrebuiltDatasetTests
{
    private const string PrebuiltPath = "/obj/Release/net10.0/" + PrebuiltDataset.FileName;

    private static readonly Dictionary<string, string> Resource = new() { ["RelationsDataStorage"] = "resource" };

    [Fact]
    public void The_prebuilt_file_reads_back_as_the_tables_without_strings_and_columns_and_the_same_diagnostics()
    {
        var files = BrokenData();
        var (linked, built) = TestHelpers.BuildStep(files);
        var tables = built!;

        var read = PrebuiltDatasetReader.Read(PrebuiltPath, SourceText.From(Encoding.UTF8.GetString(PrebuiltDatasetWriter.Write(tables, linked.Diagnostics))), default);

        Assert.Equal(tables with { Strings = default, Columns = default, PrebuiltContentHash = ContentHash.Compute(tables) }, read.Tables);
        Assert.Equal(linked.Diagnostics, read.Diagnostics);
        // The cases this data was chosen for: a duplicate (with the first occurrence), malformed JSON, an unknown id, and a warning.
        Assert.Contains(read.Diagnostics, d => d.Descriptor.Id == "RD0005" && d.RelatedLocation is not null);
        Assert.Contains(read.Diagnostics, d => d.Descriptor.Id == "RD0001");
        Assert.Contains(read.Diagnostics, d => d.Descriptor.Id == "RD0006");
        Assert.Contains(read.Diagnostics, d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Warning);
        Assert.Equal(ContentHash.Compute(tables), ContentHash.Compute(read.Tables!));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void From_the_prebuilt_file_the_generator_emits_and_reports_exactly_what_the_JSON_gives_and_parses_no_data_file(bool broken)
    {
        var files = broken ? BrokenData() : TestHelpers.ShippedDataFiles();
        var (fromJson, _) = TestHelpers.Run(files, properties: Resource);
        Assert.NotEmpty(fromJson.Results[0].GeneratedSources);

        // As the build passes them (the data files replaced by the prebuilt file), and with both: the data files unread.
        foreach (var input in new[] { new[] { Prebuilt(files) }, files.Append(Prebuilt(files)).ToArray() })
        {
            var driver = TestHelpers.CreateDriver(input, properties: Resource).RunGenerators(TestHelpers.CreateCompilation("namespace Consumer { internal static class Marker { } }"));
            var fromBuild = driver.GetRunResult();

            Assert.Equal(Sources(fromJson), Sources(fromBuild));
            Assert.Equal(Described(fromJson.Diagnostics), Described(fromBuild.Diagnostics));
            var steps = TestHelpers.TrackedSteps(fromBuild);
            Assert.Empty(steps.GetValueOrDefault(TrackingNames.ParsedFiles, ImmutableArray<IncrementalGeneratorRunStep>.Empty).SelectMany(s => s.Outputs));
            Assert.NotNull(Assert.Single(steps[TrackingNames.Prebuilt]).Outputs.Single().Value);
        }
    }

    [Fact]
    public void With_literal_storage_the_prebuilt_file_is_ignored_and_the_JSON_is_read()
    {
        var files = TestHelpers.ShippedDataFiles();
        var (run, _) = TestHelpers.Run(files.Append(Prebuilt(files.Take(20).ToList())));

        Assert.Equal(Sources(TestHelpers.Run(files).Result), Sources(run));
        Assert.Contains("Utf8Strings", Sources(run).Single(s => s.HintName.EndsWith(".CompiledDataset.g.cs", StringComparison.Ordinal)).Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "The input does not contain any JSON tokens")]
    [InlineData("{\"format\":1,\"diagnostics\":[", "Expected depth to be zero")]
    [InlineData("{\"format\":99,\"diagnostics\":[]}", "it is of format 99, and this generator reads format 1")]
    [InlineData("{\"format\":1,\"diagnostics\":[{\"id\":\"RD9999\",\"args\":[]}]}", "it names diagnostic RD9999, which this generator does not have")]
    [InlineData("{\"format\":1,\"diagnostics\":[{\"id\":\"RD0001\",\"location\":[\"/data/a.json\",1],\"args\":[\"x\"]}]}", "Index was outside the bounds of the array")]
    [InlineData("{\"format\":1}", "The given key was not present in the dictionary")]
    public void An_unreadable_prebuilt_file_is_RD0037_located_at_it_and_emits_nothing(string content, string why)
    {
        var (run, _) = TestHelpers.Run(new[] { new InMemoryFile(PrebuiltPath, content) }, properties: Resource);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("RD0037", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(PrebuiltPath, diagnostic.Location.GetLineSpan().Path);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith($"The dataset the build step wrote ({PrebuiltPath}) cannot be read: ", message, StringComparison.Ordinal);
        Assert.Contains(why, message, StringComparison.Ordinal);
        Assert.Empty(run.Results[0].GeneratedSources);
    }

    [Fact]
    public void Only_a_file_of_that_exact_name_is_the_prebuilt_file()
    {
        Assert.True(PrebuiltDataset.IsPrebuiltFile("/obj/" + PrebuiltDataset.FileName));
        Assert.True(PrebuiltDataset.IsPrebuiltFile(@"C:\app\obj\" + PrebuiltDataset.FileName));
        Assert.True(PrebuiltDataset.IsPrebuiltFile(PrebuiltDataset.FileName));
        Assert.False(PrebuiltDataset.IsPrebuiltFile("/obj/My" + PrebuiltDataset.FileName));
        Assert.False(PrebuiltDataset.IsPrebuiltFile("/obj/" + PrebuiltDataset.FileName + ".json"));
    }

    [Fact]
    public void An_unchanged_prebuilt_file_leaves_every_step_cached()
    {
        var files = TestHelpers.ShippedDataFiles();
        TestHelpers.AssertRunsAreCached(new[] { Prebuilt(files) }, Resource);
    }

    /// <summary>The prebuilt file the build step writes for these data files (WriteRelationsDataTables, with the default limit).</summary>
    internal static InMemoryFile Prebuilt(IReadOnlyList<InMemoryFile> files)
    {
        var (linked, tables) = TestHelpers.BuildStep(files);
        return new InMemoryFile(PrebuiltPath, Encoding.UTF8.GetString(PrebuiltDatasetWriter.Write(tables, linked.Diagnostics)));
    }

    /// <summary>The shipped data with a duplicate of one event, a malformed file, a relation that cites an unknown reference, and a reference nobody cites.</summary>
    private static IReadOnlyList<InMemoryFile> BrokenData()
    {
        var files = TestHelpers.ShippedDataFiles().ToList();
        var evt = files.First(f => f.Path.StartsWith("/data/events/", StringComparison.Ordinal));
        var relation = files.First(f => f.Path == "/data/relations/albania-israel.json");
        files.Remove(relation);
        files.Add(relation.WithContent(relation.Content.Replace("\"citations\": [\n    \"seed-article\"", "\"citations\": [\n    \"no-such-reference\"", StringComparison.Ordinal)));
        files.Add(new InMemoryFile("/data/references/zz-uncited.json", "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": \"zz-uncited\",\n  \"type\": \"webpage\",\n  \"title\": \"Nobody cites this\"\n}"));
        files.Add(new InMemoryFile("/data/events/zz-copy.json", evt.Content));
        files.Add(new InMemoryFile("/data/events/zz-broken.json", "{\n  \"$schema\": \"../schema/event.schema.json\",\n  \"id\": \n}"));
        return files;
    }

    private static List<(string HintName, string Source)> Sources(GeneratorDriverRunResult run) =>
        run.Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    private static List<string> Described(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan()} {d.Location.SourceSpan} [{string.Join(";", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}] {d.GetMessage(CultureInfo.InvariantCulture)}").ToList();
}

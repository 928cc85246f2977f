using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using RelationsData.Generator.Emit;

namespace RelationsData.Generator.Tests;

/// <summary>
/// RelationsDataStorage=resource: the generated code carries no data and reads the tables from a manifest resource,
/// which the build step writes with these same stages (TableBlobWriter). Here the resource is added to an in-memory
/// compilation as the build adds it; the package tests run the real build step.
/// </summary>
public class ResourceStorageTests
{
    private static readonly Dictionary<string, string> Resource = new() { ["RelationsDataStorage"] = "resource" };

    [Fact]
    public void The_generated_code_holds_no_data_and_reads_the_same_tables_as_literals()
    {
        var files = TestHelpers.ShippedDataFiles();
        var (literalRun, literalOutput) = TestHelpers.Run(files);
        var (resourceRun, resourceOutput) = TestHelpers.Run(files, properties: Resource);

        var storage = Source(resourceRun, ".CompiledDataset.g.cs");
        Assert.DoesNotContain("\"u8", storage, StringComparison.Ordinal);
        Assert.DoesNotContain("Utf8Strings", storage, StringComparison.Ordinal);
        Assert.DoesNotContain("GetColumn", storage, StringComparison.Ordinal);
        Assert.Contains("global::RelationsData.Storage.ResourceStorage", storage, StringComparison.Ordinal);
        // What is left is the key table (the [DatasetKeys] attribute the analyzer reads) and a few lines of code.
        var withoutKeys = string.Join("\n", storage.Split('\n').Where(line => !line.Contains(".DatasetKeys(", StringComparison.Ordinal)));
        Assert.InRange(withoutKeys.Length, 1, 2_000);
        foreach (var facade in new[] { ".Countries.g.cs", ".Relations.g.cs", ".Events.g.cs", ".References.g.cs", ".Regions.g.cs", ".Keys.g.cs" })
        {
            Assert.Equal(Source(literalRun, facade), Source(resourceRun, facade));
        }

        var fromLiterals = Dump(Emit(literalOutput, blob: null));
        var fromResource = Dump(Emit(resourceOutput, Blob(files)));

        Assert.Equal(fromLiterals, fromResource);
        Assert.Contains("azerbaijan-palestine", fromResource, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_corrupt_or_other_tables_fail_with_a_message_that_says_to_rebuild()
    {
        var files = TestHelpers.ShippedDataFiles();
        var output = TestHelpers.Run(files, properties: Resource).Output;
        var blob = Blob(files);
        var other = Blob(files.Where(f => !f.Path.Contains("/events/", StringComparison.Ordinal)).ToList());

        Assert.Contains("has no embedded RelationsData tables", Failure(Emit(output, blob: null)), StringComparison.Ordinal);
        Assert.Contains("are corrupt or of another format version", Failure(Emit(output, blob[..^1])), StringComparison.Ordinal);
        Assert.Contains("are not the ones its code was generated for", Failure(Emit(output, other)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_storage_value_is_RD0035_and_literals_are_used()
    {
        var (run, _) = TestHelpers.Run(TestHelpers.SnapshotCorpus(), properties: new Dictionary<string, string> { ["RelationsDataStorage"] = "embedded" });

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "RD0035");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'embedded' is neither 'literals' nor 'resource'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("Utf8Strings", Source(run, ".CompiledDataset.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_blob_takes_its_hash_last_as_the_build_step_gives_it_and_the_same_bytes_result()
    {
        var tables = TestHelpers.BuildStep(TestHelpers.SnapshotCorpus()).Tables!;
        var hash = ContentHash.Compute(tables);
        var asked = 0;

        var blob = TableBlobWriter.Write(tables, () =>
        {
            asked++;
            return hash;
        });

        Assert.Equal(1, asked);
        Assert.Equal(TableBlobWriter.Write(tables), blob);
        Assert.True(blob.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(hash)) > 0, "the blob holds its hash");
        Assert.Throws<InvalidOperationException>(() => TableBlobWriter.Write(tables, () => "abc"));
    }

    /// <summary>The blob the build step writes for these files.</summary>
    internal static byte[] Blob(IReadOnlyList<InMemoryFile> files) => TableBlobWriter.Write(TestHelpers.BuildStep(files).Tables!);

    private static string Source(GeneratorDriverRunResult run, string hintEnd) =>
        run.Results[0].GeneratedSources.Single(s => s.HintName.EndsWith(hintEnd, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Compiles to an image, with the tables as the manifest resource the build step adds, when given.</summary>
    private static byte[] Emit(Compilation compilation, byte[]? blob)
    {
        using var stream = new MemoryStream();
        var resources = blob is null ? null : new[] { new ResourceDescription(Shared.TableBlob.ResourceName, () => new MemoryStream(blob), isPublic: true) };
        var result = compilation.Emit(stream, manifestResources: resources);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Take(5)));
        return stream.ToArray();
    }

    /// <summary>Every record of the compiled dataset, a line each, read through the public API of the loaded image.</summary>
    private static string Dump(byte[] image) => InLoadedImage(image, dataset =>
        string.Join(
            "\n",
            new[] { dataset.Info.ToString() }
                .Concat(dataset.Countries.Select(c => $"{c.Id}|{c.Alpha2}|{c.Alpha3}|{c.Numeric}|{c.ShortName}|{c.OfficialName}|{c.Region?.Id}|{string.Join(",", c.Names)}|{c.LocalizedNames.Count}"))
                .Concat(dataset.Relations.Select(r => $"{r.Id}|{r.First.Id}|{r.Second.Id}|{r.CurrentStatus?.Status}|{string.Join(",", r.Missions.Select(m => m.City))}|{r.References.Length}"))
                .Concat(dataset.Events.Select(e => $"{e.Id}|{e.Date}|{e.Title}|{e.Summary}"))
                .Concat(dataset.References.Select(r => $"{r.Id}|{r.Title}|{r.Url}"))
                .Concat(dataset.Regions.Select(r => $"{r.Id}|{r.Code}|{r.Name}"))));

    /// <summary>What loading and reading the dataset of the image throws, innermost: the message a user sees.</summary>
    private static string Failure(byte[] image) => InLoadedImage(image, dataset =>
    {
        var thrown = Assert.ThrowsAny<Exception>(() => dataset().Countries.Length);
        while (thrown.InnerException is not null)
        {
            thrown = thrown.InnerException;
        }

        return Assert.IsType<InvalidOperationException>(thrown).Message;
    });

    private static T InLoadedImage<T>(byte[] image, Func<RelationsDataset, T> read) => InLoadedImage(image, (Func<RelationsDataset> dataset) => read(dataset()));

    /// <summary>Loads the image in a context of its own; <paramref name="read"/> gets the dataset on demand, so that it sees what loading it throws.</summary>
    private static T InLoadedImage<T>(byte[] image, Func<Func<RelationsDataset>, T> read)
    {
        var context = new AssemblyLoadContext("resource-storage", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var instance = assembly.GetType(TestHelpers.TestNamespace + ".CompiledDataset")!.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!;
            return read(() => (RelationsDataset)instance.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Tests;

/// <summary>
/// DatasetInfo: the content hash depends on the data only (not on formatting, file order or names of files), any
/// change of a fact changes it, and the data version is the RelationsDataVersion property, escaped like any string.
/// </summary>
public class DatasetInfoTests
{
    [Fact]
    public void The_content_hash_ignores_formatting_and_file_order()
    {
        var files = TestHelpers.ShippedDataFiles();
        var reformatted = files.Reverse().Select(f => f.WithContent(f.Content.Replace("\n  ", "\n    ").Replace("\n", "\r\n"))).ToList();

        Assert.Equal(ContentHashOf(files), ContentHashOf(reformatted));
    }

    [Fact]
    public void Changing_one_fact_changes_the_content_hash()
    {
        var files = TestHelpers.ShippedDataFiles();
        var edited = files.Select(f => f.Path.EndsWith("/azerbaijan-palestine.json", System.StringComparison.Ordinal)
            ? f.WithContent(f.Content.Replace("Many Palestinian students", "Many Palestinian pupils", System.StringComparison.Ordinal))
            : f).ToList();

        Assert.NotEqual(string.Join("", files.Select(f => f.Content)), string.Join("", edited.Select(f => f.Content)));
        Assert.NotEqual(ContentHashOf(files), ContentHashOf(edited));
    }

    [Theory]
    [InlineData(null, "unversioned")]
    [InlineData("2.3.4-beta.1+abc", "2.3.4-beta.1+abc")]
    [InlineData(" 1.0\"; } class Injected { //\u202e\u2028x ", "1.0\"; } class Injected { //\u202e\u2028x")]
    public void The_data_version_is_the_project_property_as_written(string? property, string expected)
    {
        var properties = property is null ? null : new Dictionary<string, string> { ["RelationsDataVersion"] = property };
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), properties: properties);
        Assert.Empty(result.Diagnostics);

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("dataset-info", isCollectible: true);
        try
        {
            var info = (DatasetInfo)context.LoadFromStream(stream).GetType(TestHelpers.TestNamespace + ".CompiledDataset")!.GetProperty("Info")!.GetValue(null)!;
            Assert.Equal(expected, info.DataVersion);
            Assert.Matches("^[0-9a-f]{64}$", info.ContentHash);
            Assert.Equal(ContentHashOf(TestHelpers.ShippedDataFiles()), info.ContentHash);
            Assert.Equal((281, 31, 13, 11), (info.Countries, info.Relations, info.Events, info.References));
            Assert.DoesNotContain("Injected", output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(c => c.Identifier.Text));
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    // Strings around the hash's 64 KiB buffer: just under it, exactly it, and well over it (hashed without the buffer).
    [InlineData(65_530)]
    [InlineData(65_536)]
    [InlineData(200_000)]
    public void The_content_hash_is_SHA256_of_the_tables_in_blob_order_whatever_a_string_s_length(int length)
    {
        var tables = Tables.TableBuilder.Build(TableLayoutTests.Link(TestHelpers.SnapshotCorpus()), 1000, default);
        tables = tables with { Strings = tables.Strings.Append(new string('é', length / 2)).Append("after").ToEquatableArray() };

        // The same layout, written out whole and hashed at once: format version, strings, then every column, each
        // count and value a little-endian 32-bit integer, each string its UTF-8 length and bytes.
        var expected = new MemoryStream();
        using (var writer = new BinaryWriter(expected))
        {
            writer.Write(Shared.BlobFormat.Version);
            writer.Write(tables.Strings.Count);
            foreach (var text in tables.Strings)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(text);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }

            foreach (var column in tables.Columns)
            {
                writer.Write(column.Count);
                foreach (var value in column)
                {
                    writer.Write(value);
                }
            }
        }

        Assert.Equal(System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected.ToArray())), Emit.ContentHash.Compute(tables));
    }

    private static string ContentHashOf(IReadOnlyList<InMemoryFile> files)
    {
        var (result, _) = TestHelpers.Run(files);
        var storage = result.Results[0].GeneratedSources.Single(s => s.HintName.EndsWith(".CompiledDataset.g.cs", System.StringComparison.Ordinal));
        return Regex.Match(storage.SourceText.ToString(), "ContentHash => \"([0-9a-f]{64})\"").Groups[1].Value;
    }
}

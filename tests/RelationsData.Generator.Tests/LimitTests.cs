using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace RelationsData.Generator.Tests;

/// <summary>
/// Oversized input ends in RD0014, with no exception, no deep recursion and memory bounded by what was read, not by
/// the size of the input.
/// </summary>
public class LimitTests(ITestOutputHelper output)
{
    private const string Head = "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"x\": ";

    [Fact]
    public void A_50_MB_file_is_refused_before_it_is_read()
    {
        var text = Head + "\"" + new string('x', 50 * 1024 * 1024) + "\"\n}";

        var (diagnostic, allocated) = RunAlone(text);

        Assert.Equal(("RD0014", 1, 1), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.InRange(allocated, 0, 16 * 1024 * 1024);
    }

    [Fact]
    public void Nesting_ten_thousand_deep_is_refused_at_the_level_past_the_limit()
    {
        var text = Head + new string('[', 10_000) + new string(']', 10_000) + "\n}";

        var (diagnostic, allocated) = RunAlone(text);

        Assert.Equal(("RD0014", 3, 8 + Parsing.JsonTreeReader.MaxDepth - 1), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.InRange(allocated, 0, 16 * 1024 * 1024);
    }

    [Fact]
    public void A_million_records_in_one_file_are_refused_after_the_entry_limit()
    {
        // Empty objects, so that a million of them fit under the size limit and reach the entry limit.
        var text = Head + "[" + string.Join(",", Enumerable.Repeat("{}", 1_000_000)) + "]\n}";
        Assert.True(text.Length < Parsing.JsonTreeReader.MaxFileChars);

        var (diagnostic, allocated) = RunAlone(text);

        Assert.Equal(("RD0014", 3, 8), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.Contains("10000 entries", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 64 * 1024 * 1024);
    }

    [Fact]
    public void A_packed_file_over_its_size_limit_is_refused_before_it_is_read()
    {
        var text = new string(' ', Parsing.DataFileParser.MaxPackedFileChars + 1);

        var (diagnostic, allocated) = RunAlone(text, "/data/big.jsonl");

        Assert.Equal(("RD0014", 1, 1), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.Contains($"over the {Parsing.DataFileParser.MaxPackedFileChars} allowed in a packed file", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 16 * 1024 * 1024);
    }

    [Fact]
    public void A_packed_file_of_exactly_its_size_limit_is_read()
    {
        var line = "{\"$schema\":\"../schema/reference.schema.json\",\"id\":\"r\",\"type\":\"book\",\"title\":\"T\"}\n";
        var atLimit = line + new string(' ', Parsing.DataFileParser.MaxPackedFileChars - line.Length);

        var parsed = Parsing.DataFileParser.Parse("/data/refs.jsonl", Microsoft.CodeAnalysis.Text.SourceText.From(atLimit), CancellationToken.None);

        Assert.Equal((1, 0), (parsed.Records.Count, parsed.Diagnostics.Count));
    }

    [Fact]
    public void A_packed_file_is_read_to_its_record_limit_and_refused_one_record_past_it()
    {
        // The per-file limit of the packed form is records, far over a single file's entries (MaxEntries).
        Assert.True(Parsing.DataFileParser.MaxPackedRecords >= 10 * Parsing.JsonTreeReader.MaxEntries);
        var line = "{\"$schema\":\"../schema/reference.schema.json\",\"id\":\"r\",\"type\":\"book\",\"title\":\"T\"}\n";
        var atLimit = string.Concat(Enumerable.Repeat(line, Parsing.DataFileParser.MaxPackedRecords));

        var full = Parsing.DataFileParser.Parse("/data/refs.jsonl", Microsoft.CodeAnalysis.Text.SourceText.From(atLimit), CancellationToken.None);
        var over = Parsing.DataFileParser.Parse("/data/refs.jsonl", Microsoft.CodeAnalysis.Text.SourceText.From(atLimit + line), CancellationToken.None);

        Assert.Equal((Parsing.DataFileParser.MaxPackedRecords, 0), (full.Records.Count, full.Diagnostics.Count));
        Assert.Equal(Parsing.DataFileParser.MaxPackedRecords, over.Records.Count);
        var refused = Assert.Single(over.Diagnostics);
        Assert.Equal(("RD0014", Parsing.DataFileParser.MaxPackedRecords), (refused.Descriptor.Id, refused.Location!.Value.StartLine));
        Assert.Contains($"more than {Parsing.DataFileParser.MaxPackedRecords} records in a packed file", refused.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The build step reads the same file from its bytes, to the same limit and the same diagnostic.
        var overBytes = System.Text.Encoding.UTF8.GetBytes(atLimit + line);
        var fromBytes = Parsing.DataFileParser.ParsePackedUtf8("/data/refs.jsonl", overBytes, overBytes.Length, CancellationToken.None);
        Assert.NotNull(fromBytes);
        Assert.Equal(over, fromBytes);
    }

    [Fact]
    public void A_packed_file_over_its_size_limit_in_bytes_is_left_to_its_text_which_counts_characters()
    {
        // 'é' is two bytes and one character: over the limit in bytes, at it in characters, and the text path decides.
        var line = "{\"$schema\":\"../schema/reference.schema.json\",\"id\":\"r\",\"type\":\"book\",\"title\":\"T\u00E9\"}\n";
        var atLimit = line + new string(' ', Parsing.DataFileParser.MaxPackedFileChars - line.Length);
        var bytes = System.Text.Encoding.UTF8.GetBytes(atLimit);
        Assert.Equal(Parsing.DataFileParser.MaxPackedFileChars + 1, bytes.Length);

        Assert.Null(Parsing.DataFileParser.ParsePackedUtf8("/data/refs.jsonl", bytes, bytes.Length, CancellationToken.None));
        var parsed = Parsing.DataFileParser.Parse("/data/refs.jsonl", Microsoft.CodeAnalysis.Text.SourceText.From(atLimit), CancellationToken.None);
        Assert.Equal((1, 0), (parsed.Records.Count, parsed.Diagnostics.Count));
    }

    /// <summary>Runs the generator over one file; returns its single diagnostic and the bytes this thread allocated meanwhile.</summary>
    private (Diagnostic Diagnostic, long Allocated) RunAlone(string text, string path = "/data/big.json")
    {
        var file = new InMemoryFile(path, text);
        var compilation = TestHelpers.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = TestHelpers.CreateDriver(new[] { file });

        // The driver runs the generator on the calling thread, so this thread's allocations are the generator's.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = driver.RunGenerators(compilation, CancellationToken.None).GetRunResult();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{text.Length:N0} characters: {allocated:N0} bytes allocated");
        Assert.Null(result.Results[0].Exception);
        Assert.Empty(result.GeneratedTrees);
        return (Assert.Single(result.Diagnostics), allocated);
    }

    private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static int Column(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Character + 1;
}

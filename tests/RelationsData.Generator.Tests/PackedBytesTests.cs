extern alias BuildStep;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Parsing;
using Xunit;
using Xunit.Abstractions;
using Step = BuildStep::RelationsData.Build.WriteRelationsDataTables;
using StepParser = BuildStep::RelationsData.Generator.Parsing.DataFileParser;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The build step parses a packed file from its bytes (DataFileParser.ParsePackedUtf8), not from the one string its text
/// decodes to. The result must be the text's: the same records, the same diagnostics, located at the same lines,
/// columns and offsets. Where only the text can say where lines start, the step parses the text.
/// </summary>
public class PackedBytesTests(ITestOutputHelper output)
{
    private const string PackedPath = "/data/events/events.jsonl";

    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("RELATIONSDATA_FUZZ_ITERATIONS"), out var n) ? Math.Min(n, 2_000) : 2_000;

    private static readonly Lazy<byte[][]> ShippedLines = new(() => PackedFileTests.Pack(TestHelpers.ShippedDataFiles())
        .SelectMany(file => file.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        .Select(Encoding.UTF8.GetBytes)
        .ToArray());

    /// <summary>What an edit may write into a line: JSON's own characters, other scripts, and bytes that are not UTF-8.</summary>
    private static readonly byte[][] Snippets = new[]
    {
        "\"", "}", "{", ",", ":", "]", " ", "\t", "é", "中", "\U0001F44D", "\u00A0", "\uFEFF", "\\u00e9", "\\ud800", "1e400", "\"id\": 7",
        "\"title\": \"T\u00FCrkiye\"", "\r", "\u2028", "\u0085",
    }.Select(Encoding.UTF8.GetBytes).Concat(new[] { new byte[] { 0x80 }, new byte[] { 0xC3 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0xFF }, new byte[] { 0xF0, 0x9F } }).ToArray();

    /// <summary>A shipped record with a title, and where the title's text starts in it.</summary>
    private static readonly Lazy<(string Line, int Title)> Titled = new(() =>
    {
        var line = ShippedLines.Value.Select(Encoding.UTF8.GetString).First(l => l.Contains(TitleField, StringComparison.Ordinal));
        return (line, line.IndexOf(TitleField, StringComparison.Ordinal) + TitleField.Length);
    });

    private const string TitleField = "\"title\":\"";

    private static readonly byte[][] BlankLines = new[] { string.Empty, "   ", "\t", "\u00A0", "\u001F", "\uFEFF", " \r" }.Select(Encoding.UTF8.GetBytes).ToArray();

    [Fact]
    public void The_shipped_data_packed_parses_from_its_bytes_as_from_its_text()
    {
        foreach (var file in PackedFileTests.Pack(TestHelpers.ShippedDataFiles()))
        {
            foreach (var (prefix, newline) in new[] { (string.Empty, "\n"), ("\uFEFF", "\r\n") })
            {
                var bytes = Encoding.UTF8.GetBytes(prefix + file.Content.Replace("\n", newline, StringComparison.Ordinal));

                var fromBytes = DataFileParser.ParsePackedUtf8(file.Path, bytes, bytes.Length, CancellationToken.None);

                Assert.NotNull(fromBytes);
                Assert.NotEmpty(fromBytes.Records);
                AssertSame(FromText(file.Path, bytes), fromBytes);
            }
        }
    }

    [Fact]
    public void Edited_lines_parse_from_their_bytes_as_from_their_text()
    {
        var seed = FuzzTests.Seed();
        output.WriteLine($"seed {seed} (set RELATIONSDATA_FUZZ_SEED to rerun it)");
        var edit = Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[1, 24], Gen.Int[0, Snippets.Length - 1]);
        var line = Gen.Frequency(
            (6, Gen.Select(Gen.Int[0, ShippedLines.Value.Length - 1], edit.Array[0, 3]).Select(x => Edit(ShippedLines.Value[x.Item1], x.Item2))),
            (1, Gen.Int[0, BlankLines.Length - 1].Select(i => BlankLines[i])));
        var file = Gen.Select(line.Array[1, 8], Gen.Int[0, 2], Gen.Bool, Gen.Bool);

        file.Sample((lines, byteOrderMarks, crlf, lastNewline) =>
        {
            var bytes = Join(lines, byteOrderMarks, crlf, lastNewline);
            var text = Decode(bytes);
            var fromBytes = DataFileParser.ParsePackedUtf8(PackedPath, bytes, bytes.Length, CancellationToken.None);
            if (MovesLines(text))
            {
                Assert.Null(fromBytes);
            }
            else
            {
                Assert.NotNull(fromBytes);
                AssertSame(DataFileParser.Parse(PackedPath, SourceText.From(text), CancellationToken.None), fromBytes);
            }
        }, iter: Iterations, seed: seed);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16 little-endian")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16 big-endian")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "UTF-32 big-endian")]
    public void A_file_in_UTF_16_or_UTF_32_is_parsed_from_its_text(byte[] byteOrderMark, string encoding)
    {
        var bytes = byteOrderMark.Concat(ShippedLines.Value[0]).ToArray();

        Assert.True(DataFileParser.ParsePackedUtf8(PackedPath, bytes, bytes.Length, CancellationToken.None) is null, encoding);
    }

    [Theory]
    [InlineData("\r", true)]
    [InlineData("\u0085", true)]
    [InlineData("\u2028", true)]
    [InlineData("\u2029", true)]
    [InlineData("\r\n", false)]
    [InlineData("\u2027\u0086\u00C2", false)]
    public void A_line_break_the_text_counts_inside_a_line_sends_the_file_to_its_text(string written, bool toText)
    {
        var (line, title) = Titled.Value;
        var bytes = Encoding.UTF8.GetBytes(line.Insert(title, written) + "\n" + line + "\n");

        var fromBytes = DataFileParser.ParsePackedUtf8(PackedPath, bytes, bytes.Length, CancellationToken.None);

        Assert.Equal(toText, fromBytes is null);
    }

    [Fact]
    public void The_build_step_parses_each_packed_file_as_the_compiler_would_read_it()
    {
        var root = Directory.CreateTempSubdirectory("relationsdata-bytes-").FullName;
        try
        {
            var (line, title) = Titled.Value;
            var files = new Dictionary<string, byte[]>
            {
                ["ascii.jsonl"] = Encoding.UTF8.GetBytes(line + "\n\n" + line.Replace("\"id\":\"", "\"id\":1,\"x\":\"", StringComparison.Ordinal) + "\n"),
                ["other-scripts.jsonl"] = Encoding.UTF8.GetBytes("\uFEFF" + line.Insert(title, "T\u00FCrkiye \U0001F44D") + "\r\n" + line + "\r\n"),
                ["line-separator.jsonl"] = Encoding.UTF8.GetBytes(line.Insert(title, "a\u2028b") + "\n" + line.Insert(0, "x") + "\n"),
                ["utf-16.jsonl"] = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(line + "\n" + line.Insert(0, "x") + "\n")).ToArray(),
                ["not-utf-8.jsonl"] = Encoding.UTF8.GetBytes(line[..title]).Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(line[title..] + "\n")).ToArray(),
            };

            foreach (var (name, bytes) in files)
            {
                var path = Path.Combine(root, name);
                File.WriteAllBytes(path, bytes);

                var parsed = Step.Parse(path, CancellationToken.None, out var read);

                Assert.True(read, name);
                var expected = StepParser.Parse(path, SourceText.From(Decode(bytes)), CancellationToken.None);
                Assert.Equal(expected.Records, parsed.Records);
                Assert.Equal(expected.Diagnostics, parsed.Diagnostics);
                Assert.True(expected.Records.Count > 0, name);
            }

            Step.Parse(Path.Combine(root, "missing.jsonl"), CancellationToken.None, out var missingRead);
            Assert.False(missingRead);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Model.ParsedDataFile FromText(string path, byte[] bytes) => DataFileParser.Parse(path, SourceText.From(Decode(bytes)), CancellationToken.None);

    private static void AssertSame(Model.ParsedDataFile expected, Model.ParsedDataFile? actual)
    {
        Assert.NotNull(actual);
        // Diagnostics first: a location that differs shows there, by line and column, before the records' detail.
        Assert.Equal(expected.Diagnostics.Select(d => (d.Descriptor.Id, d.Location, d.MessageArgs)), actual.Diagnostics.Select(d => (d.Descriptor.Id, d.Location, d.MessageArgs)));
        Assert.Equal(expected.Records, actual.Records);
        Assert.Equal(expected, actual);
    }

    /// <summary>As the build step decodes a file for its text: a byte order mark decides the encoding, else UTF-8, U+FFFD for bytes that are not.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static bool MovesLines(string text) =>
        text.IndexOfAny(new[] { '\u0085', '\u2028', '\u2029' }) >= 0 || text.Select((c, i) => c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')).Any(lone => lone);

    private static byte[] Edit(byte[] line, (int Kind, double Where, int Length, int Snippet)[] edits)
    {
        var bytes = line.ToList();
        foreach (var (kind, where, length, snippet) in edits)
        {
            var at = (int)(where * bytes.Count);
            var cut = Math.Min(length, bytes.Count - at);
            if (kind is 1 or 3)
            {
                bytes.RemoveRange(at, cut);
            }

            if (kind is 2 or 3)
            {
                bytes.InsertRange(at, Snippets[snippet]);
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Join(byte[][] lines, int byteOrderMarks, bool crlf, bool lastNewline)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < byteOrderMarks; i++)
        {
            bytes.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
        }

        for (var i = 0; i < lines.Length; i++)
        {
            bytes.AddRange(lines[i]);
            if (i + 1 < lines.Length || lastNewline)
            {
                bytes.AddRange(crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
            }
        }

        return bytes.ToArray();
    }
}

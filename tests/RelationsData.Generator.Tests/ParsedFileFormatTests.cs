extern alias BuildStep;

using System;
using System.IO;
using System.Linq;
using BuildStep::RelationsData.Build;
using Microsoft.CodeAnalysis.Text;
using RelationsData.WorldData;
using StepParser = BuildStep::RelationsData.Generator.Parsing.DataFileParser;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The build step keeps each data file's parse in obj/ (ParsedFileStore) and reads it back in a later build in place of
/// parsing. What it reads back must equal the parse in every field: every spec of every kind, every location, every
/// diagnostic with its arguments and related location. Record equality compares them all, so a field added to a spec
/// and forgotten in ParsedFileFormat fails here.
/// </summary>
public class ParsedFileFormatTests
{
    private static readonly Guid Parser = Guid.NewGuid();
    private static readonly FileStamp Stamp = new(12_345, 638_000_000_000_000_000);

    [Theory]
    // Snapshot: every field of every kind has its own value. Malformed: a file for each diagnostic the parse reports.
    [InlineData("Snapshot")]
    [InlineData("Malformed")]
    [InlineData("Base")]
    public void Every_file_of_a_corpus_reads_back_equal_to_its_parse(string corpus)
    {
        var paths = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", corpus), "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var parsed = StepParser.Parse(path, SourceText.From(File.ReadAllText(path)), default);

            Assert.Equal(parsed, ParsedFileFormat.Read(Written(parsed), path, Stamp, Parser));
        }
    }

    [Fact]
    public void Packed_files_of_a_tenth_of_the_world_read_back_equal_to_their_parse()
    {
        foreach (var (path, text) in WorldDataset.DataFiles(WorldScale.Tenth, DataLayout.Packed))
        {
            var parsed = StepParser.Parse("/world/" + path, SourceText.From(text), default);

            Assert.NotEmpty(parsed.Records);
            Assert.Equal(parsed, ParsedFileFormat.Read(Written(parsed), "/world/" + path, Stamp, Parser));
        }
    }

    [Fact]
    public void A_kept_parse_of_another_file_stamp_or_parser_is_not_read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "Snapshot", "event-treaty-1930.json");
        var parsed = StepParser.Parse(path, SourceText.From(File.ReadAllText(path)), default);
        var bytes = Written(parsed);

        Assert.Null(ParsedFileFormat.Read(bytes, path + "x", Stamp, Parser));
        Assert.Null(ParsedFileFormat.Read(bytes, path, Stamp with { Length = Stamp.Length + 1 }, Parser));
        Assert.Null(ParsedFileFormat.Read(bytes, path, Stamp with { LastWriteTicks = Stamp.LastWriteTicks + 1 }, Parser));
        Assert.Null(ParsedFileFormat.Read(bytes, path, Stamp, Guid.NewGuid()));
        Assert.Throws<InvalidDataException>(() => ParsedFileFormat.Read(bytes.Concat(new byte[] { 0 }).ToArray(), path, Stamp, Parser));
    }

    private static byte[] Written(BuildStep::RelationsData.Generator.Model.ParsedDataFile parsed)
    {
        using var stream = new MemoryStream();
        ParsedFileFormat.Write(stream, parsed, Stamp, Parser);
        return stream.ToArray();
    }
}

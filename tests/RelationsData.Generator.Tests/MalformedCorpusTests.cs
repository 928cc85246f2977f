using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The malformed-input corpus: each file under Corpus/Malformed is added to the valid files of Corpus/Base and must
/// yield exactly the diagnostic its name starts with, at the place its ⌖ marks (the marker is removed before the run).
/// A rejected file contributes nothing: the output is then byte-identical to that of the base files alone.
/// </summary>
public class MalformedCorpusTests
{
    private const char Marker = '⌖';
    private const string CasePath = "/data/z-case/case.json";

    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static readonly Lazy<string> BaseOutput = new(() => Output(TestHelpers.Run(BaseFiles()).Result));

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(Path.Combine(CorpusDirectory, "Malformed"), "*.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Fact]
    public void The_corpus_has_at_least_two_cases_per_diagnostic_written_in_data_files()
    {
        var perId = Cases().Select(c => ((string)c[0])[..6]).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());

        // RD0022 to RD0025 concern project properties and references, not data files: their cases are in OptionDiagnosticTests.
        // RD0027 to RD0030 are the analyzer's, about an app's code: Analysis/LookupAnalyzerTests. RD0034 is the project's C#
        // version: LanguageVersionTests. RD0035 is the RelationsDataStorage property: ResourceStorageTests. RD0037 is the build
        // step's prebuilt file, not a data file: PrebuiltDatasetTests.
        var fileIds = typeof(Diagnostics.DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .Where(id => id is not ("RD0022" or "RD0023" or "RD0024" or "RD0025" or "RD0027" or "RD0028" or "RD0029" or "RD0030" or "RD0034" or "RD0035" or "RD0037"));
        Assert.All(fileIds, id => Assert.True(perId.GetValueOrDefault(id) + GeneratedCases.Count(c => c.Id == id) >= 2, $"{id} has fewer than two cases"));
        Assert.True(perId.Values.Sum() + GeneratedCases.Length >= 60);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_yields_exactly_its_diagnostic_where_the_marker_is(string fileName)
    {
        var marked = File.ReadAllText(Path.Combine(CorpusDirectory, "Malformed", fileName));
        var (text, line, column) = RemoveMarker(marked);

        AssertYields(fileName[..6], text, line, column);
    }

    /// <summary>Cases too big to commit as files, built in memory.</summary>
    private static readonly (string Id, string Name, Func<string> Text, int Line, int Column)[] GeneratedCases =
    {
        ("RD0014", "one character over the size limit", () => Padded(Parsing.JsonTreeReader.MaxFileChars + 1), 1, 1),
        ("RD0014", "a 50 MB file", () => Padded(50 * 1024 * 1024), 1, 1),
        ("RD0014", "an array with a million items", () => "{\n  \"$schema\": \"../schema/country.schema.json\",\n  \"citations\": [" + string.Join(",", Enumerable.Repeat("0", 1_000_000)) + "]\n}", 3, 16),
    };

    public static IEnumerable<object[]> Generated() => GeneratedCases.Select((c, i) => new object[] { i, c.Name });

    [Theory]
    [MemberData(nameof(Generated))]
    public void Generated_cases_yield_their_diagnostic(int index, string name)
    {
        var (id, _, text, line, column) = GeneratedCases[index];
        Assert.NotNull(name);

        AssertYields(id, text(), line, column);
    }

    private static void AssertYields(string id, string text, int line, int column)
    {
        var (result, compilation) = TestHelpers.Run(BaseFiles().Append(new InMemoryFile(CasePath, text)));

        Assert.Null(result.Results[0].Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((CasePath, line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.DoesNotContain(id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // Whatever the data, what is generated compiles.
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        if (diagnostic.Severity == DiagnosticSeverity.Error && id != "RD0017")
        {
            // The bad file yields no partial record, and the base files still produce all of theirs.
            Assert.Equal(BaseOutput.Value, Output(result));
        }
        else
        {
            // Warnings keep the data, and a name collision keeps both records (the second without a named member).
            Assert.NotEqual(BaseOutput.Value, Output(result));
        }
    }

    private static (string Text, int Line, int Column) RemoveMarker(string marked)
    {
        var at = marked.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0 && marked.IndexOf(Marker, at + 1) < 0, "a corpus file marks exactly one place with ⌖");
        var before = marked[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return (before + marked[(at + 1)..], line, column);
    }

    private static string Padded(int length)
    {
        const string head = "{ \"$schema\": \"../schema/reference.schema.json\", \"note\": \"";
        return head + new string('x', length - head.Length - 3) + "\" }";
    }

    internal static IEnumerable<InMemoryFile> BaseFiles() =>
        Directory.EnumerateFiles(Path.Combine(CorpusDirectory, "Base"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new InMemoryFile("/data/a-base/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    private static string Output(GeneratorDriverRunResult result) =>
        string.Concat(result.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
}

using System.Globalization;
using System.Linq;
using System.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The generated sources of a small fixed corpus (Corpus/Snapshot: every field of every kind, each with its own value)
/// are approved snapshots, so any change of emission is a diff a person can read. The shipped data's release review
/// is the dump (DumpAndDiffTests), not this.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Snapshots")]
public class SnapshotTests
{
    [Theory]
    [InlineData("CompiledDataset")]
    [InlineData("Countries")]
    [InlineData("Relations")]
    [InlineData("Events")]
    [InlineData("References")]
    [InlineData("Regions")]
    [InlineData("Keys")]
    public void Generated_source_matches_the_approved_snapshot(string table)
    {
        var (result, _) = TestHelpers.Run(TestHelpers.SnapshotCorpus());
        Assert.Empty(result.Diagnostics);
        var source = result.Results[0].GeneratedSources.Single(s => s.HintName == $"{TestHelpers.TestNamespace}.{table}.g.cs");

        using (ApprovalResults.ForScenario(table))
        {
            Approvals.Verify(source.SourceText.ToString());
        }
    }

    /// <summary>The same tables as numbers and strings, one string and at most 16 values a line, so a layout change reads as a diff.</summary>
    [Fact]
    public void Tables_of_the_snapshot_corpus_match_the_approved_layout()
    {
        var tables = Tables.TableBuilder.Build(TableLayoutTests.Link(TestHelpers.SnapshotCorpus()), 1000, default);
        var text = new StringBuilder();
        text.Append("Strings\n");
        for (var i = 0; i < tables.Strings.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i}: {tables.Strings[i]}\n");
        }

        for (var column = 0; column < tables.Columns.Count; column++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(Shared.TableColumn)column} ({tables.Columns[column].Count})\n");
            foreach (var line in tables.Columns[column].Chunk(16))
            {
                text.Append("  ").AppendJoin(' ', line.Select(v => v.ToString(CultureInfo.InvariantCulture))).Append('\n');
            }
        }

        using (ApprovalResults.ForScenario("Tables"))
        {
            Approvals.Verify(text.ToString());
        }
    }

    [Fact]
    public void Shipped_dataset_generates_without_diagnostics_and_compiles_clean()
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(7, result.GeneratedTrees.Length); // CompiledDataset, five facades, Keys
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Hint_names_are_plain_and_unique_ignoring_case()
    {
        var (result, _) = TestHelpers.Run(TestHelpers.ShippedDataFiles());
        var hints = result.Results[0].GeneratedSources.Select(s => s.HintName).ToList();

        Assert.All(hints, h => Assert.Matches("^[A-Za-z0-9_.]+$", h));
        Assert.Equal(hints.Count, hints.Select(h => h.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void A_project_without_data_files_gets_no_generated_source()
    {
        var (result, _) = TestHelpers.Run(Enumerable.Empty<InMemoryFile>());

        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(result.Diagnostics);
    }
}

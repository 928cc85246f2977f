using System.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>The generated sources of the shipped dataset are approved snapshots: any change of data or emission is a reviewable diff.</summary>
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
    public void Generated_source_matches_the_approved_snapshot(string table)
    {
        var (result, _) = TestHelpers.Run(TestHelpers.ShippedDataFiles());
        var source = result.Results[0].GeneratedSources.Single(s => s.HintName == $"{TestHelpers.TestNamespace}.{table}.g.cs");

        using (ApprovalResults.ForScenario(table))
        {
            Approvals.Verify(source.SourceText.ToString());
        }
    }

    [Fact]
    public void Shipped_dataset_generates_without_diagnostics_and_compiles_clean()
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(5, result.GeneratedTrees.Length);
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

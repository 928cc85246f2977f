using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Tests;

/// <summary>The project properties the generator reads: a bad value is reported once, and the defaults apply.</summary>
public class OptionDiagnosticTests
{
    [Theory]
    [InlineData("My-App.Data")]
    [InlineData("class.Data")]
    [InlineData("Data..Tables")]
    public void An_invalid_namespace_is_RD0022_and_the_default_namespace_is_used(string ns)
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), ns);

        Assert.Equal("RD0022", Assert.Single(result.Diagnostics).Id);
        Assert.All(result.GeneratedTrees, t => Assert.Contains("namespace RelationsData.Generated;", t.ToString(), System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("0", 5)]
    [InlineData("11", 4)]
    [InlineData("13", 3)]
    [InlineData("27", 2)] // the 27 regions keep theirs
    [InlineData("31", 1)]
    [InlineData("281", 0)]
    public void Kinds_over_the_named_member_limit_get_none_and_their_summary_and_key_table_say_why(string limit, int omittedKinds)
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = limit });

        // Nothing reported per build: the analyzer reports RD0023 where code names a missing member (AnalyzerOnGeneratedDataTests).
        Assert.Empty(result.Diagnostics);
        var sources = result.GeneratedTrees.Select(t => t.ToString()).ToList();
        Assert.Equal(omittedKinds, sources.Count(s => s.Contains("/// <summary>", System.StringComparison.Ordinal) && s.Contains($"records are more than RelationsDataNamedMemberLimit ({limit}); find them with ", System.StringComparison.Ordinal)));
        var keyTable = Keys.KeyTable.Read(FirstDatasetKeysText(sources.Single(s => s.Contains("DatasetKeys(", System.StringComparison.Ordinal))))!;
        Assert.Equal(omittedKinds, keyTable.UnnamedKinds.Count);
        Assert.All(keyTable.UnnamedKinds.Values, k => Assert.True(k.Count > k.Limit));
        var countries = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Countries.g.cs", System.StringComparison.Ordinal)).ToString();
        // 281 countries: the kind with the most records is the last to keep its named members.
        Assert.Equal(omittedKinds == 0, countries.Contains(" Azerbaijan => ", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    public void An_invalid_named_member_limit_is_RD0024_and_the_default_is_used(string limit)
    {
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = limit });

        Assert.Equal("RD0024", Assert.Single(result.Diagnostics).Id);
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains(" AzerbaijanPalestine => ", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_namespace_whose_dataset_a_referenced_assembly_already_has_is_RD0025_and_nothing_is_generated()
    {
        // The test compilation references RelationsData.dll, which has RelationsData.CompiledDataset.
        var (result, output) = TestHelpers.Run(TestHelpers.ShippedDataFiles(), ns: "RelationsData");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("RD0025", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(
            "The namespace 'RelationsData' already has a compiled dataset in the referenced assembly 'RelationsData'; set RelationsDataNamespace to a namespace of your own, such as MyApp.Data",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Without_data_files_a_taken_namespace_is_not_reported()
    {
        var (result, _) = TestHelpers.Run([], ns: "RelationsData");
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>The key table text in the generated <c>[DatasetKeys("…")]</c>, unescaped by parsing the literal.</summary>
    private static string FirstDatasetKeysText(string source)
    {
        var attribute = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>().First(a => a.Name.ToString().EndsWith("DatasetKeys", System.StringComparison.Ordinal));
        return (string)((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)attribute.ArgumentList!.Arguments[0].Expression).Token.Value!;
    }
}

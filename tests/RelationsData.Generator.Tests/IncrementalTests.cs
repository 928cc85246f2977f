using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generator.Tests;

/// <summary>The generator does no work twice: unchanged input is cached, and an edit re-runs only what depends on it.</summary>
public class IncrementalTests
{
    [Fact]
    public void Second_run_without_changes_is_cached_at_every_named_step()
    {
        TestHelpers.AssertRunsAreCached(TestHelpers.ShippedDataFiles());
    }

    [Fact]
    public void Editing_one_data_file_reparses_only_that_file()
    {
        TestHelpers.AssertAnEditReparsesOnlyThatFile(TestHelpers.ShippedDataFiles(), "/relations/azerbaijan-palestine.json", "close and productive", "close, productive");
    }

    [Fact]
    public void Reformatting_a_data_file_does_not_re_emit()
    {
        var files = TestHelpers.ShippedDataFiles();
        var (driver, compilation) = FirstRun(files);
        var edited = files.First();

        driver = driver.ReplaceAdditionalText(edited, edited.WithContent(edited.Content.Replace("\n  ", "\n    ")));
        var steps = TestHelpers.TrackedSteps(driver.RunGenerators(compilation).GetRunResult());

        Assert.Equal(IncrementalStepRunReason.Modified, steps[TrackingNames.Linked].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, steps[TrackingNames.Tables].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void Editing_unrelated_code_leaves_every_step_cached()
    {
        var files = TestHelpers.ShippedDataFiles();
        var (driver, compilation) = FirstRun(files);

        var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }"));
        var steps = TestHelpers.TrackedSteps(driver.RunGenerators(changed).GetRunResult());

        Assert.All(steps.Values.SelectMany(s => s).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(System.Collections.Generic.IReadOnlyList<InMemoryFile> files)
    {
        var compilation = TestHelpers.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        return (TestHelpers.CreateDriver(files).RunGenerators(compilation), compilation);
    }
}

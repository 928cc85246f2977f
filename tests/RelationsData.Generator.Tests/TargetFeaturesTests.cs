using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The calendar-day type of the generated queries follows the references: DateOnly where one defines it (net6.0 and
/// later), DateTime only otherwise (netstandard2.0 and .NET Framework; the library's own netstandard2.0 build and
/// FrameworkAppTests compile and run that form).
/// </summary>
public class TargetFeaturesTests
{
    [Fact]
    public void DateOnly_is_found_in_the_reference_that_defines_it_and_in_no_other()
    {
        var byName = Net100.References.All.ToDictionary(r => System.IO.Path.GetFileName(r.FilePath)!, r => TargetFeatures.FlagsOf(r, CancellationToken.None));

        Assert.Equal(TargetFeatures.DateOnlyFlag | TargetFeatures.NotNullWhenFlag, byName["System.Runtime.dll"]);
        Assert.Equal(0, byName["System.Collections.dll"]);
        Assert.Equal(0, byName["System.Linq.dll"]);
    }

    [Fact]
    public void Without_DateOnly_the_queries_take_DateTime_only()
    {
        Assert.Equal(new TargetFeatures(TargetFeatures.DateTime, 703, NotNullWhen: false), TargetFeatures.Of(Union(0, 0).Flags, 703));
        Assert.Equal(TargetFeatures.DateTime, TargetFeatures.Of(Union().Flags, 1400).DayType);
        Assert.Equal(new TargetFeatures(TargetFeatures.DateOnly, 1400, NotNullWhen: true), TargetFeatures.Of(Union(0, TargetFeatures.DateOnlyFlag | TargetFeatures.NotNullWhenFlag).Flags, 1400));

        // Each feature may come from a different reference.
        Assert.Equal(new TargetFeatures(TargetFeatures.DateOnly, 1400, NotNullWhen: true), TargetFeatures.Of(Union(TargetFeatures.NotNullWhenFlag, 0, TargetFeatures.DateOnlyFlag).Flags, 1400));
    }

    private static ReferenceFlags Union(params int[] flagsOfEachReference) =>
        ReferenceFlags.Union(flagsOfEachReference.Select(flags => new ReferenceFlags(flags)).ToImmutableArray());

    [Fact]
    public void The_relations_facade_has_DateTime_queries_always_and_DateOnly_ones_where_the_target_has_DateOnly()
    {
        var (result, output) = TestHelpers.Run(TestHelpers.SnapshotCorpus());
        var relations = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Relations.g.cs", System.StringComparison.Ordinal)).ToString();

        Assert.Contains("On(global::System.DateOnly day)", relations, System.StringComparison.Ordinal);
        Assert.Contains("On(global::System.DateTime date)", relations, System.StringComparison.Ordinal);
        Assert.Contains("InForceOn(global::System.DateTime date)", relations, System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Without_DateOnly_the_relations_facade_has_the_DateTime_queries_only_and_compiles()
    {
        var tables = TestHelpers.BuildStep(TestHelpers.SnapshotCorpus()).Tables!;
        var sources = Emit.DatasetEmitter.Emit(new Model.EmitRequest(tables, TestHelpers.TestNamespace, "1") { Features = new TargetFeatures(TargetFeatures.DateTime) }).ToList();
        var relations = sources.Single(s => s.HintName.EndsWith(".Relations.g.cs", System.StringComparison.Ordinal)).Source;

        Assert.DoesNotContain("DateOnly", relations, System.StringComparison.Ordinal);
        Assert.Contains("On(global::System.DateTime date)", relations, System.StringComparison.Ordinal);
        Assert.Contains("InForceOn(global::System.DateTime date)", relations, System.StringComparison.Ordinal);
        var compilation = TestHelpers.CreateCompilation(sources.Select(s => s.Source).ToArray());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RelationsData.WorldData;
using Xunit.Abstractions;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The synthetic world dataset (250 countries, 20,000 relations, 100,000 events, 50,000 references) goes through the
/// same generator: it compiles, a lookup works, and after a one-file edit all other files' steps are cached (M6).
/// </summary>
public class WorldScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void The_world_dataset_compiles_answers_lookups_and_reruns_incrementally()
    {
        var clock = Stopwatch.StartNew();
        var files = WorldDataset.Files(WorldScale.World).Select(f => new InMemoryFile("/world/" + f.Path, f.Json)).ToList();
        output.WriteLine($"{files.Count} files in memory: {clock.ElapsedMilliseconds} ms");

        var compilation = TestHelpers.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        clock.Restart();
        var driver = TestHelpers.CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var withWorld, out _);
        var result = driver.GetRunResult();
        output.WriteLine($"generator: {clock.ElapsedMilliseconds} ms, {result.GeneratedTrees.Sum(t => t.Length):N0} characters generated");
        Assert.Null(result.Results[0].Exception);
        // Nothing to report: kinds over the named-member limit say so in their summary, and RD0023 (the analyzer's) where code names a member.
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.GeneratedTrees.Count(t => t.ToString().Contains("No named members: its ", StringComparison.Ordinal)));

        clock.Restart();
        using var stream = new MemoryStream();
        var emit = withWorld.Emit(stream);
        output.WriteLine($"compile and emit: {clock.ElapsedMilliseconds} ms, {stream.Length:N0} bytes");
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        AssertLookupsWork(stream);

        // M6: edit one of F data files; every other file's parse step is Cached, and an unrelated .cs edit caches all.
        var edited = files[files.Count / 2];
        clock.Restart();
        var afterEdit = driver.ReplaceAdditionalText(edited, edited.WithContent(edited.Content.Replace("\"title\": \"", "\"title\": \"Edited ", StringComparison.Ordinal)))
            .RunGenerators(compilation).GetRunResult();
        output.WriteLine($"incremental run after a one-file edit: {clock.ElapsedMilliseconds} ms");
        var parsed = afterEdit.Results[0].TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).ToList();
        var cached = parsed.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        output.WriteLine($"after a one-file edit: {cached} of {parsed.Count} parse steps cached or unchanged");
        Assert.Equal(files.Count, parsed.Count);
        Assert.True(cached >= files.Count - 1, $"{cached} of {files.Count}");

        var unrelated = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"))).GetRunResult();
        var reasons = TestHelpers.TrackedSteps(unrelated).Values.SelectMany(steps => steps).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    private static void AssertLookupsWork(MemoryStream image)
    {
        image.Position = 0;
        var context = new AssemblyLoadContext("world", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var countries = assembly.GetType("Snapshot.Data.Countries")!;
            var relations = assembly.GetType("Snapshot.Data.Relations")!;
            var events = assembly.GetType("Snapshot.Data.Events")!;
            var aa = (Country)countries.GetMethod("ByAlpha2")!.Invoke(null, new object[] { "aa" })!;
            Assert.Equal("AAA", aa.Alpha3);
            var all = (System.Collections.Immutable.ImmutableArray<Relation>)relations.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(WorldScale.World.Relations, all.Length);
            var relation = all[all.Length / 2];
            Assert.Same(relation, relations.GetMethod("Between")!.Invoke(null, new object[] { relation.Second, relation.First }));
            var ofRelation = (System.Collections.Immutable.ImmutableArray<Event>)events.GetMethod("Of", new[] { typeof(Relation) })!.Invoke(null, new object[] { relation })!;
            Assert.All(ofRelation, e => Assert.Contains(relation, e.Relations));
        }
        finally
        {
            context.Unload();
        }
    }
}

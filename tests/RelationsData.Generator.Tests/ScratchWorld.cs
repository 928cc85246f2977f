using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RelationsData.WorldData;
using Xunit.Abstractions;
namespace RelationsData.Generator.Tests;
public class ScratchWorld(ITestOutputHelper output)
{
    [Fact]
    public void Profile()
    {
        var scale = new WorldScale(250, 2_000, int.Parse(Environment.GetEnvironmentVariable("EVENTS") ?? "10000"), 5_000);
        var files = WorldDataset.Files(scale).Select(f => new InMemoryFile("/world/" + f.Path, f.Json)).ToList();
        var compilation = TestHelpers.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var clock = Stopwatch.StartNew();
        var driver = TestHelpers.CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var withWorld, out _);
        var result = driver.GetRunResult();
        output.WriteLine($"generator: {clock.ElapsedMilliseconds} ms, {result.GeneratedTrees.Sum(t => t.Length):N0} chars");
        foreach (var (name, steps) in result.Results[0].TrackedSteps)
        {
            output.WriteLine($"  {name}: {steps.Sum(s => s.ElapsedTime.TotalMilliseconds):F0} ms over {steps.Length} steps");
        }
        foreach (var s in result.Results[0].GeneratedSources) output.WriteLine($"  {s.HintName}: {s.SourceText.Length:N0}");
        output.WriteLine(string.Join("\n", result.Diagnostics.Take(5)));
        clock.Restart();
        using var stream = new MemoryStream();
        var emit = withWorld.Emit(stream);
        output.WriteLine($"compile and emit: {clock.ElapsedMilliseconds} ms {emit.Success}");
    }
}

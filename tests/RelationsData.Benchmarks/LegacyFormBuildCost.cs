using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RelationsData.WorldData;

namespace RelationsData.Benchmarks;

/// <summary>
/// <c>legacy</c>: what the C# 7.3 form of the generated code (byte-array initializers, a switch statement) costs the
/// compiler against the latest (u8 literals), at seed scale and at a tenth of the world. The in-process compiler's
/// Emit of the generated sources, single-threaded, latest and 7.3 alternating, three times.
/// </summary>
internal static class LegacyFormBuildCost
{
    public static void Run()
    {
        var seed = BenchScale.Seed.Files().Select(f => new DataFile("/data/" + f.Path, f.Json)).ToList();
        var tenth = WorldDataset.Files(WorldScale.Tenth).Select(f => new DataFile("/data/" + f.Path, f.Json)).ToList();
        foreach (var (name, files) in new[] { ("seed", seed), ("tenth of the world", tenth) })
        {
            for (var run = 1; run <= 3; run++)
            {
                foreach (var version in new[] { LanguageVersion.Latest, LanguageVersion.CSharp7_3 })
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}, run {run}, C# {(version == LanguageVersion.Latest ? "latest" : "7.3")}: {Emit(files, version)}"));
                }
            }
        }
    }

    private static string Emit(IReadOnlyList<DataFile> files, LanguageVersion version)
    {
        var parse = new CSharpParseOptions(version);
        var compilation = CSharpCompilation.Create(
            "Legacy",
            [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Marker { } }", parse)],
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Country).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false, nullableContextOptions: version == LanguageVersion.Latest ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        GeneratorBenchmarks.Driver(files, version).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var characters = output.SyntaxTrees.Sum(t => t.Length);
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        using var assembly = new MemoryStream();
        var result = output.Emit(assembly);
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return result.Success
            ? string.Create(CultureInfo.InvariantCulture, $"Emit {clock.Elapsed.TotalSeconds:F2} s, {allocated / 1048576} MB allocated; {characters / 1048576.0:F2} M characters of source; {assembly.Length:N0} B assembly")
            : "failed: " + string.Join("; ", result.Diagnostics.Take(3));
    }
}

using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Generator.Tables;

namespace RelationsData.Benchmarks;

/// <summary>
/// The build step's stages (RelationsData.Build: parse, link, tables) on a scale's data files, in this process alone:
/// what each costs without the MSBuild node around it. The files are read into memory first; the parse runs a file a
/// core, and reads a packed file from its UTF-8 bytes, as the step does. The first round includes the JIT; the
/// collector's pauses are most of what is left.
/// </summary>
internal static class BuildStages
{
    /// <param name="asInNode">
    /// "node": no collection forced between rounds, as in a build node that lives on; "node-kept": that, and each round
    /// after the first takes the parsed files of the one before and parses only the first file again, as the build step
    /// does after a one-file edit in a reused node (ParsedFileCache). Otherwise every round starts from a collected heap.
    /// </param>
    public static void Measure(BenchScale scale, int rounds, string? asInNode = null)
    {
        var collectBetweenRounds = asInNode is not ("node" or "node-kept");
        var keepParsedFiles = asInNode == "node-kept";
        ParsedDataFile[]? previous = null;
        var files = scale.Files();
        var paths = files.Select(f => Path.Combine(scale.DataDirectory, f.Path)).ToArray();
        var texts = files.Select(f => SourceText.From(f.Json, Encoding.UTF8)).ToArray();
        var bytes = files.Select(f => Encoding.UTF8.GetBytes(f.Json)).ToArray();
        ParsedDataFile Parse(int i) =>
            (paths[i].EndsWith(DataFileParser.PackedExtension, StringComparison.OrdinalIgnoreCase) ? DataFileParser.ParsePackedUtf8(paths[i], bytes[i], bytes[i].Length, CancellationToken.None) : null)
            ?? DataFileParser.Parse(paths[i], texts[i], CancellationToken.None);
        Console.WriteLine($"{scale.Name}: {paths.Length} files, {texts.Sum(t => (long)t.Length)} characters");
        for (var round = 0; round < rounds; round++)
        {
            if (collectBetweenRounds)
            {
                GC.Collect();
            }

            var parsed = new ParsedDataFile[paths.Length];
            var kept = keepParsedFiles ? previous : null;
            var parse = kept is null
                ? Stage(() => Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => parsed[i] = Parse(i)))
                : Stage(() =>
                {
                    Array.Copy(kept, parsed, kept.Length);
                    parsed[0] = Parse(0);
                });
            previous = parsed;
            LinkResult? linked = null;
            var link = Stage(() => linked = DatasetLinker.Link(parsed.ToImmutableArray(), NamedMemberLimitOption.Default, CancellationToken.None, eventsOnSecondThread: true));
            var tables = Stage(() => TableBuilder.Build(linked!.Dataset, NamedMemberLimitOption.Default, CancellationToken.None, indexesOnSecondThread: true));
            Console.WriteLine($"round {round + 1}: parse {parse}; link {link}; tables {tables}; {parsed.Sum(p => p.Records.Count)} records, {linked!.Diagnostics.Count} diagnostics");
        }
    }

    private static string Stage(Action run)
    {
        var (allocated, paused, collections, jitted) = (GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(), GC.CollectionCount(0), System.Runtime.JitInfo.GetCompilationTime());
        var clock = Stopwatch.StartNew();
        run();
        var elapsed = clock.Elapsed;
        return FormattableString.Invariant(
            $"{elapsed.TotalMilliseconds:F0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused in {GC.CollectionCount(0) - collections} collections, {(System.Runtime.JitInfo.GetCompilationTime() - jitted).TotalMilliseconds:F0} ms compiling methods");
    }
}

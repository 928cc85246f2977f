using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using RelationsData.Benchmarks;

// A scale is seed, world or world-packed (the world's records in packed files); without one, seed and world.
// prepare [scale [app…]]      write the data (world) and build the apps that M1-M3 start or load
// allocations [scale]         M2: run each built app once; each prints what loading and its first lookups allocated
// build [scale]               M5: clean builds of the consumer with and without the data (and of the empty app with
//                             the data files as AdditionalFiles only), wall time and the compiler's
//                             peak memory; then what edit does
// edit [scale]                M6 as a build: one data file edited, then dotnet build (twice), beside the no-data app
// incremental [scale]         M6 in the driver: steps Cached/Unchanged after a one-file edit and after an unrelated .cs edit
// stages [scale] [rounds] [node|node-kept]
//                             the build step's parse (a file a core), link and tables in this process, each round's time,
//                             allocations and collector pauses; node: no collection forced between rounds; node-kept: that,
//                             and each round parses one file and takes the others from the round before
// legacy                      the compile cost of the C# 7.3 form of the generated code, seed and a tenth of the world
// anything else               BenchmarkDotNet (M1 ColdStart, M3 Lookup, M4 Generator), e.g. --filter *Lookup*
var command = args.FirstOrDefault();
var known = new[] { "prepare", "allocations", "build", "edit", "incremental", "stages" };
var scales = known.Contains(command) && args.Length > 1 ? new[] { BenchScale.Parse(args[1]) } : new[] { BenchScale.Seed, BenchScale.World };
switch (command)
{
    case "prepare":
        foreach (var scale in scales)
        {
            ConsumerApps.Write(scale);
            foreach (var app in args.Length > 2 ? args[2..] : ConsumerApps.All)
            {
                var (elapsed, peak) = ConsumerApps.Build(scale, app, clean: false);
                Console.WriteLine($"{scale.Name}/{app}: built in {elapsed.TotalSeconds:F1} s, csc peak {peak / 1024} MB");
            }
        }

        return 0;
    case "allocations":
        foreach (var scale in scales)
        {
            foreach (var app in new[] { ConsumerApps.RelationsData, ConsumerApps.Json, ConsumerApps.NaiveInitializer })
            {
                try
                {
                    Console.WriteLine($"{scale.Name}: {ConsumerApps.Start(scale, app)}");
                }
                catch (InvalidOperationException e)
                {
                    // The naive app does not start at world scale (too many fields); say so and go on.
                    Console.WriteLine($"{scale.Name}: {app} did not run: {e.Message.Split('\n')[0]}");
                }
            }
        }

        return 0;
    case "build":
        foreach (var scale in scales)
        {
            // Build once first so that restore and the referenced projects are not part of the figure.
            ConsumerApps.Build(scale, ConsumerApps.RelationsDataWithoutData, clean: true);
            for (var round = 1; round <= 2; round++)
            {
                // The three apps one after the other, so that each round's ratios come from the same few seconds.
                var seconds = new Dictionary<string, double>();
                foreach (var app in new[] { ConsumerApps.RelationsDataWithoutData, ConsumerApps.FilesOnly, ConsumerApps.RelationsData })
                {
                    var (elapsed, peak) = ConsumerApps.Build(scale, app, clean: true);
                    seconds[app] = elapsed.TotalSeconds;
                    Console.WriteLine($"{scale.Name}/{app}: clean build {elapsed.TotalSeconds:F2} s, csc peak {peak / 1024} MB");
                }

                var withData = seconds[ConsumerApps.RelationsData];
                Console.WriteLine($"{scale.Name}: round {round}: clean build {withData / seconds[ConsumerApps.RelationsDataWithoutData]:F2}× the no-data app's, {withData / seconds[ConsumerApps.FilesOnly]:F2}× the files-only app's");
            }

            EditBuilds(scale);
        }

        return 0;
    case "edit":
        foreach (var scale in scales)
        {
            ConsumerApps.Build(scale, ConsumerApps.RelationsData, clean: false);
            ConsumerApps.Build(scale, ConsumerApps.RelationsDataWithoutData, clean: false);
            EditBuilds(scale);
        }

        return 0;
    case "legacy":
        LegacyFormBuildCost.Run();
        return 0;
    case "incremental":
        foreach (var scale in scales)
        {
            Incremental(scale);
        }

        return 0;
    case "stages":
        foreach (var scale in scales)
        {
            BuildStages.Measure(scale, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, args.Length > 3 ? args[3] : null);
        }

        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ColdStartBenchmarks).Assembly).Run(args);
        return 0;
}

// M6 as a build, beside the no-data app's build after a change of its own (its Program.cs touched).
static void EditBuilds(BenchScale scale)
{
    for (var run = 0; run < 2; run++)
    {
        var (edited, withData, peak) = ConsumerApps.BuildAfterOneFileEdit(scale);
        Console.WriteLine($"{scale.Name}/{ConsumerApps.RelationsData}: build after editing {edited} {withData.TotalSeconds:F2} s, csc peak {peak / 1024} MB");
        File.SetLastWriteTimeUtc(Path.Combine(ConsumerApps.ProjectDirectory(scale, ConsumerApps.RelationsDataWithoutData), "Program.cs"), DateTime.UtcNow);
        var (withoutData, peakWithoutData) = ConsumerApps.Build(scale, ConsumerApps.RelationsDataWithoutData, clean: false);
        Console.WriteLine($"{scale.Name}/{ConsumerApps.RelationsDataWithoutData}: build after touching Program.cs {withoutData.TotalSeconds:F2} s, csc peak {peakWithoutData / 1024} MB");
        Console.WriteLine($"{scale.Name}: edit {run + 1}: {withData.TotalSeconds / withoutData.TotalSeconds:F2}× the no-data app's build");
    }
}

static void Incremental(BenchScale scale)
{
    var files = scale.Files().Select(f => new DataFile("/data/" + f.Path, f.Json)).ToList();
    var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Bench", references: Basic.Reference.Assemblies.Net100.References.All);
    var clock = Stopwatch.StartNew();
    var driver = GeneratorBenchmarks.Driver(files).RunGenerators(compilation);
    var full = clock.Elapsed;
    var edited = files[files.Count / 2];
    var text = edited.Text.ToString();
    var changed = new DataFile(edited.Path, text.Insert(text.IndexOf("\"$schema\"", StringComparison.Ordinal), "\"note\": \"edited\",\n  "));
    clock.Restart();
    var afterEdit = driver.ReplaceAdditionalText(edited, changed).RunGenerators(compilation).GetRunResult();
    var incremental = clock.Elapsed;
    var perFile = afterEdit.Results[0].TrackedSteps["ParsedFiles"].SelectMany(s => s.Outputs).ToList();
    var cached = perFile.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    var unrelated = driver.RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Unrelated { }"))).GetRunResult();
    var steps = unrelated.Results[0].TrackedSteps.Where(s => char.IsUpper(s.Key[0]) && s.Key != "SourceOutput").SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
    var allCached = steps.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{scale.Name}: F = {files.Count}; full run {full.TotalSeconds:F2} s; after a one-file edit {cached} of {perFile.Count} per-file steps Cached/Unchanged (target {files.Count - 1}), run {incremental.TotalSeconds:F2} s; after an unrelated .cs edit {allCached} of {steps.Count} step outputs Cached/Unchanged"));
}

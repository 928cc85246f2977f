using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsData.WorldData;

namespace RelationsData.Benchmarks;

/// <summary>The two scales every benchmark runs at: the shipped seed dataset and the synthetic world.</summary>
/// <param name="Packed">Whether the synthetic data is written as packed files (JSON Lines, thousands of records a file) rather than a file per record.</param>
/// <param name="Resource">Whether the RelationsData apps compile their tables as a manifest resource (RelationsDataStorage=resource).</param>
/// <param name="DataOf">The scale whose data folder this one reads, when it only builds differently.</param>
public sealed record BenchScale(string Name, WorldScale? Synthetic, string Alpha2, string EventId, bool Packed = false, bool Resource = false, string? DataOf = null)
{
    public static readonly BenchScale Seed = new("seed", null, "AZ", "palestinian-embassy-opens-in-baku-2011");

    public static readonly BenchScale World = new("world", WorldScale.World, "AA", "event-000001");

    /// <summary>The same world records as <see cref="World"/>, in packed files.</summary>
    public static readonly BenchScale WorldPacked = new("world-packed", WorldScale.World, "AA", "event-000001", Packed: true);

    /// <summary>The world's files, a file per record, compiled with RelationsDataStorage=resource.</summary>
    public static readonly BenchScale WorldResource = new("world-resource", WorldScale.World, "AA", "event-000001", Resource: true, DataOf: "world");

    /// <summary>The world's packed files, compiled with RelationsDataStorage=resource.</summary>
    public static readonly BenchScale WorldPackedResource = new("world-packed-resource", WorldScale.World, "AA", "event-000001", Packed: true, Resource: true, DataOf: "world-packed");

    /// <summary>The seed, compiled with RelationsDataStorage=resource.</summary>
    public static readonly BenchScale SeedResource = new("seed-resource", null, "AZ", "palestinian-embassy-opens-in-baku-2011", Resource: true);

    public static BenchScale Parse(string name) => name switch
    {
        "seed" => Seed,
        "world" => World,
        "world-packed" => WorldPacked,
        "world-resource" => WorldResource,
        "world-packed-resource" => WorldPackedResource,
        "seed-resource" => SeedResource,
        _ => throw new ArgumentException($"unknown scale '{name}': use seed, world or world-packed, or one of them with -resource"),
    };

    /// <summary>Where the benchmarks keep their generated data and apps: artifacts/bench/&lt;scale&gt; under the repository.</summary>
    public string Directory => Path.Combine(Repository.Root, "artifacts", "bench", Name);

    public string DataDirectory => Synthetic is null ? Path.Combine(Repository.Root, "data") : Path.Combine(Repository.Root, "artifacts", "bench", DataOf ?? Name, "data");

    /// <summary>Every data file (not the schemas) as (path relative to the data folder, text).</summary>
    public IReadOnlyList<(string Path, string Json)> Files() =>
        DataFilePaths().Select(path => (path, File.ReadAllText(Path.Combine(DataDirectory, path)))).ToList();

    /// <summary>Every record as (path of its file, its JSON): a packed file gives one per line.</summary>
    public IReadOnlyList<(string Path, string Json)> Records() =>
        Files().SelectMany(f => f.Path.EndsWith(".jsonl", StringComparison.Ordinal)
                ? f.Json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (f.Path, line))
                : new[] { f })
            .ToList();

    /// <summary>The data file M6 edits: the middle one of the events.</summary>
    public string FileToEdit()
    {
        var events = DataFilePaths().Where(p => p.StartsWith("events/", StringComparison.Ordinal)).ToList();
        return Path.Combine(DataDirectory, events[events.Count / 2]);
    }

    private List<string> DataFilePaths() =>
        System.IO.Directory.EnumerateFiles(DataDirectory, "*.json*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".jsonl", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(DataDirectory, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("schema/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>Finds the repository root from the benchmark binaries.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RelationsData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RelationsData.sln not found above " + AppContext.BaseDirectory);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsData.WorldData;

namespace RelationsData.Benchmarks;

/// <summary>The two scales every benchmark runs at: the shipped seed dataset and the synthetic world.</summary>
/// <param name="Packed">Whether the synthetic data is written as packed files (JSON Lines, thousands of records a file) rather than a file per record.</param>
public sealed record BenchScale(string Name, WorldScale? Synthetic, string Alpha2, string EventId, bool Packed = false)
{
    public static readonly BenchScale Seed = new("seed", null, "AZ", "palestinian-embassy-opens-in-baku-2011");

    public static readonly BenchScale World = new("world", WorldScale.World, "AA", "event-000001");

    /// <summary>The same world records as <see cref="World"/>, in packed files.</summary>
    public static readonly BenchScale WorldPacked = new("world-packed", WorldScale.World, "AA", "event-000001", Packed: true);

    public static BenchScale Parse(string name) => name switch
    {
        "seed" => Seed,
        "world" => World,
        "world-packed" => WorldPacked,
        _ => throw new ArgumentException($"unknown scale '{name}': use seed, world or world-packed"),
    };

    /// <summary>Where the benchmarks keep their generated data and apps: artifacts/bench/&lt;scale&gt; under the repository.</summary>
    public string Directory => Path.Combine(Repository.Root, "artifacts", "bench", Name);

    public string DataDirectory => Synthetic is null ? Path.Combine(Repository.Root, "data") : Path.Combine(Directory, "data");

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

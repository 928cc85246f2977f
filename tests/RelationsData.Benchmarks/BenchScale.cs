using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsData.WorldData;

namespace RelationsData.Benchmarks;

/// <summary>The two scales every benchmark runs at: the shipped seed dataset and the synthetic world.</summary>
public sealed record BenchScale(string Name, WorldScale? Synthetic, string Alpha2, string EventId)
{
    public static readonly BenchScale Seed = new("seed", null, "AZ", "palestinian-embassy-opens-in-baku-2011");

    public static readonly BenchScale World = new("world", WorldScale.World, "AA", "event-000001");

    public static BenchScale Parse(string name) => name switch
    {
        "seed" => Seed,
        "world" => World,
        _ => throw new ArgumentException($"unknown scale '{name}': use seed or world"),
    };

    /// <summary>Where the benchmarks keep their generated data and apps: artifacts/bench/&lt;scale&gt; under the repository.</summary>
    public string Directory => Path.Combine(Repository.Root, "artifacts", "bench", Name);

    public string DataDirectory => Synthetic is null ? Path.Combine(Repository.Root, "data") : Path.Combine(Directory, "data");

    /// <summary>Every data file (not the schemas) as (path relative to the data folder, text).</summary>
    public IReadOnlyList<(string Path, string Json)> Files() =>
        System.IO.Directory.EnumerateFiles(DataDirectory, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(DataDirectory, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("schema/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(DataDirectory, path))))
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

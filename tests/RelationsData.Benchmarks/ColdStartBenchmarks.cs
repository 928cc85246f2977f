using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace RelationsData.Benchmarks;

/// <summary>
/// M1: a whole process, from start to its first lookup, against an app that loads nothing. Each invocation starts
/// one built app (see <see cref="ConsumerApps"/>); run <c>prepare</c> first.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
[MemoryDiagnoser]
public class ColdStartBenchmarks
{
    [Params("seed", "world", "world-packed-resource")]
    public string Scale { get; set; } = "seed";

    [Benchmark(Baseline = true, Description = "empty app")]
    public string Empty() => ConsumerApps.Start(BenchScale.Parse(Scale), ConsumerApps.Empty);

    [Benchmark(Description = "RelationsData")]
    public string RelationsData() => ConsumerApps.Start(BenchScale.Parse(Scale), ConsumerApps.RelationsData);

    [Benchmark(Description = "embedded JSON + STJ source gen")]
    public string Json() => ConsumerApps.Start(BenchScale.Parse(Scale), ConsumerApps.Json);

    [Benchmark(Description = "naive initializer")]
    public string Naive() => ConsumerApps.Start(BenchScale.Parse(Scale), ConsumerApps.NaiveInitializer);
}

using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace RelationsData.Generator.Tests;

/// <summary>
/// An IDE cancels the generator whenever the user types. A cancelled run must end in OperationCanceledException and
/// nothing else, and must leave nothing behind: the next run gives exactly the output of an uncancelled one.
/// </summary>
public class CancellationTests(ITestOutputHelper output)
{
    private const int Runs = 1_000;

    [Fact]
    public void Runs_cancelled_at_random_points_throw_only_OperationCanceledException_and_leave_no_partial_output()
    {
        var files = TestHelpers.ShippedDataFiles();
        var edited = files[files.Count / 2].WithContent(files[files.Count / 2].Content.Replace("\"$schema\"", "\"note\": \"edited\",\n  \"$schema\"", StringComparison.Ordinal));
        var compilation = TestHelpers.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var cold = TestHelpers.CreateDriver(files);
        var warm = cold.RunGenerators(compilation).ReplaceAdditionalText(files[files.Count / 2], edited);
        var expectedCold = Sources(cold.RunGenerators(compilation));
        var expectedWarm = Sources(warm.RunGenerators(compilation));
        Assert.NotEqual(expectedCold, expectedWarm);

        // Cancel anywhere from before the run starts to a little after a typical run ends. The windows are measured
        // first and narrowed by every run that completes: measured while other tests load the machine, the first
        // figure can be several times a typical run, and the window would then miss the run.
        var windows = new[] { Window(cold, compilation), Window(warm, compilation) };
        var (firstColdWindow, firstWarmWindow) = (windows[0], windows[1]);

        var random = new Random(20261128);
        int cancelled = 0, completed = 0;
        var rerun = new int[2];
        long minCompleted = long.MaxValue, maxCancelled = 0;
        for (var i = 0; i < Runs; i++)
        {
            var (driver, expected, window) = i % 2 == 0 ? (cold, expectedCold, windows[0]) : (warm, expectedWarm, windows[1]);
            using var source = new CancellationTokenSource();
            var delay = (long)(random.NextDouble() * window);
            var canceller = new Thread(() =>
            {
                var clock = Stopwatch.StartNew();
                while (clock.ElapsedTicks < delay)
                {
                    Thread.SpinWait(20);
                }

                source.Cancel();
            });
            canceller.Start();

            try
            {
                var clock = Stopwatch.StartNew();
                var ran = driver.RunGenerators(compilation, source.Token);
                windows[i % 2] = Math.Min(windows[i % 2], clock.ElapsedTicks * 5 / 4);
                Assert.Equal(expected, Sources(ran));
                completed++;
                minCompleted = Math.Min(minCompleted, delay);
            }
            catch (OperationCanceledException)
            {
                cancelled++;
                maxCancelled = Math.Max(maxCancelled, delay);
            }

            canceller.Join();

            // Whatever happened, the same driver run again to the end gives the whole output: checked after cold and
            // warm (incremental) runs alike, i and i + 1 being one of each.
            if (i % 50 < 2)
            {
                Assert.Equal(expected, Sources(driver.RunGenerators(compilation)));
                rerun[i % 2]++;
            }
        }

        output.WriteLine($"{Runs} runs: {cancelled} cancelled, {completed} completed (windows {Ms(firstColdWindow)} → {Ms(windows[0])} ms cold, {Ms(firstWarmWindow)} → {Ms(windows[1])} ms incremental; latest cancelled {Ms(maxCancelled)} ms, earliest completed {Ms(minCompleted)} ms)");
        Assert.True(cancelled >= Runs / 10, $"only {cancelled} of {Runs} runs were cancelled: the window misses the run");
        Assert.True(completed >= 1, "no run completed: the window ends too early");
        Assert.Equal(new[] { Runs / 50, Runs / 50 }, rerun);
    }

    /// <summary>From before the run starts to a quarter past a typical (fastest of five) run's end.</summary>
    private static long Window(GeneratorDriver driver, Compilation compilation) =>
        Enumerable.Range(0, 5).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            driver.RunGenerators(compilation);
            return clock.ElapsedTicks;
        }) * 5 / 4;

    private static string Ms(long ticks) => (ticks * 1000.0 / Stopwatch.Frequency).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    private static string Sources(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        Assert.Null(result.Results[0].Exception);
        return string.Concat(result.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
    }
}

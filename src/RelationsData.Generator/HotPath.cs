using System.Runtime.CompilerServices;

namespace RelationsData.Generator;

/// <summary>
/// Marks the methods that run once a record, a field or a token (parse, link, table layout), so that the JIT compiles
/// them optimized at their first call instead of waiting for tiered compilation to promote them.
/// </summary>
/// <remarks>
/// In the build node the promotion comes late: the background compiler is still busy with MSBuild's own methods for
/// seconds, and ours run unoptimized behind them. At world scale the build step's parse took 6.0 s unmarked, 4.7 s
/// marked, 3.1 s after the task first slept 3 s, and 2.8 s with tiered compilation off (docs/benchmarks.md). What is
/// left of the gap is .NET's own precompiled code, which waits for the same promotion and cannot be marked. At seed
/// scale the optimized compiles cost the parse stage some 40 ms.
/// </remarks>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name and .NET honours.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}

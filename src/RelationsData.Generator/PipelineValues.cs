using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RelationsData.Generator.Model;

namespace RelationsData.Generator;

// Why the pipeline's values are objects: the driver's nodes are generic over the values they carry, and csc compiles
// them at run time for each value type anew (a struct, a bool, each nesting of Combine's tuples), once per build. Carried
// as objects, every node shares one compiled form. In a build that reads the prebuilt dataset, that compiling was
// most of the generator's time.

/// <summary>Two pipeline values combined, as one object; deconstructs as Combine's tuple does.</summary>
internal sealed record Pair<TLeft, TRight>(TLeft Left, TRight Right)
    where TLeft : class?
    where TRight : class?;

/// <summary>
/// Every parsed data file, as one pipeline value. Equal when the array is the same one, as Collect hands on while no file
/// has changed.
/// </summary>
internal sealed record ParsedFiles(ImmutableArray<ParsedDataFile> Files);

/// <summary>Diagnostics as one pipeline value.</summary>
internal sealed record DiagnosticList(EquatableArray<DiagnosticInfo> Items)
{
    public static readonly DiagnosticList Empty = new(default(EquatableArray<DiagnosticInfo>));
}

/// <summary>Whether the build step's prebuilt dataset is in use, as one pipeline value.</summary>
internal sealed record PrebuiltInUse(bool InUse)
{
    public static readonly PrebuiltInUse Yes = new(true);
    public static readonly PrebuiltInUse No = new(false);
}

/// <summary>The project's effective C# language version (LanguageVersion as a number, 703 for 7.3), as one pipeline value.</summary>
internal sealed record EffectiveLanguageVersion(int Version);

/// <summary>What one metadata reference offers the generated code (TargetFeatures' flags), as one pipeline value.</summary>
internal sealed record ReferenceFlags(int Flags)
{
    /// <summary>What the references offer together.</summary>
    public static ReferenceFlags Union(ImmutableArray<ReferenceFlags> references)
    {
        var flags = 0;
        foreach (var reference in references)
        {
            flags |= reference.Flags;
        }

        return new ReferenceFlags(flags);
    }
}

/// <summary>Combine, with the pair carried as an object (see above).</summary>
internal static class PipelineValues
{
    public static IncrementalValueProvider<Pair<TLeft, TRight>> CombinePair<TLeft, TRight>(this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right)
        where TLeft : class?
        where TRight : class? =>
        left.Combine(right).Select(static (pair, _) => new Pair<TLeft, TRight>(pair.Left, pair.Right));

    public static IncrementalValuesProvider<Pair<TLeft, TRight>> CombinePair<TLeft, TRight>(this IncrementalValuesProvider<TLeft> left, IncrementalValueProvider<TRight> right)
        where TLeft : class?
        where TRight : class? =>
        left.Combine(right).Select(static (pair, _) => new Pair<TLeft, TRight>(pair.Left, pair.Right));
}

using RelationsData.Shared;

namespace RelationsData.Generator.Model;

/// <summary>
/// The dataset as the columns the emitter prints: no locations, so an edit that moves text without changing
/// facts leaves this equal and the emit step does not run. <see cref="Columns"/> has one entry per TableColumn
/// (meanings: TableLayout, shared with the library).
/// </summary>
internal sealed record DatasetTables(
    EquatableArray<string> Strings,
    EquatableArray<EquatableArray<int>> Columns,
    EquatableArray<NamedMember> Countries,
    EquatableArray<NamedMember> Relations,
    EquatableArray<NamedMember> Events,
    EquatableArray<NamedMember> References,
    EquatableArray<UnnamedKind> UnnamedKinds,
    DatasetKeys Keys)
{
    public EquatableArray<int> this[TableColumn column] => Columns[(int)column];

    /// <summary>The regions' named members.</summary>
    public EquatableArray<NamedMember> Regions { get; init; }

    /// <summary>
    /// The content hash, when these tables come from the build step (Prebuilt/), which leaves out the strings and
    /// columns it computed it from: they travel in the resource. Null when the strings and columns are here.
    /// </summary>
    public string? PrebuiltContentHash { get; init; }
}

/// <summary>A kind of record that got no named members because it has more records than the limit.</summary>
internal sealed record UnnamedKind(string Facade, int Count, int Limit);

/// <summary>A generated named member: its name, the row it returns, and the lines of its XML documentation (plain text).</summary>
internal sealed record NamedMember(string Name, int Row, string Summary, EquatableArray<string> Sources)
{
    /// <summary>The members a renamed record had (from its previous ids), kept as obsolete aliases so that code using them still compiles.</summary>
    public EquatableArray<string> FormerNames { get; init; }
}

/// <summary>What the emit step needs: the tables, the namespace to emit into and the data version to report.</summary>
internal sealed record EmitRequest(DatasetTables Tables, string Namespace, string DataVersion)
{
    /// <summary>What the target compilation offers (the calendar-day type of the queries).</summary>
    public TargetFeatures Features { get; init; } = new(TargetFeatures.DateOnly);

    /// <summary>Whether the tables travel as a manifest resource (RelationsDataStorage=resource) rather than as literals.</summary>
    public bool ResourceStorage { get; init; }
}

namespace RelationsData.Generator.Model;

/// <summary>
/// Every record that survived linking, each table sorted as it will be emitted (countries, relations and references
/// by id; events by date, then id), with the C# member name of each record.
/// </summary>
internal sealed record LinkedDataset(
    EquatableArray<Named<CountrySpec>> Countries,
    EquatableArray<Named<RelationSpec>> Relations,
    EquatableArray<Named<EventSpec>> Events,
    EquatableArray<Named<ReferenceSpec>> References)
{
    /// <summary>The regions, sorted by id.</summary>
    public EquatableArray<Named<RegionSpec>> Regions { get; init; }

    public bool IsEmpty => Countries.Count == 0 && Relations.Count == 0 && Events.Count == 0 && References.Count == 0 && Regions.Count == 0;
}

/// <summary>A record with the C# member name it gets.</summary>
internal sealed record Named<T>(string MemberName, T Spec)
    where T : class;

/// <summary>The linking step's result: the dataset, and every diagnostic of every file and of linking, in file order.</summary>
internal sealed record LinkResult(LinkedDataset Dataset, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What linking no file gives: nothing, and nothing to say.</summary>
    public static readonly LinkResult Empty = new(new LinkedDataset(default, default, default, default), default);
}

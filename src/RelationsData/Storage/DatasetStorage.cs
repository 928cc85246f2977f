using System;
using System.ComponentModel;

namespace RelationsData.Storage;

/// <summary>
/// The compact tables of one dataset, as the RelationsData generator emits them: strings in one UTF-8 blob,
/// records and indexes in integer columns. Every column is constant data in the assembly, so loading a dataset
/// allocates nothing until a record is read. Apps use the typed API (<c>Countries</c>, <c>Relations</c>, ...),
/// not this type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DatasetStorage
{
    /// <summary>The version of the table layout the generator wrote.</summary>
    public abstract int FormatVersion { get; }

    /// <summary>Every distinct string of the dataset, UTF-8, back to back.</summary>
    public abstract ReadOnlySpan<byte> Utf8Strings { get; }

    /// <summary>Where string <c>i</c> starts in <see cref="Utf8Strings"/>; entry <c>i + 1</c> is where it ends.</summary>
    public abstract ReadOnlySpan<int> StringOffsets { get; }

    /// <summary>All records, each a run of integers (string indexes, row indexes, packed dates, counts).</summary>
    public abstract ReadOnlySpan<int> Records { get; }

    /// <summary>Where each country record starts in <see cref="Records"/>; countries are sorted by id.</summary>
    public abstract ReadOnlySpan<int> CountryRecords { get; }

    /// <summary>Where each relation record starts; relations are sorted by id.</summary>
    public abstract ReadOnlySpan<int> RelationRecords { get; }

    /// <summary>Where each event record starts; events are sorted by date, then id.</summary>
    public abstract ReadOnlySpan<int> EventRecords { get; }

    /// <summary>Where each reference record starts; references are sorted by id.</summary>
    public abstract ReadOnlySpan<int> ReferenceRecords { get; }

    /// <summary>676 entries, one per alpha-2 code AA..ZZ: the country row plus one, or 0.</summary>
    public abstract ReadOnlySpan<int> Alpha2Index { get; }

    /// <summary>Pairs (alpha-3 code as a base-26 number, country row), sorted by code.</summary>
    public abstract ReadOnlySpan<int> Alpha3Index { get; }

    /// <summary>1000 entries, one per numeric code 000..999: the country row plus one, or 0.</summary>
    public abstract ReadOnlySpan<int> NumericIndex { get; }

    /// <summary>Pairs (string index of a folded name, country row), sorted by the folded name, ordinally.</summary>
    public abstract ReadOnlySpan<int> NameIndex { get; }

    /// <summary>Pairs (lower country row × country count + higher country row, relation row), sorted by key.</summary>
    public abstract ReadOnlySpan<int> PairIndex { get; }

    /// <summary>Country row → range in <see cref="CountryRelationList"/> (count + 1 entries).</summary>
    public abstract ReadOnlySpan<int> CountryRelationStarts { get; }

    /// <summary>Relation rows per country, in id order.</summary>
    public abstract ReadOnlySpan<int> CountryRelationList { get; }

    /// <summary>Relation row → range in <see cref="RelationEventList"/> (count + 1 entries).</summary>
    public abstract ReadOnlySpan<int> RelationEventStarts { get; }

    /// <summary>Event rows per relation, in date order.</summary>
    public abstract ReadOnlySpan<int> RelationEventList { get; }

    /// <summary>Country row → range in <see cref="CountryEventList"/> (count + 1 entries).</summary>
    public abstract ReadOnlySpan<int> CountryEventStarts { get; }

    /// <summary>Event rows per country, in date order.</summary>
    public abstract ReadOnlySpan<int> CountryEventList { get; }

    /// <summary>Event rows sorted by event id, for lookups by id.</summary>
    public abstract ReadOnlySpan<int> EventIdOrder { get; }
}

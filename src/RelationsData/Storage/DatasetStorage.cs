using System;
using System.ComponentModel;

namespace RelationsData.Storage;

/// <summary>
/// The compact tables of one dataset, as the RelationsData generator emits them: strings in one UTF-8 blob,
/// records and indexes in integer columns (each a width character, then 6-bit groups as printable characters; see IntColumn in the source).
/// Every column is constant data in the assembly, so loading a dataset
/// allocates nothing until a record is read. Apps use the typed API (<c>Countries</c>, <c>Relations</c>, ...),
/// not this type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DatasetStorage
{
    /// <summary>The version of the table layout the generator wrote.</summary>
    public abstract int FormatVersion { get; }

    /// <summary>The version of the data: the RelationsDataVersion property of the project that compiled it.</summary>
    public abstract string DataVersion { get; }

    /// <summary>SHA-256 (lowercase hex) of the compiled tables: equal exactly when the data is equal.</summary>
    public abstract string ContentHash { get; }

    /// <summary>Every distinct string of the dataset, UTF-8, back to back.</summary>
    public abstract ReadOnlySpan<byte> Utf8Strings { get; }

    /// <summary>Where string <c>i</c> starts in <see cref="Utf8Strings"/>; entry <c>i + 1</c> is where it ends.</summary>
    public abstract ReadOnlySpan<byte> StringOffsetsColumn { get; }

    internal IntColumn StringOffsets => new(StringOffsetsColumn);

    /// <summary>All records, each a run of integers (string indexes, row indexes, packed dates, counts).</summary>
    public abstract ReadOnlySpan<byte> RecordsColumn { get; }

    internal IntColumn Records => new(RecordsColumn);

    /// <summary>Where each country record starts in <see cref="RecordsColumn"/>; countries are sorted by id.</summary>
    public abstract ReadOnlySpan<byte> CountryRecordsColumn { get; }

    internal IntColumn CountryRecords => new(CountryRecordsColumn);

    /// <summary>Where each relation record starts; relations are sorted by id.</summary>
    public abstract ReadOnlySpan<byte> RelationRecordsColumn { get; }

    internal IntColumn RelationRecords => new(RelationRecordsColumn);

    /// <summary>Where each event record starts; events are sorted by date, then id.</summary>
    public abstract ReadOnlySpan<byte> EventRecordsColumn { get; }

    internal IntColumn EventRecords => new(EventRecordsColumn);

    /// <summary>Where each reference record starts; references are sorted by id.</summary>
    public abstract ReadOnlySpan<byte> ReferenceRecordsColumn { get; }

    internal IntColumn ReferenceRecords => new(ReferenceRecordsColumn);

    /// <summary>676 entries, one per alpha-2 code AA..ZZ: the country row plus one, or 0.</summary>
    public abstract ReadOnlySpan<byte> Alpha2IndexColumn { get; }

    internal IntColumn Alpha2Index => new(Alpha2IndexColumn);

    /// <summary>Pairs (alpha-3 code as a base-26 number, country row), sorted by code.</summary>
    public abstract ReadOnlySpan<byte> Alpha3IndexColumn { get; }

    internal IntColumn Alpha3Index => new(Alpha3IndexColumn);

    /// <summary>1000 entries, one per numeric code 000..999: the country row plus one, or 0.</summary>
    public abstract ReadOnlySpan<byte> NumericIndexColumn { get; }

    internal IntColumn NumericIndex => new(NumericIndexColumn);

    /// <summary>Pairs (string index of a folded name, country row), sorted by the folded name, ordinally.</summary>
    public abstract ReadOnlySpan<byte> NameIndexColumn { get; }

    internal IntColumn NameIndex => new(NameIndexColumn);

    /// <summary>Pairs (lower country row × country count + higher country row, relation row), sorted by key.</summary>
    public abstract ReadOnlySpan<byte> PairIndexColumn { get; }

    internal IntColumn PairIndex => new(PairIndexColumn);

    /// <summary>Country row → range in <see cref="CountryRelationListColumn"/> (count + 1 entries).</summary>
    public abstract ReadOnlySpan<byte> CountryRelationStartsColumn { get; }

    internal IntColumn CountryRelationStarts => new(CountryRelationStartsColumn);

    /// <summary>Relation rows per country, in id order.</summary>
    public abstract ReadOnlySpan<byte> CountryRelationListColumn { get; }

    internal IntColumn CountryRelationList => new(CountryRelationListColumn);

    /// <summary>Relation row → range in <see cref="RelationEventListColumn"/> (count + 1 entries).</summary>
    public abstract ReadOnlySpan<byte> RelationEventStartsColumn { get; }

    internal IntColumn RelationEventStarts => new(RelationEventStartsColumn);

    /// <summary>Event rows per relation, in date order.</summary>
    public abstract ReadOnlySpan<byte> RelationEventListColumn { get; }

    internal IntColumn RelationEventList => new(RelationEventListColumn);

    /// <summary>Country row → range in <see cref="CountryEventListColumn"/> (count + 1 entries).</summary>
    public abstract ReadOnlySpan<byte> CountryEventStartsColumn { get; }

    internal IntColumn CountryEventStarts => new(CountryEventStartsColumn);

    /// <summary>Event rows per country, in date order.</summary>
    public abstract ReadOnlySpan<byte> CountryEventListColumn { get; }

    internal IntColumn CountryEventList => new(CountryEventListColumn);

    /// <summary>Event rows sorted by event id, for lookups by id.</summary>
    public abstract ReadOnlySpan<byte> EventIdOrderColumn { get; }

    internal IntColumn EventIdOrder => new(EventIdOrderColumn);
}

// Compiled into both the library and the generator: the one definition of the compiled tables' layout. The generator's
// table builder writes by these names and the library's record decoder reads by them, so neither end depends on an order.
using System;
using System.Runtime.CompilerServices;

namespace RelationsData.Shared;

/// <summary>
/// The integer columns of the compiled tables. The generator emits every column, the content hash covers them in this
/// order, and generated storage answers <c>GetColumn((int)column)</c>. Adding a column: a member here, the builder
/// that fills it and the query that reads it; bump <see cref="BlobFormat.Version"/>.
/// </summary>
internal enum TableColumn
{
    /// <summary>
    /// Where every <see cref="TableLayout.StringBlock"/>-th string (0, 16, 32, …) starts in the UTF-8 blob, then the blob's
    /// length: a string starts at its block's start plus the lengths (<see cref="StringLengths"/>) of the strings before it
    /// in the block. Two bytes a string where a start of each would take four.
    /// </summary>
    StringOffsets,

    /// <summary>All records: each a run of fixed slots (one per field of its kind), then the lists its slots point at.</summary>
    Records,

    /// <summary>Where each country record starts in <see cref="Records"/>; countries are sorted by id.</summary>
    CountryRecords,

    /// <summary>Where each relation record starts; relations are sorted by id.</summary>
    RelationRecords,

    /// <summary>Where each event record starts; events are sorted by date, then id.</summary>
    EventRecords,

    /// <summary>Where each reference record starts; references are sorted by id.</summary>
    ReferenceRecords,

    /// <summary>676 entries, one per alpha-2 code AA..ZZ (<see cref="TableLayout.Alpha2Key"/>): the current country's row plus one, or 0.</summary>
    Alpha2Index,

    /// <summary>Pairs (<see cref="TableLayout.Alpha3Key"/>, current country row), sorted by key.</summary>
    Alpha3Index,

    /// <summary>1000 entries, one per numeric code 000..999: the current country's row plus one, or 0.</summary>
    NumericIndex,

    /// <summary>
    /// One entry per name, <c>name string index * country count + country row</c> (<see cref="TableLayout.Pack"/>), sorted
    /// by the name's folded form (NameFolding), ordinally: the folded forms are not stored (the index holds every name in
    /// every language), a lookup folds what it compares.
    /// </summary>
    NameIndex,

    /// <summary>Pairs (<see cref="TableLayout.PairKey"/>, relation row), sorted by key.</summary>
    PairIndex,

    /// <summary>Country row → range in <see cref="CountryRelationList"/> (count + 1 entries).</summary>
    CountryRelationStarts,

    /// <summary>Relation rows per country, in id order.</summary>
    CountryRelationList,

    /// <summary>Relation row → range in <see cref="RelationEventList"/> (count + 1 entries).</summary>
    RelationEventStarts,

    /// <summary>Event rows per relation, in date order.</summary>
    RelationEventList,

    /// <summary>Country row → range in <see cref="CountryEventList"/> (count + 1 entries).</summary>
    CountryEventStarts,

    /// <summary>Event rows per country, in date order.</summary>
    CountryEventList,

    /// <summary>Event rows sorted by event id, for lookups by id.</summary>
    EventIdOrder,

    /// <summary>Pairs (string index of a previous id, country row), sorted by the previous id, ordinally: renamed ids keep resolving.</summary>
    PreviousIdIndex,

    /// <summary>
    /// The countries' lists of localized names, each a count then one entry per name, <c>name string index * culture
    /// count + culture number</c> (<see cref="TableLayout.Pack"/>; the number is the culture's place in
    /// <see cref="Cultures"/>), sorted by culture; a country's slot holds where its list starts. A column of its own, one
    /// number per name: tens of thousands of names would otherwise cost two numbers each at the Records column's width.
    /// </summary>
    LocalizedNameLists,

    /// <summary>The string index of every culture name the localized names use, sorted ordinally.</summary>
    Cultures,

    /// <summary>Where each region record starts; regions (UN M49 continents and sub-regions) are sorted by id.</summary>
    RegionRecords,

    /// <summary>Region row → range in <see cref="RegionCountryList"/> (count + 1 entries).</summary>
    RegionCountryStarts,

    /// <summary>Country rows per region, in id order: the countries of the region and of the regions within it.</summary>
    RegionCountryList,

    /// <summary>The length in UTF-8 bytes of every string; see <see cref="StringOffsets"/>.</summary>
    StringLengths,
}

/// <summary>The shape of records and index keys, shared by the writer (generator) and the reader (library).</summary>
internal static class TableLayout
{
    /// <summary>The number of <see cref="TableColumn"/>s.</summary>
    public const int ColumnCount = (int)TableColumn.StringLengths + 1;

    /// <summary>The number of strings per entry of <see cref="TableColumn.StringOffsets"/>.</summary>
    public const int StringBlock = 16;

    /// <summary>
    /// The slot of every top-level record's id: lookups by id binary-search the id without decoding the record. Each
    /// top-level field enum starts with <c>Id = IdSlot</c>.
    /// </summary>
    public const int IdSlot = 0;

    /// <summary>The number of a field: its slot in the record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot<TField>(TField field)
        where TField : unmanaged, Enum => Unsafe.As<TField, int>(ref field);

    /// <summary>A letter's number (A or a = 0 … Z or z = 25), or -1.</summary>
    public static int Letter(char c) => (c | 0x20) - 'a' is var value and >= 0 and < 26 ? value : -1;

    /// <summary>The alpha-2 index slot of a code (either case), or -1 when it is not two letters.</summary>
    public static int Alpha2Key(char first, char second) =>
        Letter(first) is var a and >= 0 && Letter(second) is var b and >= 0 ? (a * 26) + b : -1;

    /// <summary>An alpha-3 code (either case) as a base-26 number, or -1 when it is not three letters.</summary>
    public static int Alpha3Key(char first, char second, char third) =>
        Letter(first) is var a and >= 0 && Letter(second) is var b and >= 0 && Letter(third) is var c and >= 0 ? (a * 676) + (b * 26) + c : -1;

    /// <summary>Two numbers in one, <paramref name="value"/> * <paramref name="count"/> + <paramref name="small"/>, where <paramref name="small"/> &lt; <paramref name="count"/>.</summary>
    public static int Pack(int value, int small, int count) => (value * count) + small;

    /// <summary>The pair index key of two country rows, in either order.</summary>
    public static int PairKey(int rowA, int rowB, int countryCount) => (Math.Min(rowA, rowB) * countryCount) + Math.Max(rowA, rowB);
}

// The fields of each kind of record, by slot; FieldCount (last) is the record's width, not a field. A list field's slot holds where its list starts in the Records column:
// a count, then that many items (each an integer, or a record of the item kind's width). An optional record's slot
// holds where it starts, or BlobFormat.Absent. Adding a field: a member before FieldCount, the line that writes it
// (generator: RecordWriter calls in TableBuilder) and the line that reads it (library: RecordDecoder); bump BlobFormat.Version.

/// <summary>A reference's fields.</summary>
internal enum ReferenceField
{
    Id = TableLayout.IdSlot, Type, Title, ContainerTitle, Url, Issued, Note,
    FieldCount,
}

/// <summary>A country's fields.</summary>
internal enum CountryField
{
    Id = TableLayout.IdSlot, Alpha2, Alpha3, Numeric, ShortName, OfficialName, IsoName, CommonName, Alpha4, Withdrawn,
    OtherNames, LocalizedNames, Memberships, Notes, Citations, Since, Succession, Predecessors,
    PreviousIds, LocalizedNamesSource, LocalizedShortNames, LocalizedVariantNames, Region,
    FieldCount,
}

/// <summary>A region's fields: its UN M49 code, English name, the region it is within (a row, or absent) and its names in other languages.</summary>
internal enum RegionField
{
    Id = TableLayout.IdSlot, Code, Name, Parent, LocalizedNames, LocalizedNamesSource, Citations,
    FieldCount,
}

/// <summary>A former entry's optional succession record; Predecessors (a list of country rows) is its inverse, made by the linker.</summary>
internal enum SuccessionField
{
    Successors, Kind, Note, Citations,
    FieldCount,
}


/// <summary>An item of a list of cited texts (memberships, notes, characterisations).</summary>
internal enum CitedTextField
{
    Text, Citations,
    FieldCount,
}

/// <summary>A relation's fields.</summary>
internal enum RelationField
{
    Id = TableLayout.IdSlot, First, Second, Names, Established, Statuses, Recognitions, Missions, ProtectingPowers,
    Characterisations, Notes, Citations,
    FieldCount,
}

/// <summary>A relation's optional establishment record.</summary>
internal enum EstablishmentField
{
    Date, Note, Citations,
    FieldCount,
}

/// <summary>An item of a relation's Statuses list.</summary>
internal enum StatusField
{
    Status, From, To, EndUnknown, Note, Citations,
    FieldCount,
}

/// <summary>An item of a relation's Recognitions list.</summary>
internal enum RecognitionField
{
    By, Of, Date, Note, Citations,
    FieldCount,
}

/// <summary>An item of a relation's Missions list.</summary>
internal enum MissionField
{
    From, To, Kind, City, Opened, Closed, AccreditedFrom, Note, Citations,
    FieldCount,
}

/// <summary>An item of a relation's ProtectingPowers list.</summary>
internal enum ProtectingPowerField
{
    Protector, Protected, Host, Via, City, Citations,
    FieldCount,
}

/// <summary>An event's fields.</summary>
internal enum EventField
{
    Id = TableLayout.IdSlot, Date, Kind, Title, Summary, Place, Countries, Relations, People, Vote, Drafters, Notes, Citations,
    FieldCount,
}

/// <summary>An item of an event's People list.</summary>
internal enum ParticipantField
{
    Name, Role, Country,
    FieldCount,
}

/// <summary>An event's optional vote record.</summary>
internal enum VoteField
{
    InFavour, Against, Abstentions, Absent,
    FieldCount,
}

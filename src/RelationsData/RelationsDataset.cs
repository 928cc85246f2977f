using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using RelationsData.Shared;
using RelationsData.Storage;

namespace RelationsData;

/// <summary>
/// One compiled dataset and every query over it. The generated <c>Countries</c>, <c>Relations</c>, <c>Events</c>
/// and <c>References</c> classes of a data namespace forward here; records are materialised on first use, once.
/// </summary>
public sealed class RelationsDataset
{
    private readonly DatasetStorage storage;
    private readonly StringTable strings;
    private readonly LazyTable<Reference> references;
    private readonly LazyTable<Country> countries;
    private readonly LazyTable<Relation> relations;
    private readonly LazyTable<Event> events;
    private readonly LazyTable<Region> regions;
    private readonly CountryHistory history;

    /// <summary>Opens generated tables. Called by generated code.</summary>
    /// <param name="storage">The generated storage.</param>
    /// <exception cref="InvalidOperationException">The tables were written by an incompatible generator.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public RelationsDataset(DatasetStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.FormatVersion != BlobFormat.Version)
        {
            throw new InvalidOperationException(
                $"These tables use format {storage.FormatVersion}, but this RelationsData library reads format {BlobFormat.Version}. Use the same package version for the library and the generator.");
        }

        this.storage = storage;
        var decoder = new RecordDecoder(storage);
        strings = decoder.Strings;
        references = decoder.References;
        countries = decoder.Countries;
        relations = decoder.Relations;
        events = decoder.Events;
        regions = decoder.Regions;
        history = decoder.History;
    }

    /// <summary>The data version, content hash and record counts of this dataset.</summary>
    public DatasetInfo Info => new(
        storage.DataVersion,
        storage.ContentHash,
        storage.FormatVersion,
        countries.Count,
        relations.Count,
        events.Count,
        references.Count);

    /// <summary>Every country, sorted by id.</summary>
    public ImmutableArray<Country> Countries => countries.All;

    /// <summary>Every relation, sorted by id.</summary>
    public ImmutableArray<Relation> Relations => relations.All;

    /// <summary>Every event, in date order (then by id).</summary>
    public ImmutableArray<Event> Events => events.All;

    /// <summary>Every reference, sorted by id.</summary>
    public ImmutableArray<Reference> References => references.All;

    /// <summary>Every region (UN M49 continents and sub-regions), sorted by id.</summary>
    public ImmutableArray<Region> Regions => regions.All;

    /// <summary>The region at a row of the region table. Used by generated named members; apps use those.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The region.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Region RegionAt(int row) => regions[row];

    /// <summary>Finds a region by id.</summary>
    /// <param name="id">The id used in the data files, such as "western-asia".</param>
    /// <returns>The region, or <see langword="null"/>.</returns>
    public Region? RegionById(string id) => FindById(regions, TableColumn.RegionRecords, null, id);

    /// <summary>Finds a region by its UN M49 code.</summary>
    /// <param name="code">Three digits, such as "145" (Western Asia) or "002" (Africa).</param>
    /// <returns>The region, or <see langword="null"/>.</returns>
    public Region? RegionByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var starts = storage[TableColumn.RegionRecords];
        var records = storage[TableColumn.Records];
        for (var row = 0; row < starts.Length; row++)
        {
            // A few dozen regions: a scan of their code slots, no record decoded.
            if (strings.CompareOrdinal(records[starts[row] + TableLayout.Slot(RegionField.Code)], code) == 0)
            {
                return regions[row];
            }
        }

        return null;
    }

    /// <summary>The countries in a region, or in a region within it, sorted by id.</summary>
    /// <param name="region">A region of this dataset, such as Western Asia or Asia.</param>
    /// <returns>Its countries; empty for a region of another dataset.</returns>
    public ImmutableArray<Country> CountriesIn(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var row = FindRow(storage[TableColumn.RegionRecords], default, region.Id);
        return row < 0 || !regions[row].Equals(region)
            ? ImmutableArray<Country>.Empty
            : countries.Select(Range(TableColumn.RegionCountryStarts, TableColumn.RegionCountryList, row));
    }

    /// <summary>The country at a row of the country table. Used by generated named members; apps use those.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The country.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Country CountryAt(int row) => countries[row];

    /// <summary>The relation at a row of the relation table. Used by generated named members; apps use those.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The relation.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Relation RelationAt(int row) => relations[row];

    /// <summary>The event at a row of the event table. Used by generated named members; apps use those.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The event.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Event EventAt(int row) => events[row];

    /// <summary>The reference at a row of the reference table. Used by generated named members; apps use those.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The reference.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Reference ReferenceAt(int row) => references[row];

    /// <summary>Finds a country by ISO 3166-1 alpha-2 code, in either case.</summary>
    /// <param name="alpha2">A two-letter code such as "AZ".</param>
    /// <returns>The country, or <see langword="null"/>.</returns>
    public Country? CountryByAlpha2(ReadOnlySpan<char> alpha2) => Alpha2Row(alpha2) is var row and >= 0 ? countries[row] : null;

    /// <summary>The row of the country with this alpha-2 code (either case) through the 26×26 index, or -1.</summary>
    private int Alpha2Row(ReadOnlySpan<char> alpha2) =>
        alpha2.Length == 2 && TableLayout.Alpha2Key(alpha2[0], alpha2[1]) is var key and >= 0 ? storage[TableColumn.Alpha2Index][key] - 1 : -1;

    /// <summary>Finds a country by ISO 3166-1 alpha-3 code, in either case.</summary>
    /// <param name="alpha3">A three-letter code such as "AZE".</param>
    /// <returns>The country, or <see langword="null"/>.</returns>
    public Country? CountryByAlpha3(ReadOnlySpan<char> alpha3)
    {
        if (alpha3.Length != 3 || TableLayout.Alpha3Key(alpha3[0], alpha3[1], alpha3[2]) is not (>= 0 and var key))
        {
            return null;
        }

        var row = FindPair(storage[TableColumn.Alpha3Index], key);
        return row < 0 ? null : countries[row];
    }

    /// <summary>Finds a country by ISO 3166-1 numeric code.</summary>
    /// <param name="numeric">A code from 0 to 999, such as 31 for Azerbaijan.</param>
    /// <returns>The country, or <see langword="null"/>.</returns>
    public Country? CountryByNumeric(int numeric)
    {
        if (numeric < 0 || numeric > 999)
        {
            return null;
        }

        var row = storage[TableColumn.NumericIndex][numeric] - 1;
        return row < 0 ? null : countries[row];
    }

    /// <summary>Finds a country by id, or by an id it had before a rename (<see cref="Country.PreviousIds"/>).</summary>
    /// <param name="id">The id used in the data files, such as "azerbaijan" (or "c-te-d-ivoire", now "cote-d-ivoire").</param>
    /// <returns>The country, or <see langword="null"/>.</returns>
    public Country? CountryById(string id)
    {
        if (FindById(countries, TableColumn.CountryRecords, null, id) is { } country)
        {
            return country;
        }

        var previous = storage[TableColumn.PreviousIdIndex];
        int low = 0, high = (previous.Length / 2) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = strings.CompareOrdinal(previous[middle * 2], id);
            if (order == 0)
            {
                return countries[previous[(middle * 2) + 1]];
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    /// <summary>
    /// Finds a country by any of its names, ignoring case, accents and dashes: English (short, official, ISO, common,
    /// other), its name, short name and variant name in every CLDR locale ("Aserbaidschan", "Ivory Coast", "UK"), its
    /// codes, or its id or a previous one. The index is sorted by folded name; each probe folds the name it compares,
    /// so a lookup allocates a few short strings.
    /// </summary>
    /// <param name="name">A name such as "turkiye", "Türkei", "State of Palestine" or "USSR".</param>
    /// <param name="country">The country, when found.</param>
    /// <returns>Whether a country has that name.</returns>
    public bool TryFindCountry(string name, [NotNullWhen(true)] out Country? country)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameFolding.Fold(name);
        var index = storage[TableColumn.NameIndex];
        int low = 0, high = index.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var entry = index[middle];
            var order = string.CompareOrdinal(NameFolding.Fold(strings.Get(entry / countries.Count)), folded);
            if (order == 0)
            {
                country = countries[entry % countries.Count];
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        country = null;
        return false;
    }

    /// <summary>The relation of two countries, in either order.</summary>
    /// <param name="a">One country.</param>
    /// <param name="b">The other country.</param>
    /// <returns>The relation, or <see langword="null"/> when the dataset has none for that pair.</returns>
    public Relation? Between(Country a, Country b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var row = PairRow(a, b);
        return row < 0 ? null : relations[row];
    }

    /// <summary>The row of the relation of two countries through the pair index: integers only, no string compared.</summary>
    private int PairRow(Country a, Country b)
    {
        int rowA = RowOf(a), rowB = RowOf(b);
        return rowA < 0 || rowB < 0 || rowA == rowB ? -1 : FindPair(storage[TableColumn.PairIndex], TableLayout.PairKey(rowA, rowB, countries.Count));
    }

    /// <summary>The relations a country is part of, sorted by id.</summary>
    /// <param name="country">A country of this dataset.</param>
    /// <returns>Its relations; empty for a country of another dataset.</returns>
    public ImmutableArray<Relation> RelationsOf(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var row = RowOf(country);
        return row < 0 ? ImmutableArray<Relation>.Empty : relations.Select(Range(TableColumn.CountryRelationStarts, TableColumn.CountryRelationList, row));
    }

    /// <summary>Every relation with what the sources say of it on <paramref name="day"/>, sorted by id.</summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>Each relation's <see cref="Relation.StatusOn(CalendarDay)"/>: in force, not in force, or unknown.</returns>
    public ImmutableArray<RelationOnDay> RelationsOn(CalendarDay day)
    {
        var all = relations.All;
        var builder = ImmutableArray.CreateBuilder<RelationOnDay>(all.Length);
        foreach (var relation in all)
        {
            builder.Add(relation.StatusOn(day));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The relations the sources say were in force on <paramref name="day"/> (active or restored), sorted by id.</summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>Those relations; see <see cref="RelationsOn(CalendarDay)"/> for the unknown ones.</returns>
    public ImmutableArray<Relation> RelationsInForceOn(CalendarDay day)
    {
        var builder = ImmutableArray.CreateBuilder<Relation>();
        foreach (var relation in relations.All)
        {
            if (relation.StatusOn(day).Answer == HistoryAnswer.InForce)
            {
                builder.Add(relation);
            }
        }

        return builder.ToImmutable();
    }

#if !NETSTANDARD2_0
    /// <summary>Every relation with what the sources say of it on the date part of <paramref name="day"/>; see <see cref="RelationsOn(DateOnly)"/>.</summary>
    /// <param name="day">A day; its time of day is ignored.</param>
    /// <returns>Each relation's answer for that day.</returns>
    public ImmutableArray<RelationOnDay> RelationsOn(DateTime day) => RelationsOn(Platform.CalendarDays.FromDateTime(day));

    /// <summary>The relations in force on the date part of <paramref name="day"/>; see <see cref="RelationsInForceOn(DateOnly)"/>.</summary>
    /// <param name="day">A day; its time of day is ignored.</param>
    /// <returns>Those relations.</returns>
    public ImmutableArray<Relation> RelationsInForceOn(DateTime day) => RelationsInForceOn(Platform.CalendarDays.FromDateTime(day));
#endif

    /// <summary>Finds a relation by id.</summary>
    /// <param name="id">The id used in the data files, such as "azerbaijan-palestine".</param>
    /// <returns>The relation, or <see langword="null"/>.</returns>
    public Relation? RelationById(string id) => FindById(relations, TableColumn.RelationRecords, null, id);

    /// <summary>The events of a relation, in date order.</summary>
    /// <param name="relation">A relation of this dataset.</param>
    /// <returns>Its events.</returns>
    public ImmutableArray<Event> EventsOf(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var row = PairRow(relation.First, relation.Second);
        return row < 0 || !ReferenceEquals(relations[row], relation)
            ? ImmutableArray<Event>.Empty
            : events.Select(Range(TableColumn.RelationEventStarts, TableColumn.RelationEventList, row));
    }

    /// <summary>The events a country is involved in, in date order.</summary>
    /// <param name="country">A country of this dataset.</param>
    /// <returns>Its events.</returns>
    public ImmutableArray<Event> EventsOf(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var row = RowOf(country);
        return row < 0 ? ImmutableArray<Event>.Empty : events.Select(Range(TableColumn.CountryEventStarts, TableColumn.CountryEventList, row));
    }

    /// <summary>Finds an event by id.</summary>
    /// <param name="id">The id used in the data files.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public Event? EventById(string id) => FindById(events, TableColumn.EventRecords, TableColumn.EventIdOrder, id);

    /// <summary>Finds a reference by id.</summary>
    /// <param name="id">The id used in the data files.</param>
    /// <returns>The reference, or <see langword="null"/>.</returns>
    public Reference? ReferenceById(string id) => FindById(references, TableColumn.ReferenceRecords, null, id);

    private IntColumn Range(TableColumn startsColumn, TableColumn listColumn, int row)
    {
        var starts = storage[startsColumn];
        return storage[listColumn][starts[row]..starts[row + 1]];
    }

    /// <summary>Binary search over (key, value) pairs sorted by key; the value or -1.</summary>
    private static int FindPair(IntColumn pairs, int key)
    {
        int low = 0, high = (pairs.Length / 2) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = pairs[middle * 2];
            if (found == key)
            {
                return pairs[(middle * 2) + 1];
            }

            if (found < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private T? FindById<T>(LazyTable<T> table, TableColumn recordStarts, TableColumn? order, string id)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        var row = FindRow(storage[recordStarts], order is { } column ? storage[column] : default, id);
        return row < 0 ? null : table[row];
    }

    /// <summary>
    /// Binary search by id without materialising records: every record's id slot (TableLayout.IdSlot) holds its id's string index.
    /// Tables are sorted by id, except events, which are searched through <paramref name="order"/>.
    /// </summary>
    private int FindRow(IntColumn recordStarts, IntColumn order, string id)
    {
        var records = storage[TableColumn.Records];
        int low = 0, high = recordStarts.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var row = order.IsEmpty ? middle : order[middle];
            var comparison = strings.CompareOrdinal(records[recordStarts[row] + TableLayout.IdSlot], id);
            if (comparison == 0)
            {
                return row;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A country's row, kept by the record when it was read from this dataset: constant time, for current and former
    /// entries alike (the code indexes hold current entries only). A copy made with <c>with</c> is not of the dataset.
    /// </summary>
    private int RowOf(Country country) =>
        country.RowIn(history) is var row and >= 0 && ReferenceEquals(countries[row], country) ? row : -1;
}

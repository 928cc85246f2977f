using System.Collections.Immutable;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// Reads a dataset's successions on first use. They link countries both ways (the Soviet Union to Azerbaijan and back),
/// so a country cannot hold them when it is built; each country's lists are made once, and a predecessor's list is the
/// very records of its predecessors' <see cref="Country.Successors"/>. A country's region is read here too, when asked,
/// so that looking a country up does not build its regions and their sources.
/// </summary>
internal sealed class CountryHistory
{
    private readonly RecordDecoder decoder;

    // Paged like the record tables, so opening a dataset allocates nothing for its successions.
    private readonly LazyTable<Lists> lists;

    public CountryHistory(RecordDecoder decoder, int countryCount)
    {
        this.decoder = decoder;
        lists = new LazyTable<Lists>(countryCount, _ => new Lists());
    }

    public ImmutableArray<Succession> SuccessorsOf(Country country, int row)
    {
        var known = lists[row];
        return Once(ref known.Successors, () => ReadSuccessors(country, row));
    }

    public ImmutableArray<Succession> PredecessorsOf(Country country, int row)
    {
        var known = lists[row];
        return Once(ref known.Predecessors, () => ReadPredecessors(country, row));
    }

    private static ImmutableArray<Succession> Once(ref ImmutableArray<Succession> slot, System.Func<ImmutableArray<Succession>> read)
    {
        var known = ImmutableInterlocked.InterlockedCompareExchange(ref slot, default, default);
        if (!known.IsDefault)
        {
            return known;
        }

        var made = read();
        var previous = ImmutableInterlocked.InterlockedCompareExchange(ref slot, made, default);
        return previous.IsDefault ? made : previous;
    }

    private ImmutableArray<Succession> ReadSuccessors(Country country, int row)
    {
        var record = Open(row);
        if (!record.TryRecord<SuccessionField>(CountryField.Succession, out var succession))
        {
            return ImmutableArray<Succession>.Empty;
        }

        var kind = succession.OptionalInt(SuccessionField.Kind) is { } k ? (SuccessionKind?)k : null;
        var note = succession.OptionalString(SuccessionField.Note);
        var references = succession.Rows(SuccessionField.Citations, decoder.References);
        var rows = succession.Rows(SuccessionField.Successors, decoder.Countries);
        var builder = ImmutableArray.CreateBuilder<Succession>(rows.Length);
        foreach (var successor in rows)
        {
            builder.Add(new Succession(country, successor, country.Withdrawn, kind, note, references));
        }

        return builder.MoveToImmutable();
    }

    private ImmutableArray<Succession> ReadPredecessors(Country country, int row)
    {
        var builder = ImmutableArray.CreateBuilder<Succession>();
        foreach (var predecessor in Open(row).Rows(CountryField.Predecessors, decoder.Countries))
        {
            foreach (var succession in predecessor.Successors)
            {
                if (ReferenceEquals(succession.Successor, country))
                {
                    builder.Add(succession);
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The region the data places the country in (its innermost: a sub-region), or null.</summary>
    public Region? RegionOf(int row) => Open(row).OptionalRow(CountryField.Region, decoder.Regions);

    private RecordView<CountryField> Open(int row) => decoder.Open<CountryField>(TableColumn.CountryRecords, row);

    /// <summary>One country's two lists, each read once.</summary>
    private sealed class Lists
    {
        public ImmutableArray<Succession> Successors;
        public ImmutableArray<Succession> Predecessors;
    }
}

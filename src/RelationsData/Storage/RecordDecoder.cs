using System.Collections.Immutable;

namespace RelationsData.Storage;

/// <summary>
/// Turns record integers into domain records and keeps each table's materialised rows. The field order mirrors
/// the generator's table writer. Rows reference rows of earlier tables only (references, countries, relations, events).
/// </summary>
internal sealed class RecordDecoder
{
    private readonly DatasetStorage storage;
    private readonly StringTable strings;

    public RecordDecoder(DatasetStorage storage)
    {
        this.storage = storage;
        strings = new StringTable(storage);
        References = new LazyTable<Reference>(storage.ReferenceRecords.Length, Reference);
        Countries = new LazyTable<Country>(storage.CountryRecords.Length, Country);
        Relations = new LazyTable<Relation>(storage.RelationRecords.Length, Relation);
        Events = new LazyTable<Event>(storage.EventRecords.Length, Event);
    }

    public StringTable Strings => strings;

    public LazyTable<Reference> References { get; }

    public LazyTable<Country> Countries { get; }

    public LazyTable<Relation> Relations { get; }

    public LazyTable<Event> Events { get; }

    private Reference Reference(int row)
    {
        var r = Open(storage.ReferenceRecords[row]);
        return new Reference(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadOptionalString(), r.ReadOptionalString(), r.ReadDate(), r.ReadOptionalString());
    }

    private Country Country(int row)
    {
        var r = Open(storage.CountryRecords[row]);
        return new Country(
            Id: r.ReadString(),
            Alpha2: r.ReadString(),
            Alpha3: r.ReadString(),
            Numeric: r.ReadOptionalInt(),
            ShortName: r.ReadString(),
            OfficialName: r.ReadOptionalString(),
            IsoName: r.ReadOptionalString(),
            CommonName: r.ReadOptionalString(),
            Alpha4: r.ReadOptionalString(),
            Withdrawn: r.ReadDate(),
            OtherNames: r.ReadStrings(),
            LocalizedNames: ReadLocalizedNames(ref r),
            Memberships: ReadCitedTexts(ref r),
            Notes: ReadCitedTexts(ref r),
            References: r.ReadRows(References));
    }

    private static ImmutableArray<LocalizedName> ReadLocalizedNames(ref RecordReader r)
    {
        var count = r.ReadInt();
        var names = ImmutableArray.CreateBuilder<LocalizedName>(count);
        for (var i = 0; i < count; i++)
        {
            names.Add(new LocalizedName(r.ReadString(), r.ReadString()));
        }

        return names.MoveToImmutable();
    }

    private Relation Relation(int row)
    {
        var r = Open(storage.RelationRecords[row]);
        var id = r.ReadString();
        var first = Countries[r.ReadInt()];
        var second = Countries[r.ReadInt()];
        var names = r.ReadStrings();
        var established = r.ReadFlag() ? new Establishment(r.ReadDate(), r.ReadOptionalString(), r.ReadRows(References)) : null;

        var statuses = ImmutableArray.CreateBuilder<StatusInterval>(r.ReadInt());
        for (var i = 0; i < statuses.Capacity; i++)
        {
            statuses.Add(new StatusInterval((RelationStatus)r.ReadInt(), r.ReadDate(), r.ReadDate(), r.ReadOptionalString(), r.ReadRows(References)));
        }

        var recognitions = ImmutableArray.CreateBuilder<Recognition>(r.ReadInt());
        for (var i = 0; i < recognitions.Capacity; i++)
        {
            recognitions.Add(new Recognition(Countries[r.ReadInt()], Countries[r.ReadInt()], r.ReadDate(), r.ReadOptionalString(), r.ReadRows(References)));
        }

        var missions = ImmutableArray.CreateBuilder<Mission>(r.ReadInt());
        for (var i = 0; i < missions.Capacity; i++)
        {
            missions.Add(new Mission(
                From: Countries[r.ReadInt()],
                To: Countries[r.ReadInt()],
                Kind: (MissionKind)r.ReadInt(),
                City: r.ReadOptionalString(),
                Opened: r.ReadDate(),
                Closed: r.ReadDate(),
                AccreditedFrom: r.ReadOptionalString(),
                Note: r.ReadOptionalString(),
                References: r.ReadRows(References)));
        }

        var protectingPowers = ImmutableArray.CreateBuilder<ProtectingPower>(r.ReadInt());
        for (var i = 0; i < protectingPowers.Capacity; i++)
        {
            protectingPowers.Add(new ProtectingPower(Countries[r.ReadInt()], Countries[r.ReadInt()], Countries[r.ReadInt()], (MissionKind)r.ReadInt(), r.ReadOptionalString(), r.ReadRows(References)));
        }

        return new Relation(
            id,
            first,
            second,
            names,
            established,
            statuses.MoveToImmutable(),
            recognitions.MoveToImmutable(),
            missions.MoveToImmutable(),
            protectingPowers.MoveToImmutable(),
            Characterisations: ReadCitedTexts(ref r),
            Notes: ReadCitedTexts(ref r),
            References: r.ReadRows(References));
    }

    private Event Event(int row)
    {
        var r = Open(storage.EventRecords[row]);
        var id = r.ReadString();
        var date = r.ReadDate()!.Value;
        var kind = (EventKind)r.ReadInt();
        var title = r.ReadString();
        var summary = r.ReadString();
        var place = r.ReadOptionalString();
        var countries = r.ReadRows(Countries);
        var relations = r.ReadRows(Relations);

        var people = ImmutableArray.CreateBuilder<Participant>(r.ReadInt());
        for (var i = 0; i < people.Capacity; i++)
        {
            people.Add(new Participant(r.ReadString(), r.ReadOptionalString(), r.ReadOptionalRow(Countries)));
        }

        var vote = r.ReadFlag() ? new VoteTally(r.ReadInt(), r.ReadInt(), r.ReadInt(), r.ReadInt()) : null;
        return new Event(id, date, kind, title, summary, place, countries, relations, people.MoveToImmutable(), vote, r.ReadRows(Countries), ReadCitedTexts(ref r), r.ReadRows(References));
    }

    private RecordReader Open(int start) => new(storage.Records, start, strings);

    private ImmutableArray<CitedText> ReadCitedTexts(ref RecordReader r)
    {
        var builder = ImmutableArray.CreateBuilder<CitedText>(r.ReadInt());
        for (var i = 0; i < builder.Capacity; i++)
        {
            builder.Add(new CitedText(r.ReadString(), r.ReadRows(References)));
        }

        return builder.MoveToImmutable();
    }
}

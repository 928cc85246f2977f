using System.Collections.Immutable;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// Turns records into domain records and keeps each table's materialised rows. Fields are read by their names in
/// TableLayout (the generator's TableBuilder writes by the same names). Rows reference rows of earlier tables only
/// (references, countries, relations, events).
/// </summary>
internal sealed class RecordDecoder
{
    private readonly DatasetStorage storage;
    private readonly StringTable strings;
    private readonly LocalizedNameTable names;

    public RecordDecoder(DatasetStorage storage)
    {
        this.storage = storage;
        strings = new StringTable(storage);
        names = new LocalizedNameTable(storage, strings);
        References = new LazyTable<Reference>(storage.Count(TableColumn.ReferenceRecords), Reference);
        Regions = new LazyTable<Region>(storage.Count(TableColumn.RegionRecords), Region);
        Countries = new LazyTable<Country>(storage.Count(TableColumn.CountryRecords), Country);
        History = new CountryHistory(this, Countries.Count);
        Relations = new LazyTable<Relation>(storage.Count(TableColumn.RelationRecords), Relation);
        Events = new LazyTable<Event>(storage.Count(TableColumn.EventRecords), Event);
    }

    public StringTable Strings => strings;

    public LazyTable<Reference> References { get; }

    public LazyTable<Region> Regions { get; }

    public LazyTable<Country> Countries { get; }

    /// <summary>The succession links of <see cref="Countries"/>, and the owner that tells a country's row.</summary>
    public CountryHistory History { get; }

    public LazyTable<Relation> Relations { get; }

    public LazyTable<Event> Events { get; }

    private Reference Reference(int row)
    {
        var r = Open<ReferenceField>(TableColumn.ReferenceRecords, row);
        return new Reference(
            Id: r.String(ReferenceField.Id),
            Type: r.String(ReferenceField.Type),
            Title: r.String(ReferenceField.Title),
            ContainerTitle: r.OptionalString(ReferenceField.ContainerTitle),
            Url: r.OptionalString(ReferenceField.Url),
            Issued: r.Date(ReferenceField.Issued),
            Note: r.OptionalString(ReferenceField.Note));
    }

    private Region Region(int row)
    {
        var r = Open<RegionField>(TableColumn.RegionRecords, row);
        return new Region(
            Id: r.String(RegionField.Id),
            Code: r.String(RegionField.Code),
            Name: r.String(RegionField.Name),
            Parent: r.OptionalRow(RegionField.Parent, Regions),
            LocalizedNames: new LocalizedNameList(names, r.Int(RegionField.LocalizedNames)),
            References: r.Rows(RegionField.Citations, References))
        {
            LocalizedNamesSource = r.OptionalRow(RegionField.LocalizedNamesSource, References),
        };
    }

    private Country Country(int row)
    {
        var r = Open<CountryField>(TableColumn.CountryRecords, row);
        return new Country(
            Id: r.String(CountryField.Id),
            Alpha2: r.String(CountryField.Alpha2),
            Alpha3: r.String(CountryField.Alpha3),
            Numeric: r.OptionalInt(CountryField.Numeric),
            ShortName: r.String(CountryField.ShortName),
            OfficialName: r.OptionalString(CountryField.OfficialName),
            IsoName: r.OptionalString(CountryField.IsoName),
            CommonName: r.OptionalString(CountryField.CommonName),
            Alpha4: r.OptionalString(CountryField.Alpha4),
            Withdrawn: r.Date(CountryField.Withdrawn),
            OtherNames: r.Strings(CountryField.OtherNames),
            LocalizedNames: new LocalizedNameList(names, r.Int(CountryField.LocalizedNames)),
            Memberships: CitedTexts(r.List(CountryField.Memberships, CitedTextField.FieldCount)),
            Notes: CitedTexts(r.List(CountryField.Notes, CitedTextField.FieldCount)),
            References: r.Rows(CountryField.Citations, References))
        {
            Since = r.Date(CountryField.Since),
            PreviousIds = r.Strings(CountryField.PreviousIds),
            LocalizedShortNames = new LocalizedNameList(names, r.Int(CountryField.LocalizedShortNames)),
            LocalizedVariantNames = new LocalizedNameList(names, r.Int(CountryField.LocalizedVariantNames)),
            LocalizedNamesSource = r.OptionalRow(CountryField.LocalizedNamesSource, References),
        }.InDataset(History, row);
    }

    private Relation Relation(int row)
    {
        var r = Open<RelationField>(TableColumn.RelationRecords, row);
        return new Relation(
            Id: r.String(RelationField.Id),
            First: r.Row(RelationField.First, Countries),
            Second: r.Row(RelationField.Second, Countries),
            Names: r.Strings(RelationField.Names),
            Established: r.TryRecord<EstablishmentField>(RelationField.Established, out var e)
                ? new Establishment(e.Date(EstablishmentField.Date), e.OptionalString(EstablishmentField.Note), e.Rows(EstablishmentField.Citations, References))
                : null,
            Statuses: Statuses(r.List(RelationField.Statuses, StatusField.FieldCount)),
            Recognitions: Recognitions(r.List(RelationField.Recognitions, RecognitionField.FieldCount)),
            Missions: Missions(r.List(RelationField.Missions, MissionField.FieldCount)),
            ProtectingPowers: ProtectingPowers(r.List(RelationField.ProtectingPowers, ProtectingPowerField.FieldCount)),
            Characterisations: CitedTexts(r.List(RelationField.Characterisations, CitedTextField.FieldCount)),
            Notes: CitedTexts(r.List(RelationField.Notes, CitedTextField.FieldCount)),
            References: r.Rows(RelationField.Citations, References));
    }

    private ImmutableArray<StatusInterval> Statuses(ListView<StatusField> list) => Decode<StatusField, StatusInterval, StatusDecoder>(list);

    private ImmutableArray<Recognition> Recognitions(ListView<RecognitionField> list) => Decode<RecognitionField, Recognition, RecognitionDecoder>(list);

    private ImmutableArray<Mission> Missions(ListView<MissionField> list) => Decode<MissionField, Mission, MissionDecoder>(list);

    private ImmutableArray<ProtectingPower> ProtectingPowers(ListView<ProtectingPowerField> list) => Decode<ProtectingPowerField, ProtectingPower, ProtectingPowerDecoder>(list);

    private Event Event(int row)
    {
        var r = Open<EventField>(TableColumn.EventRecords, row);
        return new Event(
            Id: r.String(EventField.Id),
            Date: r.Date(EventField.Date)!.Value,
            Kind: (EventKind)r.Int(EventField.Kind),
            Title: r.String(EventField.Title),
            Summary: r.String(EventField.Summary),
            Place: r.OptionalString(EventField.Place),
            Countries: r.Rows(EventField.Countries, Countries),
            Relations: r.Rows(EventField.Relations, Relations),
            People: People(r.List(EventField.People, ParticipantField.FieldCount)),
            Vote: r.TryRecord<VoteField>(EventField.Vote, out var v)
                ? new VoteTally(v.Int(VoteField.InFavour), v.Int(VoteField.Against), v.Int(VoteField.Abstentions), v.Int(VoteField.Absent))
                : null,
            Drafters: r.Rows(EventField.Drafters, Countries),
            Notes: CitedTexts(r.List(EventField.Notes, CitedTextField.FieldCount)),
            References: r.Rows(EventField.Citations, References));
    }

    private ImmutableArray<Participant> People(ListView<ParticipantField> list) => Decode<ParticipantField, Participant, ParticipantDecoder>(list);

    private ImmutableArray<CitedText> CitedTexts(ListView<CitedTextField> list) => Decode<CitedTextField, CitedText, CitedTextDecoder>(list);

    /// <summary>
    /// Decodes every item of a list. The item decoder is a struct type argument, not a delegate: the JIT specialises
    /// the loop for it and nothing is allocated for it, not even once.
    /// </summary>
    private ImmutableArray<T> Decode<TItem, T, TDecoder>(ListView<TItem> list)
        where TItem : unmanaged, System.Enum
        where TDecoder : struct, IItemDecoder<TItem, T>
    {
        var items = ImmutableArray.CreateBuilder<T>(list.Count);
        for (var i = 0; i < items.Capacity; i++)
        {
            items.Add(default(TDecoder).Decode(list[i], this));
        }

        return items.MoveToImmutable();
    }

    public RecordView<TField> Open<TField>(TableColumn recordStarts, int row)
        where TField : unmanaged, System.Enum =>
        new(storage[TableColumn.Records], strings, storage[recordStarts][row]);

    /// <summary>Decodes one list item (an interface: a ref struct cannot be a generic argument of Func).</summary>
    private interface IItemDecoder<TItem, T>
        where TItem : unmanaged, System.Enum
    {
        T Decode(RecordView<TItem> item, RecordDecoder decoder);
    }

    private readonly struct StatusDecoder : IItemDecoder<StatusField, StatusInterval>
    {
        public StatusInterval Decode(RecordView<StatusField> s, RecordDecoder decoder) =>
            new StatusInterval(
                Status: (RelationStatus)s.Int(StatusField.Status),
                From: s.Date(StatusField.From),
                To: s.Date(StatusField.To),
                Note: s.OptionalString(StatusField.Note),
                References: s.Rows(StatusField.Citations, decoder.References))
            {
                EndUnknown = s.Int(StatusField.EndUnknown) != 0,
            };
    }

    private readonly struct RecognitionDecoder : IItemDecoder<RecognitionField, Recognition>
    {
        public Recognition Decode(RecordView<RecognitionField> g, RecordDecoder decoder) =>
            new Recognition(
                By: g.Row(RecognitionField.By, decoder.Countries),
                Of: g.Row(RecognitionField.Of, decoder.Countries),
                Date: g.Date(RecognitionField.Date),
                Note: g.OptionalString(RecognitionField.Note),
                References: g.Rows(RecognitionField.Citations, decoder.References));
    }

    private readonly struct MissionDecoder : IItemDecoder<MissionField, Mission>
    {
        public Mission Decode(RecordView<MissionField> m, RecordDecoder decoder) =>
            new Mission(
                From: m.Row(MissionField.From, decoder.Countries),
                To: m.Row(MissionField.To, decoder.Countries),
                Kind: (MissionKind)m.Int(MissionField.Kind),
                City: m.OptionalString(MissionField.City),
                Opened: m.Date(MissionField.Opened),
                Closed: m.Date(MissionField.Closed),
                AccreditedFrom: m.OptionalString(MissionField.AccreditedFrom),
                Note: m.OptionalString(MissionField.Note),
                References: m.Rows(MissionField.Citations, decoder.References));
    }

    private readonly struct ProtectingPowerDecoder : IItemDecoder<ProtectingPowerField, ProtectingPower>
    {
        public ProtectingPower Decode(RecordView<ProtectingPowerField> p, RecordDecoder decoder) =>
            new ProtectingPower(
                Protector: p.Row(ProtectingPowerField.Protector, decoder.Countries),
                Protected: p.Row(ProtectingPowerField.Protected, decoder.Countries),
                Host: p.Row(ProtectingPowerField.Host, decoder.Countries),
                Via: (MissionKind)p.Int(ProtectingPowerField.Via),
                City: p.OptionalString(ProtectingPowerField.City),
                References: p.Rows(ProtectingPowerField.Citations, decoder.References));
    }

    private readonly struct ParticipantDecoder : IItemDecoder<ParticipantField, Participant>
    {
        public Participant Decode(RecordView<ParticipantField> p, RecordDecoder decoder) =>
            new Participant(p.String(ParticipantField.Name), p.OptionalString(ParticipantField.Role), p.OptionalRow(ParticipantField.Country, decoder.Countries));
    }

    private readonly struct CitedTextDecoder : IItemDecoder<CitedTextField, CitedText>
    {
        public CitedText Decode(RecordView<CitedTextField> t, RecordDecoder decoder) =>
            new CitedText(t.String(CitedTextField.Text), t.Rows(CitedTextField.Citations, decoder.References));
    }
}

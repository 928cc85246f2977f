using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Tables;

/// <summary>
/// The Tables stage: lays the linked dataset out as the columns of TableLayout, one string table and the named
/// members. Three steps, each consuming the one before: records and every string (RecordWriter, frozen on return),
/// then integer-only indexes, then named members with their documentation.
/// </summary>
internal sealed class TableBuilder
{
    private readonly LinkedDataset dataset;
    private readonly Dictionary<string, int> countryRows;
    private readonly Dictionary<string, int> relationRows;
    private readonly Dictionary<string, int> referenceRows;
    private readonly Dictionary<string, int> regionRows;
    private readonly Dictionary<string, List<int>> predecessorRows;
    private readonly List<int> localizedNameLists = new();
    private readonly Dictionary<string, int> cultureNumbers;

    private TableBuilder(LinkedDataset dataset)
    {
        this.dataset = dataset;
        countryRows = Rows(dataset.Countries, c => c.Id.Value);
        relationRows = Rows(dataset.Relations, r => r.Id.Value);
        referenceRows = Rows(dataset.References, r => r.Id.Value);
        regionRows = Rows(dataset.Regions, r => r.Id.Value);
        cultureNumbers = dataset.Countries
            .SelectMany(c => c.Spec.LocalizedNames.Concat(c.Spec.LocalizedShortNames).Concat(c.Spec.LocalizedVariantNames).Select(n => n.Culture))
            .Concat(dataset.Regions.SelectMany(r => r.Spec.LocalizedNames.Select(n => n.Culture)))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(culture => culture, StringComparer.Ordinal)
            .Select((culture, number) => (culture, number))
            .ToDictionary(c => c.culture, c => c.number, StringComparer.Ordinal);
        predecessorRows = Enumerable.Range(0, dataset.Countries.Count)
            .SelectMany(row => (dataset.Countries[row].Spec.Succession?.Successors ?? default).Select(successor => (Successor: successor.Value, Row: row)))
            .GroupBy(link => link.Successor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(link => link.Row).Distinct().ToList(), StringComparer.Ordinal);
    }

    /// <param name="dataset">The linked dataset.</param>
    /// <param name="namedMemberLimit">The limit the dataset was linked with: the linker names no record of a kind over it.</param>
    /// <param name="cancellationToken">Stops the layout between its steps.</param>
    /// <param name="indexesOnSecondThread">
    /// Builds the indexes (which read only the linked dataset) on a thread-pool thread while this one writes the records:
    /// the build step asks for it, on a core that is otherwise idle then; the generator keeps to the compiler's thread.
    /// The tables are the same either way.
    /// </param>
    public static DatasetTables Build(LinkedDataset dataset, int namedMemberLimit, CancellationToken cancellationToken, bool indexesOnSecondThread = false) =>
        new TableBuilder(dataset).Build(namedMemberLimit, indexesOnSecondThread, cancellationToken);

    private static Dictionary<string, int> Rows<T>(EquatableArray<Named<T>> table, Func<T, string> id)
        where T : class
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            rows[id(table[row].Spec)] = row;
        }

        return rows;
    }

    private DatasetTables Build(int namedMemberLimit, bool indexesOnSecondThread, CancellationToken cancellationToken)
    {
        var indexes = indexesOnSecondThread ? Task.Run(() => Indexes(cancellationToken), cancellationToken) : null;

        // 1. Everything that adds a string, inside the writer's scope.
        var written = RecordWriter.Write(writer =>
        {
            var columns = new ColumnSet()
                .Add(TableColumn.ReferenceRecords, dataset.References.Select(r => WriteReference(writer, r.Spec)).ToEquatableArray())
                .Add(TableColumn.RegionRecords, dataset.Regions.Select(r => WriteRegion(writer, r.Spec)).ToEquatableArray())
                .Add(TableColumn.CountryRecords, dataset.Countries.Select(c => WriteCountry(writer, c.Spec)).ToEquatableArray())
                .Add(TableColumn.LocalizedNameLists, localizedNameLists.ToEquatableArray())
                .Add(TableColumn.Cultures, cultureNumbers.OrderBy(c => c.Value).Select(c => writer.String(c.Key)).ToEquatableArray());
            cancellationToken.ThrowIfCancellationRequested();
            columns.Add(TableColumn.RelationRecords, dataset.Relations.Select(r => WriteRelation(writer, r.Spec)).ToEquatableArray());
            cancellationToken.ThrowIfCancellationRequested();
            columns.Add(TableColumn.EventRecords, dataset.Events.Select(e => WriteEvent(writer, e.Spec)).ToEquatableArray());
            cancellationToken.ThrowIfCancellationRequested();
            return columns.Add(TableColumn.NameIndex, NameIndex(writer)).Add(TableColumn.PreviousIdIndex, PreviousIdIndex(writer));
        });

        // 2. Integer-only columns: the strings' places, then the indexes.
        var stringLengths = StringLengths(written.Strings);
        var columns = written.Result
            .Add(TableColumn.StringOffsets, StringOffsets(stringLengths))
            .Add(TableColumn.StringLengths, stringLengths)
            .Add(TableColumn.Records, written.Records);
        foreach (var (column, values) in indexes?.GetAwaiter().GetResult() ?? Indexes(cancellationToken))
        {
            columns.Add(column, values);
        }

        // 3. Named members and their IntelliSense text; a kind over the limit gets none, and says so.
        var countries = NamedKind.Of("Countries", dataset.Countries, namedMemberLimit, () => WithFormerNames(Documentation.Members(dataset.Countries, Documentation.Country, dataset)));
        var relations = NamedKind.Of("Relations", dataset.Relations, namedMemberLimit, () => Documentation.Members(dataset.Relations, Documentation.Relations(dataset), dataset));
        var events = NamedKind.Of("Events", dataset.Events, namedMemberLimit, () => Documentation.Members(dataset.Events, Documentation.Event, dataset));
        var references = NamedKind.Of("References", dataset.References, namedMemberLimit, () => Documentation.Members(dataset.References, Documentation.Reference, dataset));
        var regions = NamedKind.Of("Regions", dataset.Regions, namedMemberLimit, () => Documentation.Members(dataset.Regions, Documentation.Region, dataset));

        return new DatasetTables(
            written.Strings,
            columns.ToColumns(),
            countries.Members,
            relations.Members,
            events.Members,
            references.Members,
            new[] { countries.Omitted, relations.Omitted, events.Omitted, references.Omitted, regions.Omitted }.OfType<UnnamedKind>().ToEquatableArray(),
            Keys(countries.Omitted is null, relations.Omitted is null, events.Omitted is null, references.Omitted is null))
        {
            Regions = regions.Members,
        };
    }

    /// <summary>The columns that hold rows and keys only: code, pair and id indexes and the groupings of rows by owner.</summary>
    private List<(TableColumn Column, EquatableArray<int> Values)> Indexes(CancellationToken cancellationToken)
    {
        var (countryRelationStarts, countryRelationList) = Group(dataset.Countries.Count, dataset.Relations.Select(r => new[] { countryRows[r.Spec.First.Value], countryRows[r.Spec.Second.Value] }).ToList());
        var (relationEventStarts, relationEventList) = Group(dataset.Relations.Count, dataset.Events.Select(e => RelationRowsOf(e.Spec)).ToList());
        cancellationToken.ThrowIfCancellationRequested();
        var (countryEventStarts, countryEventList) = Group(dataset.Countries.Count, dataset.Events.Select(e => CountryRowsOf(e.Spec)).ToList());
        var (regionCountryStarts, regionCountryList) = Group(dataset.Regions.Count, dataset.Countries.Select(c => RegionRowsOf(c.Spec).ToArray()).ToList());
        cancellationToken.ThrowIfCancellationRequested();
        return new()
        {
            (TableColumn.Alpha2Index, Alpha2Index()),
            (TableColumn.Alpha3Index, Pairs(CurrentRows().Select(row => (Alpha3Key(dataset.Countries[row].Spec.Alpha3.Value), row)))),
            (TableColumn.NumericIndex, NumericIndex()),
            (TableColumn.PairIndex, Pairs(dataset.Relations.Select((r, row) => (TableLayout.PairKey(countryRows[r.Spec.First.Value], countryRows[r.Spec.Second.Value], dataset.Countries.Count), row)))),
            (TableColumn.CountryRelationStarts, countryRelationStarts),
            (TableColumn.CountryRelationList, countryRelationList),
            (TableColumn.RelationEventStarts, relationEventStarts),
            (TableColumn.RelationEventList, relationEventList),
            (TableColumn.CountryEventStarts, countryEventStarts),
            (TableColumn.CountryEventList, countryEventList),
            (TableColumn.RegionCountryStarts, regionCountryStarts),
            (TableColumn.RegionCountryList, regionCountryList),
            (TableColumn.EventIdOrder, Enumerable.Range(0, dataset.Events.Count).OrderBy(row => dataset.Events[row].Spec.Id.Value, StringComparer.Ordinal).ToEquatableArray()),
        };
    }

    /// <summary>The rows of a country's region and of every region that region is within (the linker ruled out cycles).</summary>
    private IEnumerable<int> RegionRowsOf(CountrySpec country)
    {
        for (var region = country.Region?.Value; region is not null && regionRows.TryGetValue(region, out var row); region = dataset.Regions[row].Spec.Parent?.Value)
        {
            yield return row;
        }
    }

    /// <summary>The keys of each kind that has named members (the constants and the analyzer's key table).</summary>
    private DatasetKeys Keys(bool countries, bool relations, bool events, bool references) => new(
        countries
            ? dataset.Countries.Select(c => new CountryKey(
                c.Spec.Id.Value,
                c.MemberName,
                c.Spec.Alpha2.Value,
                c.Spec.Alpha3.Value,
                c.Spec.Numeric,
                c.Spec.Alpha4?.Value,
                c.Spec.ShortName,
                c.Spec.SearchNames.Where(n => n.Own).Select(n => n.Folded).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
                c.Spec.SearchNames.Where(n => !n.Own).Select(n => n.Folded).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
                c.Spec.PreviousIds.Select(p => p.Value).ToEquatableArray())).ToEquatableArray()
            : default,
        relations ? dataset.Relations.Select(r => new RelationKey(r.Spec.Id.Value, r.MemberName, r.Spec.First.Value, r.Spec.Second.Value)).ToEquatableArray() : default,
        events ? dataset.Events.Select(e => new RecordKey(e.Spec.Id.Value, e.MemberName)).ToEquatableArray() : default,
        references ? dataset.References.Select(r => new RecordKey(r.Spec.Id.Value, r.MemberName)).ToEquatableArray() : default);

    /// <summary>
    /// Each renamed country's former members (from its previous ids), unless a current member has that name: code written
    /// against an earlier version keeps compiling, with an obsolete warning that names the new member.
    /// </summary>
    private EquatableArray<NamedMember> WithFormerNames(EquatableArray<NamedMember> members)
    {
        var taken = new HashSet<string>(members.Select(m => m.Name), StringComparer.Ordinal);
        return members.Select(member => dataset.Countries[member.Row].Spec.PreviousIds.Count == 0
            ? member
            : member with
            {
                FormerNames = dataset.Countries[member.Row].Spec.PreviousIds
                    .Select(p => Linking.MemberNames.FromId(p.Value))
                    .Where(name => name != member.Name && taken.Add(name))
                    .ToEquatableArray(),
            }).ToEquatableArray();
    }

    /// <summary>The rows of the relations an event is about, each once, in the order first named.</summary>
    [MethodImpl(HotPath.Optimized)]
    private int[] RelationRowsOf(EventSpec e)
    {
        var rows = new DistinctRows(e.Relations.Count);
        foreach (var relation in e.Relations)
        {
            rows.Add(relationRows[relation.Value]);
        }

        return rows.ToArray();
    }

    /// <summary>The rows of the countries an event involves, each once: those listed, the drafters, and the people's countries.</summary>
    [MethodImpl(HotPath.Optimized)]
    private int[] CountryRowsOf(EventSpec e)
    {
        var rows = new DistinctRows(e.Countries.Count + e.Drafters.Count + e.People.Count);
        foreach (var country in e.Countries)
        {
            rows.Add(countryRows[country.Value]);
        }

        foreach (var drafter in e.Drafters)
        {
            rows.Add(countryRows[drafter.Value]);
        }

        foreach (var person in e.People)
        {
            if (person.Country is { } country)
            {
                rows.Add(countryRows[country.Value]);
            }
        }

        return rows.ToArray();
    }

    private static int Alpha3Key(string code) => TableLayout.Alpha3Key(code[0], code[1], code[2]);

    /// <summary>Each string's length in UTF-8 bytes (TableColumn.StringLengths).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static EquatableArray<int> StringLengths(EquatableArray<string> strings)
    {
        var lengths = new int[strings.Count];
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = Encoding.UTF8.GetByteCount(strings[i]);
        }

        return new EquatableArray<int>(ImmutableArray.Create(lengths));
    }

    /// <summary>Where every StringBlock-th string starts, then the blob's length (TableColumn.StringOffsets).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static EquatableArray<int> StringOffsets(EquatableArray<int> lengths)
    {
        var offsets = new List<int>((lengths.Count / TableLayout.StringBlock) + 2);
        var position = 0;
        for (var i = 0; i < lengths.Count; i++)
        {
            if (i % TableLayout.StringBlock == 0)
            {
                offsets.Add(position);
            }

            position += lengths[i];
        }

        offsets.Add(position);
        return offsets.ToEquatableArray();
    }

    private EquatableArray<int> Alpha2Index()
    {
        var index = new int[26 * 26];
        foreach (var row in CurrentRows())
        {
            var code = dataset.Countries[row].Spec.Alpha2.Value;
            index[TableLayout.Alpha2Key(code[0], code[1])] = row + 1;
        }

        return index.ToEquatableArray();
    }

    private EquatableArray<int> NumericIndex()
    {
        var index = new int[1000];
        foreach (var row in CurrentRows())
        {
            if (dataset.Countries[row].Spec.Numeric >= 0)
            {
                index[dataset.Countries[row].Spec.Numeric] = row + 1;
            }
        }

        return index.ToEquatableArray();
    }

    /// <summary>The rows of current countries: the code indexes hold only these (a former entry's codes may be reused).</summary>
    private IEnumerable<int> CurrentRows() => Enumerable.Range(0, dataset.Countries.Count).Where(row => dataset.Countries[row].Spec.Alpha4 is null);

    /// <summary>The previous ids of renamed countries, sorted ordinally, each to its country.</summary>
    private EquatableArray<int> PreviousIdIndex(RecordWriter writer)
    {
        var pairs = new List<int>();
        foreach (var (previous, row) in Enumerable.Range(0, dataset.Countries.Count)
            .SelectMany(row => dataset.Countries[row].Spec.PreviousIds.Select(p => (p.Value, row)))
            .OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            pairs.Add(writer.String(previous));
            pairs.Add(row);
        }

        return pairs.ToEquatableArray();
    }

    /// <summary>
    /// Names, sorted by their folded form, ordinally, each to its country. A name shared by two countries finds a current
    /// one before a former one ("East Timor": Timor-Leste, by CLDR's variant name, not the former entry), then by its own
    /// names before names in other languages, then the first by id.
    /// </summary>
    private EquatableArray<int> NameIndex(RecordWriter writer)
    {
        // First come, first kept: a hash map filled in priority order, sorted once at the end.
        var byName = new Dictionary<string, (int Row, string Name)>(StringComparer.Ordinal);
        var current = CurrentRows().ToList();
        var former = Enumerable.Range(0, dataset.Countries.Count).Except(current).ToList();
        foreach (var rows in new[] { current, former })
        {
            foreach (var own in new[] { true, false })
            {
                foreach (var row in rows)
                {
                    foreach (var name in dataset.Countries[row].Spec.SearchNames.Where(n => n.Own == own))
                    {
                        if (!byName.ContainsKey(name.Folded))
                        {
                            byName.Add(name.Folded, (row, name.Name));
                        }
                    }
                }
            }
        }

        var pairs = new List<int>(byName.Count);
        foreach (var entry in byName.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value))
        {
            pairs.Add(TableLayout.Pack(writer.String(entry.Name), entry.Row, dataset.Countries.Count));
        }

        return pairs.ToEquatableArray();
    }

    private static EquatableArray<int> Pairs(IEnumerable<(int Key, int Row)> pairs) =>
        pairs.OrderBy(p => p.Key).SelectMany(p => new[] { p.Key, p.Row }).ToEquatableArray();

    /// <summary>
    /// A compressed-row grouping: for each owner row, the member rows (in member order) that name it. Counted first, then
    /// filled in place: no list per owner.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static (EquatableArray<int> Starts, EquatableArray<int> List) Group(int ownerCount, IReadOnlyList<int[]> ownersOfEachMember)
    {
        var starts = new int[ownerCount + 1];
        for (var member = 0; member < ownersOfEachMember.Count; member++)
        {
            foreach (var owner in ownersOfEachMember[member])
            {
                starts[owner + 1]++;
            }
        }

        for (var owner = 0; owner < ownerCount; owner++)
        {
            starts[owner + 1] += starts[owner];
        }

        var list = new int[starts[ownerCount]];
        var next = (int[])starts.Clone();
        for (var member = 0; member < ownersOfEachMember.Count; member++)
        {
            foreach (var owner in ownersOfEachMember[member])
            {
                list[next[owner]++] = member;
            }
        }

        return (new EquatableArray<int>(ImmutableArray.Create(starts)), new EquatableArray<int>(ImmutableArray.Create(list)));
    }

    private int WriteReference(RecordWriter w, ReferenceSpec r) =>
        w.Record(ReferenceField.FieldCount)
            .Set(ReferenceField.Id, w.String(r.Id.Value))
            .Set(ReferenceField.Type, w.String(r.Type))
            .Set(ReferenceField.Title, w.String(r.Title))
            .Set(ReferenceField.ContainerTitle, w.Optional(r.ContainerTitle))
            .Set(ReferenceField.Url, w.Optional(r.Url))
            .Set(ReferenceField.Issued, r.Issued)
            .Set(ReferenceField.Note, w.Optional(r.Note))
            .Start;

    private int WriteRegion(RecordWriter w, RegionSpec r) =>
        w.Record(RegionField.FieldCount)
            .Set(RegionField.Id, w.String(r.Id.Value))
            .Set(RegionField.Code, w.String(r.Code.Value))
            .Set(RegionField.Name, w.String(r.Name))
            .Set(RegionField.Parent, r.Parent is { } parent ? regionRows[parent.Value] : BlobFormat.Absent)
            .Set(RegionField.LocalizedNames, LocalizedNameList(w, r.LocalizedNames))
            .Set(RegionField.LocalizedNamesSource, r.LocalizedNamesSource is { } source ? referenceRows[source.Value] : BlobFormat.Absent)
            .Set(RegionField.Citations, Citations(w, r.Citations))
            .Start;

    [MethodImpl(HotPath.Optimized)]
    private int WriteCountry(RecordWriter w, CountrySpec c)
    {
        var record = w.Record(CountryField.FieldCount)
            .Set(CountryField.Id, w.String(c.Id.Value))
            .Set(CountryField.Alpha2, w.String(c.Alpha2.Value))
            .Set(CountryField.Alpha3, w.String(c.Alpha3.Value))
            .Set(CountryField.Numeric, c.Numeric)
            .Set(CountryField.ShortName, w.String(c.ShortName))
            .Set(CountryField.OfficialName, w.Optional(c.OfficialName))
            .Set(CountryField.IsoName, w.Optional(c.IsoName))
            .Set(CountryField.CommonName, w.Optional(c.CommonName))
            .Set(CountryField.Alpha4, w.Optional(c.Alpha4?.Value))
            .Set(CountryField.Withdrawn, c.Withdrawn);
        record
            .Set(CountryField.OtherNames, Strings(w, c.OtherNames))
            .Set(CountryField.LocalizedNames, LocalizedNameList(w, c.LocalizedNames))
            .Set(CountryField.LocalizedShortNames, LocalizedNameList(w, c.LocalizedShortNames))
            .Set(CountryField.LocalizedVariantNames, LocalizedNameList(w, c.LocalizedVariantNames))
            .Set(CountryField.LocalizedNamesSource, c.LocalizedNamesSource is { } source ? referenceRows[source.Value] : BlobFormat.Absent)
            .Set(CountryField.PreviousIds, Strings(w, c.PreviousIds.Select(p => p.Value).ToEquatableArray()))
            .Set(CountryField.Memberships, CitedTexts(w, c.Memberships))
            .Set(CountryField.Notes, CitedTexts(w, c.Notes))
            .Set(CountryField.Citations, Citations(w, c.Citations))
            .Set(CountryField.Since, c.Since)
            .Set(CountryField.Predecessors, w.Values(Predecessors(c.Id.Value)))
            .Set(CountryField.Region, c.Region is { } region ? regionRows[region.Value] : BlobFormat.Absent);
        if (c.Succession is { } succession)
        {
            var written = w.Record(SuccessionField.FieldCount)
                .Set(SuccessionField.Successors, RowList(w, succession.Successors, countryRows))
                .Set(SuccessionField.Kind, succession.Kind)
                .Set(SuccessionField.Note, w.Optional(succession.Note))
                .Set(SuccessionField.Citations, Citations(w, succession.Citations));
            record.Set(CountryField.Succession, written.Start);
        }

        return record.Start;
    }

    /// <summary>
    /// Appends names to the LocalizedNameLists column, sorted by culture name ordinally (the parser's order), as NameIn
    /// binary-searches them; where the list starts, or BlobFormat.Absent for none.
    /// </summary>
    private int LocalizedNameList(RecordWriter w, EquatableArray<LocalizedNameSpec> names)
    {
        if (names.Count == 0)
        {
            return BlobFormat.Absent;
        }

        var start = localizedNameLists.Count;
        localizedNameLists.Add(names.Count);
        foreach (var name in names)
        {
            localizedNameLists.Add(TableLayout.Pack(w.String(name.Name), cultureNumbers[name.Culture], cultureNumbers.Count));
        }

        return start;
    }

    /// <summary>The rows of the former entries that name <paramref name="countryId"/> as a successor, in row order.</summary>
    private IReadOnlyList<int> Predecessors(string countryId) =>
        predecessorRows.TryGetValue(countryId, out var rows) ? rows : Array.Empty<int>();

    [MethodImpl(HotPath.Optimized)]
    private int WriteRelation(RecordWriter w, RelationSpec r)
    {
        var (first, second) = string.CompareOrdinal(r.First.Value, r.Second.Value) < 0 ? (r.First, r.Second) : (r.Second, r.First);
        var record = w.Record(RelationField.FieldCount)
            .Set(RelationField.Id, w.String(r.Id.Value))
            .Set(RelationField.First, countryRows[first.Value])
            .Set(RelationField.Second, countryRows[second.Value])
            .Set(RelationField.Names, Strings(w, r.Names));
        if (r.Established is { } established)
        {
            var establishment = w.Record(EstablishmentField.FieldCount)
                .Set(EstablishmentField.Date, established.Date)
                .Set(EstablishmentField.Note, w.Optional(established.Note))
                .Set(EstablishmentField.Citations, Citations(w, established.Citations));
            record.Set(RelationField.Established, establishment.Start);
        }

        record
            .Set(RelationField.Statuses, w.List(r.Statuses, StatusField.FieldCount, (item, s) => item
                .Set(StatusField.Status, s.Status)
                .Set(StatusField.From, s.From)
                .Set(StatusField.To, s.To)
                .Set(StatusField.EndUnknown, s.EndUnknown ? 1 : 0)
                .Set(StatusField.Note, w.Optional(s.Note))
                .Set(StatusField.Citations, Citations(w, s.Citations))))
            .Set(RelationField.Recognitions, w.List(r.Recognitions, RecognitionField.FieldCount, (item, g) => item
                .Set(RecognitionField.By, countryRows[g.By.Value])
                .Set(RecognitionField.Of, countryRows[g.Of.Value])
                .Set(RecognitionField.Date, g.Date)
                .Set(RecognitionField.Note, w.Optional(g.Note))
                .Set(RecognitionField.Citations, Citations(w, g.Citations))))
            .Set(RelationField.Missions, w.List(r.Missions, MissionField.FieldCount, (item, m) => item
                .Set(MissionField.From, countryRows[m.From.Value])
                .Set(MissionField.To, countryRows[m.To.Value])
                .Set(MissionField.Kind, m.Kind)
                .Set(MissionField.City, w.Optional(m.City))
                .Set(MissionField.Opened, m.Opened)
                .Set(MissionField.Closed, m.Closed)
                .Set(MissionField.AccreditedFrom, w.Optional(m.AccreditedFrom))
                .Set(MissionField.Note, w.Optional(m.Note))
                .Set(MissionField.Citations, Citations(w, m.Citations))))
            .Set(RelationField.ProtectingPowers, w.List(r.ProtectingPowers, ProtectingPowerField.FieldCount, (item, p) => item
                .Set(ProtectingPowerField.Protector, countryRows[p.Protector.Value])
                .Set(ProtectingPowerField.Protected, countryRows[p.Protected.Value])
                .Set(ProtectingPowerField.Host, countryRows[p.Host.Value])
                .Set(ProtectingPowerField.Via, p.Via)
                .Set(ProtectingPowerField.City, w.Optional(p.City))
                .Set(ProtectingPowerField.Citations, Citations(w, p.Citations))))
            .Set(RelationField.Characterisations, CitedTexts(w, r.Characterisations))
            .Set(RelationField.Notes, CitedTexts(w, r.Notes))
            .Set(RelationField.Citations, Citations(w, r.Citations));
        return record.Start;
    }

    [MethodImpl(HotPath.Optimized)]
    private int WriteEvent(RecordWriter w, EventSpec e)
    {
        var record = w.Record(EventField.FieldCount)
            .Set(EventField.Id, w.String(e.Id.Value))
            .Set(EventField.Date, e.Date)
            .Set(EventField.Kind, e.Kind)
            .Set(EventField.Title, w.String(e.Title))
            .Set(EventField.Summary, w.String(e.Summary))
            .Set(EventField.Place, w.Optional(e.Place))
            .Set(EventField.Countries, RowList(w, e.Countries, countryRows))
            .Set(EventField.Relations, RowList(w, e.Relations, relationRows))
            .Set(EventField.People, w.List(e.People, ParticipantField.FieldCount, (item, p) => item
                .Set(ParticipantField.Name, w.String(p.Name))
                .Set(ParticipantField.Role, w.Optional(p.Role))
                .Set(ParticipantField.Country, p.Country is null ? BlobFormat.Absent : countryRows[p.Country.Value])));
        if (e.Vote is { } vote)
        {
            var tally = w.Record(VoteField.FieldCount)
                .Set(VoteField.InFavour, vote.InFavour)
                .Set(VoteField.Against, vote.Against)
                .Set(VoteField.Abstentions, vote.Abstentions)
                .Set(VoteField.Absent, vote.Absent);
            record.Set(EventField.Vote, tally.Start);
        }

        record
            .Set(EventField.Drafters, RowList(w, e.Drafters, countryRows))
            .Set(EventField.Notes, CitedTexts(w, e.Notes))
            .Set(EventField.Citations, Citations(w, e.Citations));
        return record.Start;
    }

    [MethodImpl(HotPath.Optimized)]
    private static int Strings(RecordWriter w, EquatableArray<string> values)
    {
        var indexes = values.Count == 0 ? Array.Empty<int>() : new int[values.Count];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = w.String(values[i]);
        }

        return w.Values(indexes);
    }

    [MethodImpl(HotPath.Optimized)]
    private static int RowList(RecordWriter w, EquatableArray<LocatedString> ids, Dictionary<string, int> rows)
    {
        var rowList = ids.Count == 0 ? Array.Empty<int>() : new int[ids.Count];
        for (var i = 0; i < rowList.Length; i++)
        {
            rowList[i] = rows[ids[i].Value];
        }

        return w.Values(rowList);
    }

    private int Citations(RecordWriter w, EquatableArray<LocatedString> citations) => RowList(w, citations, referenceRows);

    private int CitedTexts(RecordWriter w, EquatableArray<CitedTextSpec> texts) =>
        w.List(texts, CitedTextField.FieldCount, (item, text) => item
            .Set(CitedTextField.Text, w.String(text.Text))
            .Set(CitedTextField.Citations, Citations(w, text.Citations)));
}

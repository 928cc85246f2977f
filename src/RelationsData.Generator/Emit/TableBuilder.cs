using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Lays the linked dataset out as integer columns and one string table. The field order of every record
/// here is the order RecordDecoder in the library reads; change both together and bump BlobFormat.Version.
/// </summary>
internal sealed class TableBuilder
{
    private readonly LinkedDataset dataset;
    private readonly Dictionary<string, int> stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> strings = new();
    private readonly List<int> records = new();
    private readonly Dictionary<string, int> countryRows;
    private readonly Dictionary<string, int> relationRows;
    private readonly Dictionary<string, int> referenceRows;

    private readonly int namedMemberLimit;
    private readonly List<UnnamedKind> unnamedKinds = new();

    private TableBuilder(LinkedDataset dataset, int namedMemberLimit)
    {
        this.dataset = dataset;
        this.namedMemberLimit = namedMemberLimit;
        countryRows = Rows(dataset.Countries, c => c.Id.Value);
        relationRows = Rows(dataset.Relations, r => r.Id.Value);
        referenceRows = Rows(dataset.References, r => r.Id.Value);
    }

    public static DatasetTables Build(LinkedDataset dataset, int namedMemberLimit, CancellationToken cancellationToken) =>
        new TableBuilder(dataset, namedMemberLimit).Build(cancellationToken);

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

    private DatasetTables Build(CancellationToken cancellationToken)
    {
        var referenceRecords = dataset.References.Select(r => WriteReference(r.Spec)).ToEquatableArray();
        var countryRecords = dataset.Countries.Select(c => WriteCountry(c.Spec)).ToEquatableArray();
        cancellationToken.ThrowIfCancellationRequested();
        var relationRecords = dataset.Relations.Select(r => WriteRelation(r.Spec)).ToEquatableArray();
        cancellationToken.ThrowIfCancellationRequested();
        var eventRecords = dataset.Events.Select(e => WriteEvent(e.Spec)).ToEquatableArray();
        cancellationToken.ThrowIfCancellationRequested();

        var nameIndex = NameIndex();
        var (countryRelationStarts, countryRelationList) = Group(dataset.Countries.Count, dataset.Relations.Select(r => new[] { countryRows[r.Spec.First.Value], countryRows[r.Spec.Second.Value] }));
        var (relationEventStarts, relationEventList) = Group(dataset.Relations.Count, dataset.Events.Select(e => e.Spec.Relations.Select(r => relationRows[r.Value]).Distinct()));
        var (countryEventStarts, countryEventList) = Group(dataset.Countries.Count, dataset.Events.Select(e => EventCountries(e.Spec).Select(c => countryRows[c]).Distinct()));

        return new DatasetTables(
            strings.ToEquatableArray(),
            records.ToEquatableArray(),
            countryRecords,
            relationRecords,
            eventRecords,
            referenceRecords,
            Alpha2Index(),
            Pairs(CurrentRows().Select(row => (Alpha3Key(dataset.Countries[row].Spec.Alpha3.Value), row))),
            NumericIndex(),
            nameIndex,
            Pairs(dataset.Relations.Select((r, row) => (PairKey(countryRows[r.Spec.First.Value], countryRows[r.Spec.Second.Value]), row))),
            countryRelationStarts,
            countryRelationList,
            relationEventStarts,
            relationEventList,
            countryEventStarts,
            countryEventList,
            Enumerable.Range(0, dataset.Events.Count).OrderBy(row => dataset.Events[row].Spec.Id.Value, StringComparer.Ordinal).ToEquatableArray(),
            Named("Countries", dataset.Countries, () => Documentation.Members(dataset.Countries, Documentation.Country, dataset)),
            Named("Relations", dataset.Relations, () => Documentation.Members(dataset.Relations, Documentation.Relations(dataset), dataset)),
            Named("Events", dataset.Events, () => Documentation.Members(dataset.Events, Documentation.Event, dataset)),
            Named("References", dataset.References, () => Documentation.Members(dataset.References, Documentation.Reference, dataset)),
            unnamedKinds.ToEquatableArray());
    }

    /// <summary>The named members of a kind, or none (recorded in <see cref="unnamedKinds"/>) when it has more records than the limit.</summary>
    private EquatableArray<NamedMember> Named<T>(string facade, EquatableArray<Named<T>> table, Func<EquatableArray<NamedMember>> members)
        where T : class
    {
        if (table.Count <= namedMemberLimit)
        {
            return members();
        }

        unnamedKinds.Add(new UnnamedKind(facade, table.Count, namedMemberLimit));
        return Array.Empty<NamedMember>().ToEquatableArray();
    }

    /// <summary>The countries an event involves: those listed, the drafters, and the people's countries.</summary>
    private static IEnumerable<string> EventCountries(EventSpec e) =>
        e.Countries.Select(c => c.Value).Concat(e.Drafters.Select(c => c.Value)).Concat(e.People.Where(p => p.Country is not null).Select(p => p.Country!.Value));

    private int PairKey(int a, int b) => (Math.Min(a, b) * dataset.Countries.Count) + Math.Max(a, b);

    private static int Alpha3Key(string code) => ((code[0] - 'A') * 676) + ((code[1] - 'A') * 26) + (code[2] - 'A');

    private EquatableArray<int> Alpha2Index()
    {
        var index = new int[26 * 26];
        foreach (var row in CurrentRows())
        {
            var code = dataset.Countries[row].Spec.Alpha2.Value;
            index[((code[0] - 'A') * 26) + (code[1] - 'A')] = row + 1;
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

    /// <summary>
    /// Folded names, sorted ordinally, each to its country. A name shared by two countries finds a current one before a
    /// former one, and its own names before names in other languages, then the first by id.
    /// </summary>
    private EquatableArray<int> NameIndex()
    {
        var byName = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // Current rows first, each group in id order (OrderBy is stable).
        var rows = Enumerable.Range(0, dataset.Countries.Count).OrderBy(row => dataset.Countries[row].Spec.Alpha4 is null ? 0 : 1).ToList();
        foreach (var (row, names) in rows.Select(row => (row, OwnNames(dataset.Countries[row].Spec))).Concat(rows.Select(row => (row, LocalizedNames(dataset.Countries[row].Spec)))))
        {
            foreach (var name in names)
            {
                if (name is not null && NameFolding.Fold(name) is { Length: > 0 } folded && !byName.ContainsKey(folded))
                {
                    byName.Add(folded, row);
                }
            }
        }

        var pairs = new List<int>(byName.Count * 2);
        foreach (var entry in byName)
        {
            pairs.Add(String(entry.Key));
            pairs.Add(entry.Value);
        }

        return pairs.ToEquatableArray();
    }

    private static EquatableArray<int> Pairs(IEnumerable<(int Key, int Row)> pairs) =>
        pairs.OrderBy(p => p.Key).SelectMany(p => new[] { p.Key, p.Row }).ToEquatableArray();

    /// <summary>A compressed-row grouping: for each owner row, the member rows (in member order) that name it.</summary>
    private static (EquatableArray<int> Starts, EquatableArray<int> List) Group(int ownerCount, IEnumerable<IEnumerable<int>> ownersOfEachMember)
    {
        var lists = Enumerable.Range(0, ownerCount).Select(_ => new List<int>()).ToArray();
        var member = 0;
        foreach (var owners in ownersOfEachMember)
        {
            foreach (var owner in owners)
            {
                lists[owner].Add(member);
            }

            member++;
        }

        var starts = new List<int>(ownerCount + 1) { 0 };
        foreach (var list in lists)
        {
            starts.Add(starts[starts.Count - 1] + list.Count);
        }

        return (starts.ToEquatableArray(), lists.SelectMany(l => l).ToEquatableArray());
    }

    private int WriteReference(ReferenceSpec r)
    {
        var start = records.Count;
        Write(String(r.Id.Value), String(r.Type), String(r.Title), Optional(r.ContainerTitle), Optional(r.Url), r.Issued, Optional(r.Note));
        return start;
    }

    private static IEnumerable<string?> OwnNames(CountrySpec c) =>
        new[] { c.ShortName, c.OfficialName, c.IsoName, c.CommonName }.Concat(c.OtherNames).Concat(new[] { c.Alpha2.Value, c.Alpha3.Value, c.Alpha4?.Value });

    private static IEnumerable<string?> LocalizedNames(CountrySpec c) => c.LocalizedNames.Select(n => n.Name);

    private int WriteCountry(CountrySpec c)
    {
        var start = records.Count;
        Write(String(c.Id.Value), String(c.Alpha2.Value), String(c.Alpha3.Value), c.Numeric, String(c.ShortName), Optional(c.OfficialName));
        Write(Optional(c.IsoName), Optional(c.CommonName), Optional(c.Alpha4?.Value), c.Withdrawn);
        WriteStrings(c.OtherNames);
        Write(c.LocalizedNames.Count);
        foreach (var name in c.LocalizedNames)
        {
            Write(String(name.Culture), String(name.Name));
        }

        WriteCitedTexts(c.Memberships);
        WriteCitedTexts(c.Notes);
        WriteCitations(c.Citations);
        return start;
    }

    private int WriteRelation(RelationSpec r)
    {
        var start = records.Count;
        var (first, second) = string.CompareOrdinal(r.First.Value, r.Second.Value) < 0 ? (r.First, r.Second) : (r.Second, r.First);
        Write(String(r.Id.Value), countryRows[first.Value], countryRows[second.Value]);
        WriteStrings(r.Names);
        if (r.Established is { } established)
        {
            Write(1, established.Date, Optional(established.Note));
            WriteCitations(established.Citations);
        }
        else
        {
            Write(0);
        }

        Write(r.Statuses.Count);
        foreach (var s in r.Statuses)
        {
            Write(s.Status, s.From, s.To, Optional(s.Note));
            WriteCitations(s.Citations);
        }

        Write(r.Recognitions.Count);
        foreach (var recognition in r.Recognitions)
        {
            Write(countryRows[recognition.By.Value], countryRows[recognition.Of.Value], recognition.Date, Optional(recognition.Note));
            WriteCitations(recognition.Citations);
        }

        Write(r.Missions.Count);
        foreach (var m in r.Missions)
        {
            Write(countryRows[m.From.Value], countryRows[m.To.Value], m.Kind, Optional(m.City), m.Opened, m.Closed, Optional(m.AccreditedFrom), Optional(m.Note));
            WriteCitations(m.Citations);
        }

        Write(r.ProtectingPowers.Count);
        foreach (var p in r.ProtectingPowers)
        {
            Write(countryRows[p.Protector.Value], countryRows[p.Protected.Value], countryRows[p.Host.Value], p.Via, Optional(p.City));
            WriteCitations(p.Citations);
        }

        WriteCitedTexts(r.Characterisations);
        WriteCitedTexts(r.Notes);
        WriteCitations(r.Citations);
        return start;
    }

    private int WriteEvent(EventSpec e)
    {
        var start = records.Count;
        Write(String(e.Id.Value), e.Date, e.Kind, String(e.Title), String(e.Summary), Optional(e.Place));
        WriteRows(e.Countries, countryRows);
        WriteRows(e.Relations, relationRows);
        Write(e.People.Count);
        foreach (var p in e.People)
        {
            Write(String(p.Name), Optional(p.Role), p.Country is null ? BlobFormat.Absent : countryRows[p.Country.Value]);
        }

        if (e.Vote is { } vote)
        {
            Write(1, vote.InFavour, vote.Against, vote.Abstentions, vote.Absent);
        }
        else
        {
            Write(0);
        }

        WriteRows(e.Drafters, countryRows);
        WriteCitedTexts(e.Notes);
        WriteCitations(e.Citations);
        return start;
    }

    private void WriteStrings(EquatableArray<string> values)
    {
        Write(values.Count);
        foreach (var value in values)
        {
            Write(String(value));
        }
    }

    private void WriteRows(EquatableArray<LocatedString> ids, Dictionary<string, int> rows)
    {
        Write(ids.Count);
        foreach (var id in ids)
        {
            Write(rows[id.Value]);
        }
    }

    private void WriteCitations(EquatableArray<LocatedString> citations) => WriteRows(citations, referenceRows);

    private void WriteCitedTexts(EquatableArray<CitedTextSpec> texts)
    {
        Write(texts.Count);
        foreach (var text in texts)
        {
            Write(String(text.Text));
            WriteCitations(text.Citations);
        }
    }

    private void Write(params int[] values) => records.AddRange(values);

    private int Optional(string? value) => value is null ? BlobFormat.Absent : String(value);

    private int String(string value)
    {
        if (!stringIndex.TryGetValue(value, out var index))
        {
            index = strings.Count;
            strings.Add(value);
            stringIndex.Add(value, index);
        }

        return index;
    }
}

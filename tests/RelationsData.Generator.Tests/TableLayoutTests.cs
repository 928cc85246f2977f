using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Generator.Tables;
using RelationsData.Shared;
using RelationsData.Storage;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The writer (the generator's TableBuilder) and the reader (the library's RecordDecoder) agree on every record's
/// layout: the snapshot corpus gives every field of every kind its own value, the tables are built in memory and
/// opened by the library directly (no compiler, no explorer), and every field is compared by name with the data.
/// </summary>
public class TableLayoutTests
{
    private static readonly Lazy<(LinkedDataset Dataset, DatasetTables Tables, RelationsDataset Opened)> Built = new(() =>
    {
        var dataset = Link(TestHelpers.SnapshotCorpus());
        var tables = TableBuilder.Build(dataset, namedMemberLimit: 1000, default);
        return (dataset, tables, new RelationsDataset(new InMemoryStorage(tables)));
    });

    internal static LinkedDataset Link(IEnumerable<InMemoryFile> files)
    {
        var parsed = files.Select(f => DataFileParser.Parse(f.Path, f.GetText(), default)).ToImmutableArray();
        var linked = DatasetLinker.Link(parsed, NamedMemberLimitOption.Default, default);
        Assert.Empty(linked.Diagnostics);
        return linked.Dataset;
    }

    [Fact]
    public void Every_column_of_the_layout_is_built_and_emitted()
    {
        var tables = Built.Value.Tables;

        Assert.Equal(TableLayout.ColumnCount, tables.Columns.Count);
        Assert.Equal(TableLayout.ColumnCount, Enum.GetValues<TableColumn>().Length);
        Assert.All(Enum.GetValues<TableColumn>(), column => Assert.Equal((int)column, Array.IndexOf(Enum.GetValues<TableColumn>(), column)));
        var source = DatasetEmitter.Emit(new EmitRequest(tables, "Layout.Data", "1")).First().Source;
        foreach (var column in Enum.GetValues<TableColumn>())
        {
            Assert.Matches($@"// {column}\n\s+{(int)column} => """, source);
        }
    }

    [Fact]
    public void Every_top_level_record_kind_keeps_its_id_in_the_id_slot()
    {
        Assert.Equal(TableLayout.IdSlot, (int)CountryField.Id);
        Assert.Equal(TableLayout.IdSlot, (int)RelationField.Id);
        Assert.Equal(TableLayout.IdSlot, (int)EventField.Id);
        Assert.Equal(TableLayout.IdSlot, (int)ReferenceField.Id);
    }

    [Fact]
    public void Reference_fields_read_back_as_written()
    {
        var (dataset, _, opened) = Built.Value;
        foreach (var spec in dataset.References.Select(r => r.Spec))
        {
            var reference = opened.ReferenceById(spec.Id.Value)!;
            Assert.Equal(spec.Id.Value, reference.Id);
            Assert.Equal(spec.Type, reference.Type);
            Assert.Equal(spec.Title, reference.Title);
            Assert.Equal(spec.ContainerTitle, reference.ContainerTitle);
            Assert.Equal(spec.Url, reference.Url);
            Assert.Equal(Date(spec.Issued), reference.Issued?.ToString());
            Assert.Equal(spec.Note, reference.Note);
        }
    }

    [Fact]
    public void Country_fields_read_back_as_written()
    {
        var (dataset, _, opened) = Built.Value;
        foreach (var spec in dataset.Countries.Select(c => c.Spec))
        {
            var country = opened.CountryById(spec.Id.Value)!;
            Assert.Equal(spec.Id.Value, country.Id);
            Assert.Equal(spec.Alpha2.Value, country.Alpha2);
            Assert.Equal(spec.Alpha3.Value, country.Alpha3);
            Assert.Equal(spec.Numeric < 0 ? null : spec.Numeric, country.Numeric);
            Assert.Equal(spec.ShortName, country.ShortName);
            Assert.Equal(spec.OfficialName, country.OfficialName);
            Assert.Equal(spec.IsoName, country.IsoName);
            Assert.Equal(spec.CommonName, country.CommonName);
            Assert.Equal(spec.Alpha4?.Value, country.Alpha4);
            Assert.Equal(Date(spec.Withdrawn), country.Withdrawn?.ToString());
            Assert.Equal(Date(spec.Since), country.Since?.ToString());
            Assert.Equal(spec.Succession?.Successors.Select(s => s.Value) ?? [], country.Successors.Select(s => s.Successor.Id));
            AssertItems(spec.Succession?.Successors ?? default, country.Successors, (_, succession) =>
            {
                Assert.Equal(Vocabulary.SuccessionKinds[spec.Succession!.Kind], DataWord(succession.Kind!.Value));
                Assert.Equal(spec.Succession.Note, succession.Note);
                Assert.Equal(Ids(spec.Succession.Citations), succession.References.Select(r => r.Id));
                Assert.Equal(Date(spec.Withdrawn), succession.Date?.ToString());
            });
            var predecessors = dataset.Countries.Select(c => c.Spec).Where(c => c.Succession?.Successors.Any(s => s.Value == spec.Id.Value) == true).Select(c => c.Id.Value);
            Assert.Equal(predecessors, country.Predecessors.Select(p => p.Predecessor.Id));
            Assert.Equal(spec.OtherNames, country.OtherNames);
            Assert.Equal(spec.LocalizedNames.Select(n => (n.Culture, n.Name)), country.LocalizedNames.Select(n => (n.Culture, n.Name)));
            AssertCitedTexts(spec.Memberships, country.Memberships);
            AssertCitedTexts(spec.Notes, country.Notes);
            Assert.Equal(Ids(spec.Citations), country.References.Select(r => r.Id));
        }
    }

    [Fact]
    public void Relation_fields_read_back_as_written()
    {
        var (dataset, _, opened) = Built.Value;
        foreach (var spec in dataset.Relations.Select(r => r.Spec))
        {
            var relation = opened.RelationById(spec.Id.Value)!;
            Assert.Equal(spec.Id.Value, relation.Id);
            Assert.Equal(new[] { spec.First.Value, spec.Second.Value }.Order(StringComparer.Ordinal), new[] { relation.First.Id, relation.Second.Id });
            Assert.Equal(spec.Names, relation.Names);
            Assert.Equal(spec.Established is null, relation.Established is null);
            if (spec.Established is { } established)
            {
                Assert.Equal(Date(established.Date), relation.Established!.Date?.ToString());
                Assert.Equal(established.Note, relation.Established.Note);
                Assert.Equal(Ids(established.Citations), relation.Established.References.Select(r => r.Id));
            }

            AssertItems(spec.Statuses, relation.Statuses, (s, status) =>
            {
                Assert.Equal(Vocabulary.RelationStatuses[s.Status], DataWord(status.Status));
                Assert.Equal(Date(s.From), status.From?.ToString());
                Assert.Equal(Date(s.To), status.To?.ToString());
                Assert.Equal(s.EndUnknown, status.EndUnknown);
                Assert.Equal(s.Note, status.Note);
                Assert.Equal(Ids(s.Citations), status.References.Select(r => r.Id));
            });
            AssertItems(spec.Recognitions, relation.Recognitions, (g, recognition) =>
            {
                Assert.Equal(g.By.Value, recognition.By.Id);
                Assert.Equal(g.Of.Value, recognition.Of.Id);
                Assert.Equal(Date(g.Date), recognition.Date?.ToString());
                Assert.Equal(g.Note, recognition.Note);
                Assert.Equal(Ids(g.Citations), recognition.References.Select(r => r.Id));
            });
            AssertItems(spec.Missions, relation.Missions, (m, mission) =>
            {
                Assert.Equal(m.From.Value, mission.From.Id);
                Assert.Equal(m.To.Value, mission.To.Id);
                Assert.Equal(Vocabulary.MissionKinds[m.Kind], DataWord(mission.Kind));
                Assert.Equal(m.City, mission.City);
                Assert.Equal(Date(m.Opened), mission.Opened?.ToString());
                Assert.Equal(Date(m.Closed), mission.Closed?.ToString());
                Assert.Equal(m.AccreditedFrom, mission.AccreditedFrom);
                Assert.Equal(m.Note, mission.Note);
                Assert.Equal(Ids(m.Citations), mission.References.Select(r => r.Id));
            });
            AssertItems(spec.ProtectingPowers, relation.ProtectingPowers, (p, power) =>
            {
                Assert.Equal(p.Protector.Value, power.Protector.Id);
                Assert.Equal(p.Protected.Value, power.Protected.Id);
                Assert.Equal(p.Host.Value, power.Host.Id);
                Assert.Equal(Vocabulary.MissionKinds[p.Via], DataWord(power.Via));
                Assert.Equal(p.City, power.City);
                Assert.Equal(Ids(p.Citations), power.References.Select(r => r.Id));
            });
            AssertCitedTexts(spec.Characterisations, relation.Characterisations);
            AssertCitedTexts(spec.Notes, relation.Notes);
            Assert.Equal(Ids(spec.Citations), relation.References.Select(r => r.Id));
        }
    }

    [Fact]
    public void Event_fields_read_back_as_written()
    {
        var (dataset, _, opened) = Built.Value;
        foreach (var spec in dataset.Events.Select(e => e.Spec))
        {
            var @event = opened.EventById(spec.Id.Value)!;
            Assert.Equal(spec.Id.Value, @event.Id);
            Assert.Equal(Date(spec.Date), @event.Date.ToString());
            Assert.Equal(Vocabulary.EventKinds[spec.Kind], DataWord(@event.Kind));
            Assert.Equal(spec.Title, @event.Title);
            Assert.Equal(spec.Summary, @event.Summary);
            Assert.Equal(spec.Place, @event.Place);
            Assert.Equal(Ids(spec.Countries), @event.Countries.Select(c => c.Id));
            Assert.Equal(Ids(spec.Relations), @event.Relations.Select(r => r.Id));
            AssertItems(spec.People, @event.People, (p, person) =>
            {
                Assert.Equal(p.Name, person.Name);
                Assert.Equal(p.Role, person.Role);
                Assert.Equal(p.Country?.Value, person.Country?.Id);
            });
            Assert.Equal(spec.Vote is null, @event.Vote is null);
            if (spec.Vote is { } vote)
            {
                Assert.Equal((vote.InFavour, vote.Against, vote.Abstentions, vote.Absent), (@event.Vote!.InFavour, @event.Vote.Against, @event.Vote.Abstentions, @event.Vote.Absent));
            }

            Assert.Equal(Ids(spec.Drafters), @event.Drafters.Select(c => c.Id));
            AssertCitedTexts(spec.Notes, @event.Notes);
            Assert.Equal(Ids(spec.Citations), @event.References.Select(r => r.Id));
        }
    }

    [Fact]
    public void The_corpus_fills_every_optional_field_with_its_own_value()
    {
        // The round trip proves a layout only for fields that hold a value, and a swap only between values that differ.
        var strings = Built.Value.Tables.Strings;
        foreach (var tag in new[]
        {
            "reference.container-title", "reference.note", "country.officialName", "country.isoName", "country.commonName",
            "country.otherNames", "country.localizedNames.de", "country.succession.note", "country.memberships.text", "country.notes.text", "relation.names",
            "relation.established.note", "relation.statuses.note", "relation.recognitions.note", "relation.missions.city",
            "relation.missions.accreditedFrom", "relation.missions.note", "relation.protectingPowers.city",
            "relation.characterisations.text", "relation.notes.text", "event.place", "event.people.name", "event.people.role", "event.notes.text",
        })
        {
            Assert.Contains(strings, s => s.StartsWith(tag, StringComparison.Ordinal));
        }

        var countries = Built.Value.Dataset.Countries.Select(c => c.Spec).ToList();
        Assert.Contains(countries, c => c.Since != DateText.None && c.Succession is { Kind: >= 0, Successors.Count: > 1 });
        Assert.Contains(Built.Value.Dataset.Relations, r => r.Spec.Statuses.Any(s => s.EndUnknown));

        var war = Built.Value.Dataset.Events.Single(e => e.Spec.Vote is not null).Spec;
        Assert.Equal(4, new[] { war.Vote!.InFavour, war.Vote.Against, war.Vote.Abstentions, war.Vote.Absent }.Distinct().Count());
        Assert.NotEmpty(war.Drafters);
    }

    private static string? Date(int packed) => packed == DateText.None ? null : DateText.Format(packed);

    private static IEnumerable<string> Ids(EquatableArray<LocatedString> ids) => ids.Select(id => id.Value);

    private static string DataWord<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && word.Length > 0)
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(c));
        }

        return word.ToString();
    }

    private static void AssertCitedTexts(EquatableArray<CitedTextSpec> specs, ImmutableArray<CitedText> texts) =>
        AssertItems(specs, texts, (spec, text) =>
        {
            Assert.Equal(spec.Text, text.Text);
            Assert.Equal(Ids(spec.Citations), text.References.Select(r => r.Id));
        });

    private static void AssertItems<TSpec, T>(EquatableArray<TSpec> specs, ImmutableArray<T> items, Action<TSpec, T> assert)
        where TSpec : IEquatable<TSpec>
    {
        Assert.Equal(specs.Count, items.Length);
        for (var i = 0; i < specs.Count; i++)
        {
            assert(specs[i], items[i]);
        }
    }
}

/// <summary>Generated storage without the compiler: the built columns encoded as the emitter encodes them.</summary>
internal sealed class InMemoryStorage : DatasetStorage
{
    private readonly byte[] strings;
    private readonly byte[][] columns;

    public InMemoryStorage(DatasetTables tables)
    {
        strings = Encoding.UTF8.GetBytes(string.Concat(tables.Strings));
        columns = tables.Columns.Select(c => Encoding.ASCII.GetBytes(ColumnEncoder.Encode(c))).ToArray();
    }

    public override int FormatVersion => BlobFormat.Version;

    public override string DataVersion => "in-memory";

    public override string ContentHash => string.Empty;

    public override ReadOnlySpan<byte> Utf8Strings => strings;

    public override ReadOnlySpan<byte> GetColumn(int column) => (uint)column < (uint)columns.Length ? columns[column] : default;
}

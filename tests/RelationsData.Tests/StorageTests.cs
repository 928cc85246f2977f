using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RelationsData.Shared;
using RelationsData.Storage;

namespace RelationsData.Tests;

/// <summary>
/// The library's storage types on hand-made tables, byte by byte as the format describes them: nothing here goes
/// through the generator, so a reader bug cannot hide behind a matching writer bug.
/// </summary>
public class StorageTests
{
    /// <summary>Encodes integers as IntColumn documents it: a width character, then value + 1 in 6-bit groups, least significant first.</summary>
    internal static byte[] Column(int width, params int[] values)
    {
        var bytes = new List<byte> { (byte)('0' + width) };
        foreach (var value in values)
        {
            var stored = (long)value + 1;
            for (var i = 0; i < width; i++)
            {
                bytes.Add((byte)('0' + ((stored >> (6 * i)) & 63)));
            }
        }

        return bytes.ToArray();
    }

    [Theory]
    [InlineData(1, new[] { -1, 0, 1, 62 })]
    [InlineData(2, new[] { 63, 64, 4094 })]
    [InlineData(3, new[] { 4095, 262_142 })]
    [InlineData(4, new[] { 262_143, 16_777_214 })]
    [InlineData(5, new[] { 16_777_215, 1_073_741_822 })]
    [InlineData(6, new[] { int.MaxValue - 1, 1_000_000, -1 })]
    public void IntColumn_reads_every_value_at_its_width(int width, int[] values)
    {
        var column = new IntColumn(Column(width, values));

        Assert.Equal(values.Length, column.Length);
        var byIndex = new List<int>();
        for (var i = 0; i < column.Length; i++)
        {
            byIndex.Add(column[i]);
        }

        Assert.Equal(values, byIndex);
        var all = new List<int>();
        foreach (var value in column)
        {
            all.Add(value);
        }

        Assert.Equal(values, all);
    }

    [Fact]
    public void IntColumn_slices_by_value_not_by_byte()
    {
        var column = new IntColumn(Column(2, 10, 20, 30, 40));
        var slice = column.Slice(1, 2);

        Assert.Equal(2, slice.Length);
        Assert.Equal((20, 30), (slice[0], slice[1]));
        Assert.True(new IntColumn(default).IsEmpty);
        Assert.Equal(0, new IntColumn(default).Length);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("2000")]
    [InlineData("300")]
    [InlineData("400000")]
    [InlineData("5000000")]
    [InlineData("60000000")]
    public void IntColumn_refuses_a_corrupt_column(string encoded)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new IntColumn(Encoding.ASCII.GetBytes(encoded)).Length);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringTable_reads_and_compares_strings_ordinally_without_a_cache()
    {
        var strings = new[] { "Azerbaijan", "Türkiye", "中国", "😀 emoji", new string('x', 300) + "é" };
        var table = new StringTable(new HandMadeStorage(strings));

        Assert.Equal(strings, Enumerable.Range(0, strings.Length).Select(table.Get));
        for (var i = 0; i < strings.Length; i++)
        {
            Assert.Equal(0, table.CompareOrdinal(i, strings[i]));
            Assert.Equal(Math.Sign(string.CompareOrdinal(strings[i], "Turkey")), Math.Sign(table.CompareOrdinal(i, "Turkey")));
            Assert.True(table.CompareOrdinal(i, strings[i] + "!") < 0);
        }
    }

    [Fact]
    public void RecordDecoder_reads_records_by_field_slot()
    {
        // Strings: 0 "atlas", 1 "book", 2 "An atlas", 3 "freedonia", 4 "XF", 5 "XFR", 6 "Freedonia", 7 "de", 8 "Freedonien".
        var strings = new[] { "atlas", "book", "An atlas", "freedonia", "XF", "XFR", "Freedonia", "de", "Freedonien" };
        var records = new List<int>();

        var reference = records.Count;
        records.AddRange(Slots(ReferenceField.FieldCount, (ReferenceField.Id, 0), (ReferenceField.Type, 1), (ReferenceField.Title, 2), (ReferenceField.Issued, DateText.Pack(1931, 2, 0))));

        var country = records.Count;
        var countrySlots = Slots(CountryField.FieldCount, (CountryField.Id, 3), (CountryField.Alpha2, 4), (CountryField.Alpha3, 5), (CountryField.Numeric, 901), (CountryField.ShortName, 6), (CountryField.Withdrawn, DateText.None));
        records.AddRange(countrySlots);
        records[country + (int)CountryField.OtherNames] = Append(records, 0);
        records[country + (int)CountryField.LocalizedNames] = 0; // in LocalizedNameLists: one name, string 8 in culture 0 ("de")
        records[country + (int)CountryField.PreviousIds] = Append(records, 0);
        records[country + (int)CountryField.Memberships] = Append(records, 0);
        records[country + (int)CountryField.Notes] = Append(records, 0);
        records[country + (int)CountryField.Citations] = Append(records, 1, 0);

        var storage = new HandMadeStorage(strings, new Dictionary<TableColumn, int[]>
        {
            [TableColumn.Records] = records.ToArray(),
            [TableColumn.ReferenceRecords] = [reference],
            [TableColumn.CountryRecords] = [country],
            [TableColumn.LocalizedNameLists] = [1, TableLayout.Pack(8, 0, 1)],
            [TableColumn.Cultures] = [7],
        });
        var decoder = new RecordDecoder(storage);

        var atlas = decoder.References[0];
        Assert.Equal(("atlas", "book", "An atlas", null, null, "1931-02", null), (atlas.Id, atlas.Type, atlas.Title, atlas.ContainerTitle, atlas.Url, atlas.Issued?.ToString(), atlas.Note));
        var freedonia = decoder.Countries[0];
        Assert.Equal(("freedonia", "XF", "XFR", 901, "Freedonia"), (freedonia.Id, freedonia.Alpha2, freedonia.Alpha3, freedonia.Numeric, freedonia.ShortName));
        Assert.Null(freedonia.OfficialName);
        Assert.Null(freedonia.Withdrawn);
        Assert.Empty(freedonia.OtherNames);
        Assert.Equal(("de", "Freedonien"), (freedonia.LocalizedNames.Single().Culture, freedonia.LocalizedNames.Single().Name));
        Assert.Equal(("Freedonien", "Freedonien", "Freedonia"), (freedonia.NameIn("de-AT"), freedonia.LocalizedNames.Find("de"), freedonia.NameIn("fr")));
        Assert.Empty(freedonia.PreviousIds);
        Assert.True(freedonia.LocalizedShortNames.Count == 0);
        Assert.Same(atlas, freedonia.References.Single());
        Assert.Same(freedonia, decoder.Countries[0]);
    }

    [Fact]
    public void RecordDecoder_reads_regions_relations_events_and_their_lists_item_by_item()
    {
        // Strings: 0 "src", 1 "book", 2 "A source", 3 "asia", 4 "142", 5 "Asia", 6 "western-asia", 7 "145", 8 "Western Asia",
        // 9-10 country ids, 11-12 alpha-2, 13-14 alpha-3, 15-16 names, 17 "old-id", 18 "older-id", 19 "north-south",
        // 20 "severed", 21 "restored", 22 "first note", 23 "second note", 24 "summit", 25 "A summit".
        var strings = new[]
        {
            "src", "book", "A source", "asia", "142", "Asia", "western-asia", "145", "Western Asia", "north", "south", "XN", "XS",
            "XNO", "XSO", "North", "South", "old-id", "older-id", "north-south", "severed", "restored", "first note", "second note",
            "summit", "A summit",
        };
        var records = new List<int>();
        var reference = Append(records, Slots(ReferenceField.FieldCount, (ReferenceField.Id, 0), (ReferenceField.Type, 1), (ReferenceField.Title, 2), (ReferenceField.Issued, DateText.None)));
        var asia = Append(records, Slots(RegionField.FieldCount, (RegionField.Id, 3), (RegionField.Code, 4), (RegionField.Name, 5)));
        records[asia + (int)RegionField.Citations] = Append(records, 0);
        var westernAsia = Append(records, Slots(RegionField.FieldCount, (RegionField.Id, 6), (RegionField.Code, 7), (RegionField.Name, 8), (RegionField.Parent, 0), (RegionField.LocalizedNamesSource, 0)));
        records[westernAsia + (int)RegionField.Citations] = Append(records, 1, 0);
        int Country(int i, int since)
        {
            var at = Append(records, Slots(CountryField.FieldCount, (CountryField.Id, 9 + i), (CountryField.Alpha2, 11 + i), (CountryField.Alpha3, 13 + i), (CountryField.ShortName, 15 + i), (CountryField.Withdrawn, DateText.None), (CountryField.Since, since), (CountryField.Region, 1), (CountryField.LocalizedNamesSource, 0)));
            foreach (var list in new[] { CountryField.OtherNames, CountryField.Memberships, CountryField.Notes, CountryField.Citations, CountryField.Predecessors })
            {
                records[at + (int)list] = Append(records, 0);
            }

            records[at + (int)CountryField.PreviousIds] = i == 0 ? Append(records, 2, 17, 18) : Append(records, 0);
            return at;
        }

        var north = Country(0, DateText.Pack(1991, 10, 18));
        var south = Country(1, DateText.None);
        var relation = Append(records, Slots(RelationField.FieldCount, (RelationField.Id, 19), (RelationField.First, 0), (RelationField.Second, 1)));
        foreach (var list in new[] { RelationField.Names, RelationField.Recognitions, RelationField.Missions, RelationField.ProtectingPowers, RelationField.Characterisations })
        {
            records[relation + (int)list] = Append(records, 0);
        }

        var noCitations = Append(records, 0);
        var established = Append(records, Slots(EstablishmentField.FieldCount, (EstablishmentField.Date, DateText.Pack(1992, 1, 0)), (EstablishmentField.Citations, noCitations)));
        records[relation + (int)RelationField.Established] = established;
        // Two statuses, each StatusField.FieldCount wide after the count: the first ended at a time the sources do not give.
        records[relation + (int)RelationField.Statuses] = Append(records, [2,
            .. Slots(StatusField.FieldCount, (StatusField.Status, (int)RelationStatus.Severed), (StatusField.From, DateText.Pack(1993, 0, 0)), (StatusField.To, DateText.None), (StatusField.EndUnknown, 1), (StatusField.Note, 20), (StatusField.Citations, noCitations)),
            .. Slots(StatusField.FieldCount, (StatusField.Status, (int)RelationStatus.Restored), (StatusField.From, DateText.Pack(2001, 3, 4)), (StatusField.To, DateText.None), (StatusField.EndUnknown, 0), (StatusField.Note, 21), (StatusField.Citations, noCitations))]);
        records[relation + (int)RelationField.Notes] = Append(records, [2, 22, noCitations, 23, noCitations]);
        records[relation + (int)RelationField.Citations] = Append(records, 1, 0);
        var summit = Append(records, Slots(EventField.FieldCount, (EventField.Id, 24), (EventField.Date, DateText.Pack(2002, 5, 6)), (EventField.Kind, (int)EventKind.Visit), (EventField.Title, 25), (EventField.Summary, 25)));
        records[summit + (int)EventField.Countries] = Append(records, 2, 1, 0);
        records[summit + (int)EventField.Relations] = Append(records, 1, 0);
        foreach (var list in new[] { EventField.People, EventField.Drafters, EventField.Notes, EventField.Citations })
        {
            records[summit + (int)list] = Append(records, 0);
        }

        var storage = new HandMadeStorage(strings, new Dictionary<TableColumn, int[]>
        {
            [TableColumn.Records] = records.ToArray(),
            [TableColumn.ReferenceRecords] = [reference],
            [TableColumn.RegionRecords] = [asia, westernAsia],
            [TableColumn.CountryRecords] = [north, south],
            [TableColumn.RelationRecords] = [relation],
            [TableColumn.EventRecords] = [summit],
        });
        var decoder = new RecordDecoder(storage);
        var source = decoder.References[0];

        var (continent, subregion) = (decoder.Regions[0], decoder.Regions[1]);
        Assert.Equal(("asia", "142", "Asia", null, null), (continent.Id, continent.Code, continent.Name, continent.Parent, continent.LocalizedNamesSource));
        Assert.Empty(continent.References);
        Assert.Equal(("western-asia", "145", "Western Asia", "src"), (subregion.Id, subregion.Code, subregion.Name, subregion.LocalizedNamesSource?.Id));
        Assert.Same(continent, subregion.Parent);
        Assert.Same(source, subregion.References.Single());

        var (first, second) = (decoder.Countries[0], decoder.Countries[1]);
        Assert.Equal(["old-id", "older-id"], first.PreviousIds.ToArray());
        Assert.Empty(second.PreviousIds);
        Assert.Equal(("1991-10-18", null), (first.Since?.ToString(), second.Since));
        Assert.Same(source, first.LocalizedNamesSource);
        Assert.Empty(first.LocalizedShortNames);
        Assert.Equal((continent, subregion), (first.Region, first.Subregion));

        var pair = decoder.Relations[0];
        Assert.Equal(("north-south", first, second), (pair.Id, pair.First, pair.Second));
        Assert.Equal(("1992-01", null), (pair.Established?.Date?.ToString(), pair.Established?.Note));
        Assert.Collection(
            pair.Statuses,
            s => Assert.Equal((RelationStatus.Severed, "1993", null, true, "severed"), (s.Status, s.From?.ToString(), s.To, s.EndUnknown, s.Note)),
            s => Assert.Equal((RelationStatus.Restored, "2001-03-04", null, false, "restored"), (s.Status, s.From?.ToString(), s.To, s.EndUnknown, s.Note)));
        Assert.Equal([("first note", 0), ("second note", 0)], pair.Notes.Select(n => (n.Text, n.References.Length)));
        Assert.Same(source, pair.References.Single());
        Assert.Empty(pair.Missions);

        var visit = decoder.Events[0];
        Assert.Equal(("summit", "2002-05-06", EventKind.Visit, "A summit", null, null), (visit.Id, visit.Date.ToString(), visit.Kind, visit.Title, visit.Place, visit.Vote));
        Assert.Equal([second, first], visit.Countries.ToArray());
        Assert.Same(pair, visit.Relations.Single());
    }

    [Fact]
    public void Generated_storage_answers_every_column_of_the_layout()
    {
        var storage = typeof(CompiledDataset).GetNestedTypes(System.Reflection.BindingFlags.NonPublic).Single(t => t.IsSubclassOf(typeof(DatasetStorage)));
        var tables = (DatasetStorage)Activator.CreateInstance(storage)!;

        Assert.Equal(BlobFormat.Version, tables.FormatVersion);
        foreach (var column in Enum.GetValues<TableColumn>())
        {
            Assert.False(tables.GetColumn((int)column).IsEmpty, column.ToString());
        }

        Assert.True(tables.GetColumn(TableLayout.ColumnCount).IsEmpty);
        var offsets = tables[TableColumn.StringOffsets];
        Assert.Equal(tables.Utf8Strings.Length, offsets[offsets.Length - 1]);
    }

    private static int[] Slots<TField>(TField fieldCount, params (TField Field, int Value)[] values)
        where TField : unmanaged, Enum
    {
        var slots = Enumerable.Repeat(BlobFormat.Absent, TableLayout.Slot(fieldCount)).ToArray();
        foreach (var (field, value) in values)
        {
            slots[TableLayout.Slot(field)] = value;
        }

        return slots;
    }

    private static int Append(List<int> records, params int[] list)
    {
        var position = records.Count;
        records.AddRange(list);
        return position;
    }

    [Fact]
    public void CountryHistory_reads_successions_once_and_links_the_same_records_both_ways()
    {
        // Strings: 0 "src", 1 "book", 2 "A source", 3-5 ids, 6-8 codes, 9-11 alpha-3, 12-14 names, 15 "a note".
        var strings = new[] { "src", "book", "A source", "old", "north", "south", "XO", "XN", "XS", "XOL", "XNO", "XSO", "Old", "North", "South", "a note" };
        var records = new List<int>();
        var reference = Append(records, Slots(ReferenceField.FieldCount, (ReferenceField.Id, 0), (ReferenceField.Type, 1), (ReferenceField.Title, 2), (ReferenceField.Issued, DateText.None)));
        int Country(int i, int withdrawn)
        {
            var at = Append(records, Slots(CountryField.FieldCount, (CountryField.Id, 3 + i), (CountryField.Alpha2, 6 + i), (CountryField.Alpha3, 9 + i), (CountryField.ShortName, 12 + i), (CountryField.Withdrawn, withdrawn), (CountryField.Since, DateText.None)));
            foreach (var list in new[] { CountryField.OtherNames, CountryField.Memberships, CountryField.Notes, CountryField.PreviousIds })
            {
                records[at + (int)list] = Append(records, 0);
            }

            records[at + (int)CountryField.Citations] = Append(records, 1, 0);
            return at;
        }

        var old = Country(0, DateText.Pack(1990, 5, 22));
        var north = Country(1, DateText.None);
        var south = Country(2, DateText.None);
        records[old + (int)CountryField.Predecessors] = Append(records, 0);
        records[north + (int)CountryField.Predecessors] = Append(records, 1, 0);
        records[south + (int)CountryField.Predecessors] = Append(records, 1, 0);
        var succession = Append(records, Slots(SuccessionField.FieldCount, (SuccessionField.Kind, (int)SuccessionKind.Dissolved), (SuccessionField.Note, 15)));
        records[succession + (int)SuccessionField.Successors] = Append(records, 2, 1, 2);
        records[succession + (int)SuccessionField.Citations] = Append(records, 1, 0);
        records[old + (int)CountryField.Succession] = succession;
        var storage = new HandMadeStorage(strings, new Dictionary<TableColumn, int[]>
        {
            [TableColumn.Records] = records.ToArray(),
            [TableColumn.ReferenceRecords] = [reference],
            [TableColumn.CountryRecords] = [old, north, south],
        });
        var decoder = new RecordDecoder(storage);
        var (first, second, third) = (decoder.Countries[0], decoder.Countries[1], decoder.Countries[2]);

        var successors = first.Successors;
        Assert.Equal([second, third], successors.Select(s => s.Successor));
        Assert.All(successors, s => Assert.Equal((first, "1990-05-22", SuccessionKind.Dissolved, "a note", "src"), (s.Predecessor, s.Date?.ToString(), s.Kind, s.Note, s.References.Single().Id)));
        Assert.True(successors == first.Successors); // read once: the same array
        Assert.Same(successors[0], Assert.Single(second.Predecessors));
        Assert.Same(successors[1], Assert.Single(third.Predecessors));
        Assert.True(second.Predecessors == second.Predecessors);
        Assert.Empty(second.Successors);
        Assert.Empty(first.Predecessors);
    }

    [Fact]
    public void LocalizedNameTable_finds_each_culture_of_a_list_and_no_other()
    {
        // Strings: 0-5 cultures (sorted), 6.. names. Two lists: one with five names, one with two.
        var cultures = new[] { "ar", "de", "es-419", "zh", "zh-Hant", "zz" };
        var names = new[] { "Freedonia-ar", "Freedonien", "Freedonia-es", "Freedonia-zh", "Freedonia-Hant", "Sylvanien", "Sylvania-zh-Hant" };
        var strings = cultures.Concat(names).ToArray();
        int Entry(int name, int culture) => TableLayout.Pack(cultures.Length + name, culture, cultures.Length);
        var storage = new HandMadeStorage(strings, new Dictionary<TableColumn, int[]>
        {
            [TableColumn.Cultures] = Enumerable.Range(0, cultures.Length).ToArray(),
            [TableColumn.LocalizedNameLists] = [5, Entry(0, 0), Entry(1, 1), Entry(2, 2), Entry(3, 3), Entry(4, 4), 2, Entry(5, 1), Entry(6, 4)],
        });
        var table = new LocalizedNameTable(storage, new StringTable(storage));

        Assert.Equal((5, 2, 0), (table.Count(0), table.Count(6), table.Count(BlobFormat.Absent)));
        Assert.Equal(["Freedonia-ar", "Freedonien", "Freedonia-es", "Freedonia-zh", "Freedonia-Hant"], cultures[..5].Select(c => table.Find(0, c)));
        Assert.Equal(new LocalizedName("es-419", "Freedonia-es"), table.Item(0, 2));
        Assert.Equal(new LocalizedName("zh-Hant", "Sylvania-zh-Hant"), table.Item(6, 1));
        Assert.Equal(["Sylvanien", "Sylvania-zh-Hant"], new[] { "de", "zh-Hant" }.Select(c => table.Find(6, c)));
        // Before the first, between two, after the last, a culture no list uses, a culture the table does not know.
        Assert.All(new[] { "aa", "dz", "zh-Hans", "zz", "zzz" }, c => Assert.Null(table.Find(0, c)));
        Assert.All(new[] { "ar", "es-419", "zh" }, c => Assert.Null(table.Find(6, c)));
        Assert.Null(table.Find(BlobFormat.Absent, "de"));

        var list = new LocalizedNameList(table, 0);
        Assert.Equal(cultures[..5], list.Select(n => n.Culture));
        Assert.Equal(list, new LocalizedNameList(table, 0));
        Assert.NotEqual(list, new LocalizedNameList(table, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[5]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(600)]
    public void LazyTable_materialises_each_row_once_across_pages_and_refuses_rows_outside(int count)
    {
        var made = new int[count];
        var table = new LazyTable<string>(count, row => { made[row]++; return "row " + row; });

        // Out of order, across page boundaries (256 rows a page), each row twice.
        var rows = new[] { count - 1, 0, count / 2, Math.Min(255, count - 1), Math.Min(256, count - 1) }.Concat(Enumerable.Range(0, count).Reverse()).ToList();
        foreach (var row in rows.Concat(rows))
        {
            Assert.Equal("row " + row, table[row]);
        }

        Assert.All(made, m => Assert.Equal(1, m));
        Assert.Same(table[count - 1], table[count - 1]);
        Assert.Equal(Enumerable.Range(0, count).Select(r => "row " + r), table.All);
        Assert.True(table.All == table.All); // the same array: built once
        Assert.Throws<ArgumentOutOfRangeException>(() => table[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[-1]);
    }

    /// <summary>Where every TableLayout.StringBlock-th string starts, then the blob's length: written here independently of the generator.</summary>
    private static int[] BlockStarts(string[] strings)
    {
        var starts = new List<int>();
        var position = 0;
        for (var i = 0; i < strings.Length; i++)
        {
            if (i % TableLayout.StringBlock == 0)
            {
                starts.Add(position);
            }

            position += Encoding.UTF8.GetByteCount(strings[i]);
        }

        starts.Add(position);
        return starts.ToArray();
    }

    private sealed class HandMadeStorage(string[] strings, Dictionary<TableColumn, int[]>? columns = null) : DatasetStorage
    {
        private readonly byte[] utf8 = Encoding.UTF8.GetBytes(string.Concat(strings));

        public override int FormatVersion => BlobFormat.Version;

        public override string DataVersion => "hand-made";

        public override string ContentHash => string.Empty;

        public override ReadOnlySpan<byte> Utf8Strings => utf8;

        public override ReadOnlySpan<byte> GetColumn(int column) => (TableColumn)column switch
        {
            TableColumn.StringOffsets => Column(6, BlockStarts(strings)),
            TableColumn.StringLengths => Column(6, strings.Select(s => Encoding.UTF8.GetByteCount(s)).ToArray()),
            var known when columns is not null && columns.TryGetValue(known, out var values) => Column(5, values),
            _ => default,
        };
    }
}

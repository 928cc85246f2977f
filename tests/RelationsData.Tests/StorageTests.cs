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

    private sealed class HandMadeStorage(string[] strings, Dictionary<TableColumn, int[]>? columns = null) : DatasetStorage
    {
        private readonly byte[] utf8 = Encoding.UTF8.GetBytes(string.Concat(strings));

        public override int FormatVersion => BlobFormat.Version;

        public override string DataVersion => "hand-made";

        public override string ContentHash => string.Empty;

        public override ReadOnlySpan<byte> Utf8Strings => utf8;

        public override ReadOnlySpan<byte> GetColumn(int column) => (TableColumn)column switch
        {
            TableColumn.StringOffsets => Column(6, strings.Select(s => Encoding.UTF8.GetByteCount(s)).Aggregate(new List<int> { 0 }, (offsets, length) => { offsets.Add(offsets[^1] + length); return offsets; }).ToArray()),
            var known when columns is not null && columns.TryGetValue(known, out var values) => Column(5, values),
            _ => default,
        };
    }
}

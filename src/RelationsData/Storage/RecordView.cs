using System;
using System.Collections.Immutable;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// One record's slots, read by field name (<typeparamref name="TField"/> is the kind's field enum of TableLayout), so
/// the reader never depends on the order the generator wrote the fields in.
/// </summary>
internal readonly ref struct RecordView<TField>
    where TField : unmanaged, Enum
{
    private readonly IntColumn records;
    private readonly StringTable strings;
    private readonly int start;

    public RecordView(IntColumn records, StringTable strings, int start)
    {
        this.records = records;
        this.strings = strings;
        this.start = start;
    }

    public int Int(TField field) => records[start + TableLayout.Slot(field)];

    public string String(TField field) => strings.Get(Int(field));

    public string? OptionalString(TField field) => Int(field) is var index and not BlobFormat.Absent ? strings.Get(index) : null;

    public int? OptionalInt(TField field) => Int(field) is var value and not BlobFormat.Absent ? value : null;

    public PartialDate? Date(TField field) => PartialDate.FromPacked(Int(field));

    public T Row<T>(TField field, LazyTable<T> table)
        where T : class => table[Int(field)];

    public T? OptionalRow<T>(TField field, LazyTable<T> table)
        where T : class => Int(field) is var row and not BlobFormat.Absent ? table[row] : null;

    /// <summary>An optional record of another kind (an establishment, a vote), or none.</summary>
    public bool TryRecord<TItem>(TField field, out RecordView<TItem> record)
        where TItem : unmanaged, Enum
    {
        var position = Int(field);
        record = position == BlobFormat.Absent ? default : new RecordView<TItem>(records, strings, position);
        return position != BlobFormat.Absent;
    }

    /// <summary>A list of records of the item kind, whose width is that kind's <c>FieldCount</c>.</summary>
    public ListView<TItem> List<TItem>(TField field, TItem fieldCount)
        where TItem : unmanaged, Enum => new(records, strings, Int(field), TableLayout.Slot(fieldCount));

    /// <summary>A list of plain integers (rows, string indexes).</summary>
    public IntColumn Values(TField field)
    {
        var position = Int(field);
        return records.Slice(position + 1, records[position]);
    }

    public ImmutableArray<string> Strings(TField field)
    {
        var indexes = Values(field);
        var builder = ImmutableArray.CreateBuilder<string>(indexes.Length);
        foreach (var index in indexes)
        {
            builder.Add(strings.Get(index));
        }

        return builder.MoveToImmutable();
    }

    public ImmutableArray<T> Rows<T>(TField field, LazyTable<T> table)
        where T : class => table.Select(Values(field));
}

/// <summary>A list of fixed-width records inside the Records column: a count, then the items.</summary>
internal readonly ref struct ListView<TField>
    where TField : unmanaged, Enum
{
    private readonly IntColumn records;
    private readonly StringTable strings;
    private readonly int position;
    private readonly int width;

    public ListView(IntColumn records, StringTable strings, int position, int width)
    {
        this.records = records;
        this.strings = strings;
        this.position = position;
        this.width = width;
    }

    public int Count => records[position];

    public RecordView<TField> this[int index] => new(records, strings, position + 1 + (index * width));
}

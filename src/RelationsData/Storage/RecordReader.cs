using System;
using System.Collections.Immutable;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>Reads one record's integers in the order the generator's table writer wrote them.</summary>
internal ref struct RecordReader
{
    private readonly IntColumn records;
    private readonly StringTable strings;
    private int position;

    public RecordReader(IntColumn records, int start, StringTable strings)
    {
        this.records = records;
        this.strings = strings;
        position = start;
    }

    public int ReadInt() => records[position++];

    public bool ReadFlag() => ReadInt() != 0;

    public string ReadString() => strings.Get(ReadInt());

    public string? ReadOptionalString() => ReadInt() is var index and not BlobFormat.Absent ? strings.Get(index) : null;

    public int? ReadOptionalInt() => ReadInt() is var value and not BlobFormat.Absent ? value : null;

    public PartialDate? ReadDate() => PartialDate.FromPacked(ReadInt());

    public ImmutableArray<string> ReadStrings()
    {
        var count = ReadInt();
        var builder = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(ReadString());
        }

        return builder.MoveToImmutable();
    }

    public ImmutableArray<T> ReadRows<T>(LazyTable<T> table)
        where T : class
    {
        var count = ReadInt();
        var rows = records.Slice(position, count);
        position += count;
        return table.Select(rows);
    }

    public T? ReadOptionalRow<T>(LazyTable<T> table)
        where T : class =>
        ReadInt() is var row and not BlobFormat.Absent ? table[row] : null;
}

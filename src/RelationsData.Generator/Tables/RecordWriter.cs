using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Tables;

/// <summary>
/// Writes records into the one Records column as slots named by TableLayout's field enums (the library's
/// RecordDecoder reads by the same names), and interns every string they hold. A writer exists only inside
/// <see cref="Write{T}"/>: the string table is frozen when that returns, so nothing can add a string after it.
/// </summary>
internal sealed class RecordWriter
{
    private readonly List<int> records = new();
    private readonly List<string> strings = new();
    private readonly Dictionary<string, int> stringIndex = new(StringComparer.Ordinal);
    private bool frozen;
    private int emptyList = -1;

    private RecordWriter()
    {
    }

    /// <summary>Runs <paramref name="write"/> with a new writer; returns its result with the frozen strings and records.</summary>
    public static WrittenRecords<T> Write<T>(Func<RecordWriter, T> write)
    {
        var writer = new RecordWriter();
        var result = write(writer);
        writer.frozen = true;
        return new WrittenRecords<T>(result, writer.strings.ToEquatableArray(), writer.records.ToEquatableArray());
    }

    /// <summary>The index of a string in the string table, adding it on first use.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int String(string value)
    {
        if (frozen)
        {
            throw new InvalidOperationException("The string table is frozen: every string is written inside RecordWriter.Write.");
        }

        if (!stringIndex.TryGetValue(value, out var index))
        {
            index = strings.Count;
            strings.Add(value);
            stringIndex.Add(value, index);
        }

        return index;
    }

    public int Optional(string? value) => value is null ? BlobFormat.Absent : String(value);

    /// <summary>Reserves a record of the kind whose width is <paramref name="fieldCount"/>; its slots start absent.</summary>
    public Slots<TField> Record<TField>(TField fieldCount)
        where TField : unmanaged, Enum
    {
        var start = records.Count;
        Reserve(TableLayout.Slot(fieldCount));
        return new Slots<TField>(this, start);
    }

    /// <summary>Writes a list of records (a count, then each item's slots); returns where the list starts.</summary>
    public int List<T, TItem>(IReadOnlyList<T> items, TItem fieldCount, Action<Slots<TItem>, T> write)
        where TItem : unmanaged, Enum
    {
        if (items.Count == 0)
        {
            return EmptyList();
        }

        var width = TableLayout.Slot(fieldCount);
        var position = records.Count;
        records.Add(items.Count);
        Reserve(items.Count * width);
        for (var i = 0; i < items.Count; i++)
        {
            write(new Slots<TItem>(this, position + 1 + (i * width)), items[i]);
        }

        return position;
    }

    /// <summary>Writes a list of plain integers (rows, string indexes); returns where it starts.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Values(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return EmptyList();
        }

        var position = records.Count;
        records.Add(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            records.Add(values[i]);
        }

        return position;
    }

    /// <summary>Every empty list points at one shared count of 0, written once: most lists of a large dataset are empty.</summary>
    private int EmptyList()
    {
        if (emptyList < 0)
        {
            emptyList = records.Count;
            records.Add(0);
        }

        return emptyList;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Reserve(int count)
    {
        for (var i = 0; i < count; i++)
        {
            records.Add(BlobFormat.Absent);
        }
    }

    /// <summary>The slots of one record being written.</summary>
    public readonly struct Slots<TField>
        where TField : unmanaged, Enum
    {
        private readonly RecordWriter writer;

        public Slots(RecordWriter writer, int start)
        {
            this.writer = writer;
            Start = start;
        }

        /// <summary>Where the record starts in the Records column.</summary>
        public int Start { get; }

        public Slots<TField> Set(TField field, int value)
        {
            writer.records[Start + TableLayout.Slot(field)] = value;
            return this;
        }
    }
}

/// <summary>What <see cref="RecordWriter.Write{T}"/> produced: the caller's result, the frozen strings and the records.</summary>
internal sealed record WrittenRecords<T>(T Result, EquatableArray<string> Strings, EquatableArray<int> Records);

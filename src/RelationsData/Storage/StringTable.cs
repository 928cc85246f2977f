using System;
using System.Text;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// Reads strings out of the UTF-8 blob. Nothing is cached here: a string is decoded into the record that holds it,
/// and records are cached, so a cache of strings would only cost an array as long as the dataset before the first
/// lookup. Searches compare without allocating.
/// </summary>
internal sealed class StringTable
{
    private const int StackLimit = 256;

    private readonly DatasetStorage storage;

    public StringTable(DatasetStorage storage) => this.storage = storage;

    public string Get(int index) => Encoding.UTF8.GetString(Bytes(index));

    /// <summary>Ordinal (UTF-16 code unit) comparison of string <paramref name="index"/> with <paramref name="value"/>.</summary>
    public int CompareOrdinal(int index, ReadOnlySpan<char> value)
    {
        var bytes = Bytes(index);
        if (bytes.Length > StackLimit)
        {
            return Get(index).AsSpan().SequenceCompareTo(value);
        }

        Span<char> chars = stackalloc char[StackLimit];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        return chars[..length].SequenceCompareTo(value);
    }

    private ReadOnlySpan<byte> Bytes(int index)
    {
        // The block's start, then the lengths of the strings before this one in its block (at most 15).
        var lengths = storage[TableColumn.StringLengths];
        var start = storage[TableColumn.StringOffsets][index / TableLayout.StringBlock];
        for (var i = index - (index % TableLayout.StringBlock); i < index; i++)
        {
            start += lengths[i];
        }

        return storage.Utf8Strings.Slice(start, lengths[index]);
    }
}

using System;
using System.Text;
using System.Threading;

namespace RelationsData.Storage;

/// <summary>Decodes strings from the UTF-8 blob on first use and keeps them.</summary>
internal sealed class StringTable
{
    private readonly DatasetStorage storage;
    private readonly string?[] decoded;

    public StringTable(DatasetStorage storage)
    {
        this.storage = storage;
        decoded = new string?[storage.StringOffsets.Length - 1];
    }

    public string Get(int index)
    {
        var known = Volatile.Read(ref decoded[index]);
        if (known is not null)
        {
            return known;
        }

        var offsets = storage.StringOffsets;
        var text = Encoding.UTF8.GetString(storage.Utf8Strings[offsets[index]..offsets[index + 1]]);
        return Interlocked.CompareExchange(ref decoded[index], text, null) ?? text;
    }
}

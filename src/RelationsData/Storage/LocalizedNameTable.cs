using System;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// Reads the lists of localized names in the LocalizedNameLists column: a count, then one number per name (its string
/// index and its culture's number, TableLayout.Pack) sorted by culture; a position of BlobFormat.Absent is an empty
/// list. Looking a culture up finds its number in the Cultures column, comparing the UTF-8 bytes without decoding, then
/// binary-searches the list by number.
/// </summary>
internal sealed class LocalizedNameTable
{
    private readonly DatasetStorage storage;
    private readonly StringTable strings;

    public LocalizedNameTable(DatasetStorage storage, StringTable strings)
    {
        this.storage = storage;
        this.strings = strings;
    }

    public int Count(int position) => position == BlobFormat.Absent ? 0 : storage[TableColumn.LocalizedNameLists][position];

    public LocalizedName Item(int position, int index)
    {
        var cultures = storage[TableColumn.Cultures];
        var entry = storage[TableColumn.LocalizedNameLists][position + 1 + index];
        return new LocalizedName(strings.Get(cultures[entry % cultures.Length]), strings.Get(entry / cultures.Length));
    }

    public string? Find(int position, ReadOnlySpan<char> culture)
    {
        if (position == BlobFormat.Absent || CultureNumber(culture) is not (>= 0 and var number))
        {
            return null;
        }

        var cultureCount = storage[TableColumn.Cultures].Length;
        var list = storage[TableColumn.LocalizedNameLists];
        int low = 0, high = list[position] - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var entry = list[position + 1 + middle];
            var order = (entry % cultureCount).CompareTo(number);
            if (order == 0)
            {
                return strings.Get(entry / cultureCount);
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    private int CultureNumber(ReadOnlySpan<char> culture)
    {
        var cultures = storage[TableColumn.Cultures];
        int low = 0, high = cultures.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = strings.CompareOrdinal(cultures[middle], culture);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }
}

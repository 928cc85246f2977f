// Compiled into the library, the generator and the build task: the tables as one binary resource.
using System;

namespace RelationsData.Shared;

/// <summary>
/// The compiled tables as one blob, for the embedded-resource storage (RelationsDataStorage=resource): a header, the
/// UTF-8 strings, then every column in its encoded form (the bytes the literal storage prints), back to back. The
/// header is little-endian 32-bit integers: <see cref="Magic"/>, the format version (<see cref="BlobFormat.Version"/>),
/// the length of the strings, the number of columns, each column's length; then the content hash as 64 ASCII hex
/// characters.
/// </summary>
internal static class TableBlob
{
    /// <summary>The manifest resource name: an assembly compiles one dataset, so one name serves every namespace.</summary>
    public const string ResourceName = "RelationsData.CompiledDataset.tables";

    /// <summary>"RDTB" as a little-endian integer.</summary>
    public const int Magic = 0x42544452;

    public const int HashLength = 64;

    /// <summary>Where the strings and each column lie in a blob, checked against its length.</summary>
    public readonly struct Layout
    {
        private readonly int[] columnStarts;
        private readonly int[] columnLengths;

        private Layout(string contentHash, int stringsStart, int stringsLength, int[] columnStarts, int[] columnLengths)
        {
            ContentHash = contentHash;
            StringsStart = stringsStart;
            StringsLength = stringsLength;
            this.columnStarts = columnStarts;
            this.columnLengths = columnLengths;
        }

        public string ContentHash { get; }

        public int StringsStart { get; }

        public int StringsLength { get; }

        public int ColumnCount => columnStarts.Length;

        public int ColumnStart(int column) => columnStarts[column];

        public int ColumnLength(int column) => columnLengths[column];

        /// <summary>Reads the header; null when the blob is not one of this format version, or is cut short.</summary>
        public static Layout? Read(ReadOnlySpan<byte> blob)
        {
            var position = 0;
            if (!TryInt(blob, ref position, out var magic) || magic != Magic
                || !TryInt(blob, ref position, out var version) || version != BlobFormat.Version
                || !TryInt(blob, ref position, out var stringsLength) || stringsLength < 0
                || !TryInt(blob, ref position, out var columns) || columns < 0 || columns > 4096)
            {
                return null;
            }

            var lengths = new int[columns];
            for (var i = 0; i < columns; i++)
            {
                if (!TryInt(blob, ref position, out lengths[i]) || lengths[i] < 0)
                {
                    return null;
                }
            }

            if (blob.Length - position < HashLength)
            {
                return null;
            }

            var hash = new char[HashLength];
            for (var i = 0; i < HashLength; i++)
            {
                hash[i] = (char)blob[position + i];
            }

            position += HashLength;
            var stringsStart = position;
            var starts = new int[columns];
            long end = position + (long)stringsLength;
            for (var i = 0; i < columns; i++)
            {
                starts[i] = (int)Math.Min(end, int.MaxValue);
                end += lengths[i];
            }

            return end == blob.Length ? new Layout(new string(hash), stringsStart, stringsLength, starts, lengths) : null;
        }

        private static bool TryInt(ReadOnlySpan<byte> blob, ref int position, out int value)
        {
            if (blob.Length - position < 4)
            {
                value = 0;
                return false;
            }

            value = blob[position] | (blob[position + 1] << 8) | (blob[position + 2] << 16) | (blob[position + 3] << 24);
            position += 4;
            return true;
        }
    }
}

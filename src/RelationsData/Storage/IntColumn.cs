using System;

namespace RelationsData.Storage;

/// <summary>
/// A column of integers stored as constant bytes: a width character <c>'0' + w</c>, then every value plus one (so
/// that -1, absent, is 0) as <c>w</c> groups of 6 bits, least significant first, each written as the character
/// <c>'0' + group</c>. The generator writes the column as a <c>u8</c> string literal of printable ASCII, which the
/// compiler lexes in milliseconds where the same numbers as an array initializer take seconds to bind.
/// </summary>
internal readonly ref struct IntColumn
{
    private const int Zero = '0';

    private readonly ReadOnlySpan<byte> values;
    private readonly int width;

    public IntColumn(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty)
        {
            values = default;
            width = 1;
            return;
        }

        width = encoded[0] - Zero;
        values = encoded.Slice(1);
        if (width is < 1 or > 6 || values.Length % width != 0)
        {
            throw new InvalidOperationException("A generated column is corrupt: rebuild the project with the same RelationsData version.");
        }
    }

    private IntColumn(ReadOnlySpan<byte> values, int width)
    {
        this.values = values;
        this.width = width;
    }

    public int Length => values.Length / width;

    public bool IsEmpty => values.IsEmpty;

    public int this[int index]
    {
        get
        {
            var groups = values.Slice(index * width, width);
            var value = 0L;
            for (var i = groups.Length - 1; i >= 0; i--)
            {
                value = (value << 6) | (uint)(groups[i] - Zero);
            }

            return (int)(value - 1);
        }
    }

    public IntColumn Slice(int start, int length) => new(values.Slice(start * width, length * width), width);

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the values in order, so that <c>foreach</c> works as over a span.</summary>
    public ref struct Enumerator
    {
        private readonly IntColumn column;
        private int index;

        public Enumerator(IntColumn column)
        {
            this.column = column;
            index = -1;
        }

        public readonly int Current => column[index];

        public bool MoveNext() => ++index < column.Length;
    }
}

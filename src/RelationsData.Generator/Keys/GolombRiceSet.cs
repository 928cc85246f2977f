using System;
using System.Collections.Generic;

namespace RelationsData.Generator.Keys;

/// <summary>
/// A set of integers stored as a Golomb-Rice coded list (the compact set of BIP 158 and of spell-checkers' hash
/// lists): the sorted values' gaps, each as its quotient by 2^k in unary (ones, then a zero) and its k low bits, bits
/// most significant first. Hashes spread evenly over 2^24 cost about k + 2 bits each instead of 24; k is chosen as the
/// one that gives the fewest bits.
/// </summary>
internal static class GolombRiceSet
{
    /// <summary>Encodes distinct non-negative values (any order); returns the parameter k and the bytes.</summary>
    public static (int K, byte[] Bytes) Encode(IReadOnlyCollection<int> values)
    {
        var sorted = new List<int>(values);
        sorted.Sort();
        var best = 0;
        var bestBits = long.MaxValue;
        for (var k = 0; k < 31; k++)
        {
            var bits = 0L;
            var previous = 0;
            foreach (var value in sorted)
            {
                bits += ((value - previous) >> k) + 1 + k;
                previous = value;
            }

            if (bits < bestBits)
            {
                (best, bestBits) = (k, bits);
            }
        }

        var writer = new BitWriter((int)((bestBits + 7) / 8));
        var last = 0;
        foreach (var value in sorted)
        {
            var gap = value - last;
            last = value;
            for (var q = gap >> best; q > 0; q--)
            {
                writer.Write(1);
            }

            writer.Write(0);
            for (var bit = best - 1; bit >= 0; bit--)
            {
                writer.Write((gap >> bit) & 1);
            }
        }

        return (best, writer.Bytes);
    }

    /// <summary>Decodes <paramref name="count"/> values written by <see cref="Encode"/>; stops early, without throwing, at the end of the bytes.</summary>
    public static List<int> Decode(byte[] bytes, int k, int count)
    {
        var values = new List<int>(Math.Max(0, Math.Min(count, bytes.Length * 8)));
        var position = 0L;
        var total = bytes.Length * 8L;
        int Read() => (bytes[position >> 3] >> (7 - (int)(position++ & 7))) & 1;

        var value = 0L;
        while (values.Count < count)
        {
            // The quotient's ones end with a zero; bytes that end first hold no further value.
            var quotient = 0L;
            var ended = false;
            while (!ended && position < total)
            {
                ended = Read() == 0;
                quotient += ended ? 0 : 1;
            }

            if (!ended || position + k > total || k is < 0 or > 30)
            {
                break;
            }

            var remainder = 0;
            for (var bit = 0; bit < k; bit++)
            {
                remainder = (remainder << 1) | Read();
            }

            value += (quotient << k) + remainder;
            if (value > int.MaxValue)
            {
                break;
            }

            values.Add((int)value);
        }

        return values;
    }

    private sealed class BitWriter
    {
        private long position;

        public BitWriter(int length) => Bytes = new byte[length];

        public byte[] Bytes { get; }

        public void Write(int bit)
        {
            if (bit != 0)
            {
                Bytes[position >> 3] |= (byte)(0x80 >> (int)(position & 7));
            }

            position++;
        }
    }
}

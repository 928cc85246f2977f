using System.Text;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Encodes an integer column the way IntColumn in the library decodes it: a width byte w, then each value plus one in
/// w groups of 7 bits, least significant first. Every byte is below 0x80, so the column can be written as a u8 string
/// literal (one byte a character) that the compiler lexes far faster than it binds an array initializer.
/// </summary>
internal static class ColumnEncoder
{
    /// <summary>The column as the characters of a u8 literal's content (each below U+0080).</summary>
    public static string Encode(EquatableArray<int> values)
    {
        var max = 0L;
        foreach (var value in values)
        {
            max = System.Math.Max(max, (long)value + 1);
        }

        var width = 1;
        while (width < 5 && max >= 1L << (7 * width))
        {
            width++;
        }

        var builder = new StringBuilder(1 + (values.Count * width));
        builder.Append((char)width);
        foreach (var value in values)
        {
            var biased = (long)value + 1;
            for (var i = 0; i < width; i++)
            {
                builder.Append((char)((biased >> (7 * i)) & 0x7F));
            }
        }

        return builder.ToString();
    }
}

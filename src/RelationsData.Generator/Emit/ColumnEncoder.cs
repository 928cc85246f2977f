using System.Text;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Encodes an integer column the way IntColumn in the library decodes it: a width character, then each value plus
/// one as that many groups of 6 bits, least significant first, every group written as one of the 64 characters
/// '0' (0x30) to 'o' (0x6F). All are printable ASCII, so the column is a u8 literal of one source character a byte
/// (only '\' needs an escape), which the compiler lexes far faster than it binds an array initializer; 7-bit groups
/// would pack tighter but print their small values as six-character \u00XX escapes.
/// </summary>
internal static class ColumnEncoder
{
    public const char Zero = '0';

    public const int BitsPerGroup = 6;

    /// <summary>The column as the characters of a u8 literal's content.</summary>
    public static string Encode(EquatableArray<int> values) => Encoding.ASCII.GetString(EncodeBytes(values));

    /// <summary>The column as bytes (the resource blob's form; each byte is the character <see cref="Encode"/> gives).</summary>
    public static byte[] EncodeBytes(EquatableArray<int> values)
    {
        var max = 0L;
        foreach (var value in values)
        {
            max = System.Math.Max(max, (long)value + 1);
        }

        var width = 1;
        while (max >= 1L << (BitsPerGroup * width))
        {
            width++;
        }

        var bytes = new byte[1 + (values.Count * width)];
        bytes[0] = (byte)(Zero + width);
        var at = 1;
        foreach (var value in values)
        {
            var biased = (long)value + 1;
            for (var i = 0; i < width; i++)
            {
                bytes[at++] = (byte)(Zero + ((biased >> (BitsPerGroup * i)) & 0x3F));
            }
        }

        return bytes;
    }
}

using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets (what the JSON reader reports) to character offsets (what the IDE shows),
/// moving forward through the text as the reader does. The text may be a part of a longer string (a line of a packed
/// file): offsets are then the part's own.
/// </summary>
internal sealed class TextPositions
{
    private readonly string text;
    private readonly int start;
    private readonly int length;
    private readonly bool ascii;
    private int charOffset;
    private int byteOffset;

    public TextPositions(string text)
        : this(text, 0, text.Length, Encoding.UTF8.GetByteCount(text))
    {
    }

    /// <param name="byteCount">The part's length in UTF-8: as long as the part in characters only when every character is ASCII.</param>
    public TextPositions(string text, int start, int length, int byteCount)
        => (this.text, this.start, this.length, ascii) = (text, start, length, byteCount == length);

    /// <summary>Positions in <paramref name="length"/> ASCII bytes, where a byte is a character.</summary>
    public static TextPositions OfAscii(int length) => new(string.Empty, 0, length, length);

    [MethodImpl(HotPath.Optimized)]
    public int CharOffsetOf(int targetByteOffset)
    {
        // Most data is ASCII, where a byte is a character: no walk.
        if (ascii)
        {
            return Math.Min(targetByteOffset, length);
        }

        if (targetByteOffset < byteOffset)
        {
            charOffset = 0;
            byteOffset = 0;
        }

        while (byteOffset < targetByteOffset && charOffset < length)
        {
            var c = text[start + charOffset];
            if (char.IsHighSurrogate(c) && charOffset + 1 < length && char.IsLowSurrogate(text[start + charOffset + 1]))
            {
                byteOffset += 4;
                charOffset += 2;
                continue;
            }

            // A lone surrogate is written as U+FFFD, three bytes.
            byteOffset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            charOffset++;
        }

        return charOffset;
    }
}

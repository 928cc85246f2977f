namespace RelationsData.Generator.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets (what the JSON reader reports) to character offsets (what the IDE shows),
/// moving forward through the text as the reader does.
/// </summary>
internal sealed class TextPositions
{
    private readonly string text;
    private int charOffset;
    private int byteOffset;

    public TextPositions(string text) => this.text = text;

    public int CharOffsetOf(int targetByteOffset)
    {
        if (targetByteOffset < byteOffset)
        {
            charOffset = 0;
            byteOffset = 0;
        }

        while (byteOffset < targetByteOffset && charOffset < text.Length)
        {
            var c = text[charOffset];
            if (char.IsHighSurrogate(c) && charOffset + 1 < text.Length && char.IsLowSurrogate(text[charOffset + 1]))
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

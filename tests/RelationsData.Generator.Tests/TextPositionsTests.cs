using RelationsData.Generator.Parsing;

namespace RelationsData.Generator.Tests;

/// <summary>
/// UTF-8 byte offsets (the JSON reader's) to character offsets (the IDE's): every width of UTF-8, surrogate pairs,
/// lone surrogates, offsets past the end and a reader that moves back.
/// </summary>
public class TextPositionsTests
{
    [Theory]
    // U+007F is the last one-byte character, U+0080 the first of two bytes, U+07FF the last of two, U+0800 the first of three.
    [InlineData("\u007Fa\u0080b\u07FFc\u0800d", new[] { 0, 1, 2, 4, 5, 7, 8, 11 }, new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    // A pair (U+1F600, U+20000) is four bytes for two characters.
    [InlineData("\U0001F600x\U00020000y", new[] { 0, 4, 5, 9 }, new[] { 0, 2, 3, 5 })]
    // A lone high surrogate, followed by a letter or at the end, is written as U+FFFD: three bytes for one character.
    [InlineData("\uD83Dx\uD83D", new[] { 0, 3, 4, 7 }, new[] { 0, 1, 2, 3 })]
    // A lone low surrogate likewise.
    [InlineData("\uDE00x", new[] { 0, 3, 4 }, new[] { 0, 1, 2 })]
    public void Each_byte_offset_maps_to_the_character_it_starts(string text, int[] byteOffsets, int[] charOffsets)
    {
        var positions = new TextPositions(text);
        for (var i = 0; i < byteOffsets.Length; i++)
        {
            Assert.Equal(charOffsets[i], positions.CharOffsetOf(byteOffsets[i]));
        }
    }

    [Fact]
    public void An_offset_past_the_end_is_the_end()
    {
        Assert.Equal(3, new TextPositions("abc").CharOffsetOf(100));
        Assert.Equal(2, new TextPositions("a\uD83D").CharOffsetOf(100));
    }

    [Theory]
    // "é😀z" between other lines: its offsets are its own, not the whole text's, and nothing after it counts.
    [InlineData("ab\né\U0001F600z\ncd", 3, 4, 7, new[] { 0, 2, 6, 7, 100 }, new[] { 0, 1, 3, 4, 4 })]
    // An ASCII line between lines that are not (a byte is a character there): the same holds.
    [InlineData("é\U0001F600\n{\"a\":1}\né", 4, 7, 7, new[] { 0, 5, 1, 7, 100 }, new[] { 0, 5, 1, 7, 7 })]
    public void A_part_of_a_longer_text_counts_from_its_own_start_and_ends_at_its_own_end(
        string text, int start, int length, int byteCount, int[] byteOffsets, int[] charOffsets)
    {
        var positions = new TextPositions(text, start, length, byteCount);
        for (var i = 0; i < byteOffsets.Length; i++)
        {
            Assert.Equal(charOffsets[i], positions.CharOffsetOf(byteOffsets[i]));
        }
    }

    [Fact]
    public void Moving_back_starts_again_from_the_beginning()
    {
        var positions = new TextPositions("é\U0001F600z");
        Assert.Equal(3, positions.CharOffsetOf(6));
        Assert.Equal(1, positions.CharOffsetOf(2));
        Assert.Equal(0, positions.CharOffsetOf(0));
        Assert.Equal(4, positions.CharOffsetOf(7));
    }
}

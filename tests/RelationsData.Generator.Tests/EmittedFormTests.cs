using RelationsData.Generator.Emit;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The forms the emitter writes: column values at each width's edge, the C# 7.3 form of constant bytes, and hint names
/// (file names) from any namespace.
/// </summary>
public class EmittedFormTests
{
    // A column is its width (a digit), then each value plus one in that many groups of six bits, low group first, each
    // group as the character '0' + group. So -1 (absent) is '0', 62 the last value one group holds, 63 the first of two.
    [Theory]
    [InlineData(new[] { -1 }, "10")]
    [InlineData(new[] { 62 }, "1o")]
    [InlineData(new[] { 63 }, "201")]
    [InlineData(new[] { 62, -1 }, "1o0")]
    [InlineData(new[] { 4094 }, "2oo")]
    [InlineData(new[] { 4095 }, "3001")]
    [InlineData(new[] { 0, 4095 }, "3100001")]
    public void A_column_takes_the_fewest_six_bit_groups_its_largest_value_needs(int[] values, string expected) =>
        Assert.Equal(expected, ColumnEncoder.Encode(values.ToEquatableArray()));

    [Theory]
    [InlineData("", "new byte[] { }")]
    [InlineData("A", "new byte[] { 65 }")]
    [InlineData("Aé", "new byte[] { 65, 195, 169 }")]
    public void CSharp_7_3_writes_constant_bytes_as_an_array_initializer(string content, string expected) =>
        Assert.Equal(expected, new CSharpDialect(new TargetFeatures(TargetFeatures.DateTime, LanguageVersion: 703)).Bytes(content));

    [Theory]
    [InlineData("Acme.Data", "Acme.Data")]
    [InlineData("Zeta_9.Z", "Zeta_9.Z")]
    [InlineData("Données.Relations", "Donn_es.Relations")]
    [InlineData("@Data-Set", "_Data_Set")]
    // Each range's first and last character kept, and the characters just outside each range replaced.
    [InlineData("AZ.az.09_", "AZ.az.09_")]
    [InlineData("@[`{/:", "______")]
    public void Hint_names_keep_ASCII_letters_digits_underscores_and_dots_and_replace_the_rest(string ns, string expected) =>
        Assert.Equal(expected, DatasetEmitter.HintPrefix(ns));

    // Characters a reader cannot see are written as escapes, in a short literal as in a long one.
    [Theory]
    [InlineData("a\u200Eb", "\"a\\u200eb\"")]
    [InlineData("a\u00A0b", "\"a\\u00a0b\"")]
    [InlineData("\uFEFF", "\"\\ufeff\"")]
    [InlineData("plain", "\"plain\"")]
    public void String_literals_escape_invisible_characters(string value, string expected) =>
        Assert.Equal(expected, CSharpText.StringLiteral(value));
}

using System;
using System.Collections.Generic;
using System.Linq;
using RelationsData.Generator.Keys;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Tests.Analysis;

/// <summary>
/// The analyzer's key table keeps the names in other languages as a Golomb-Rice coded set of 24-bit hashes: every name
/// written is found again, at about half the size of the plain hashes.
/// </summary>
public class KeyTableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void A_coded_set_decodes_to_the_values_written(int count)
    {
        var random = new Random(count);
        var values = Enumerable.Range(0, count * 2).Select(_ => random.Next(1 << 24)).Distinct().Take(count).ToList();

        var (k, bytes) = GolombRiceSet.Encode(values);

        Assert.Equal(values.Order(), GolombRiceSet.Decode(bytes, k, values.Count));
    }

    [Fact]
    public void Hashes_spread_over_24_bits_cost_about_twelve_bits_each()
    {
        var random = new Random(17_000);
        var values = Enumerable.Range(0, 17_000).Select(_ => random.Next(1 << 24)).Distinct().ToList();

        var (k, bytes) = GolombRiceSet.Encode(values);

        // About 1,000 apart on average: k = 9 or 10, a gap costs k + 1 + (gap >> k) bits.
        Assert.InRange(k, 9, 10);
        Assert.InRange(bytes.Length * 8.0 / values.Count, 11.0, 12.5);
        Assert.True(bytes.Length < values.Count * 3 * 0.55, $"{bytes.Length} bytes for {values.Count} hashes");
    }

    [Fact]
    public void Truncated_or_corrupt_bytes_decode_what_they_hold_without_throwing()
    {
        var values = Enumerable.Range(1, 100).Select(i => i * 9_973).ToList();
        var (k, bytes) = GolombRiceSet.Encode(values);

        Assert.Equal(values.Take(10), GolombRiceSet.Decode(bytes, k, 10));
        Assert.True(GolombRiceSet.Decode(bytes[..(bytes.Length / 2)], k, 100).Count < 100);
        Assert.Empty(GolombRiceSet.Decode(bytes, 31, 100));
        Assert.Empty(GolombRiceSet.Decode([], k, 5));
        Assert.Empty(GolombRiceSet.Decode(Enumerable.Repeat((byte)0xFF, 64).ToArray(), 0, 100)); // ones that never end: no value
    }

    [Fact]
    public void The_written_table_finds_every_name_and_codes_only_the_localized_ones()
    {
        var keys = new Model.DatasetKeys(
            new[]
            {
                new Model.CountryKey("azerbaijan", "Azerbaijan", "AZ", "AZE", 31, null, "Azerbaijan", new[] { "AZERBAIJAN" }.ToEquatableArray(), new[] { "ASERBAIDSCHAN", "アゼルバイジャン" }.ToEquatableArray(), default),
            }.ToEquatableArray(),
            default,
            default,
            default);

        var text = KeyTable.Write(keys, default);
        var table = KeyTable.Read(text)!;

        Assert.StartsWith("RDK3\n", text, StringComparison.Ordinal);
        Assert.Contains("\nG\t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ASERBAIDSCHAN", text, StringComparison.Ordinal);
        Assert.True(table.FindsName("AZERBAIJAN"));
        Assert.True(table.FindsName("ASERBAIDSCHAN"));
        Assert.True(table.FindsName("アゼルバイジャン"));
        Assert.False(table.FindsName("ATLANTIS"));
        Assert.Null(KeyTable.Read(text.Replace("RDK3", "RDK2", StringComparison.Ordinal))); // another version's table is not read
    }

    [Fact]
    public void The_kinds_without_named_members_travel_with_their_count_and_limit()
    {
        var keys = new Model.DatasetKeys(default, default, default, default);
        var unnamed = new[] { new Model.UnnamedKind("Events", 100_000, 1000), new Model.UnnamedKind("References", 50_000, 1000) }.ToEquatableArray();

        var text = KeyTable.Write(keys, unnamed);
        var table = KeyTable.Read(text)!;

        Assert.Equal(new Model.UnnamedKind("Events", 100_000, 1000), table.UnnamedKinds["Events"]);
        Assert.Equal(new Model.UnnamedKind("References", 50_000, 1000), table.UnnamedKinds["References"]);
        Assert.Equal(2, table.UnnamedKinds.Count);
        Assert.DoesNotContain("Events", KeyTable.Read(text.Replace("\tEvents\t100000", "\tEvents\tmany", StringComparison.Ordinal))!.UnnamedKinds.Keys); // a count that is no number is skipped, not thrown on

        // The line is new in this table's format; a reader skips a kind of line it does not know, as an earlier analyzer skips this one.
        Assert.Equal(2, KeyTable.Read(text + "Z\tsomething later\n")!.UnnamedKinds.Count);
    }
}

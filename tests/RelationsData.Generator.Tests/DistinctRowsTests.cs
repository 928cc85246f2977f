using RelationsData.Generator.Tables;

namespace RelationsData.Generator.Tests;

/// <summary>An event's countries and relations are grouped each once, in the order first named, short list or long.</summary>
public class DistinctRowsTests
{
    [Theory]
    [InlineData(new[] { 3, 1, 3, 2, 1 }, new[] { 3, 1, 2 })]
    [InlineData(new int[0], new int[0])]
    // Past the length where the scan gives way to a set: the repeats on both sides of it are still dropped.
    [InlineData(
        new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 16, 15, 17, 16, 3 },
        new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 })]
    public void Each_row_is_kept_once_where_it_was_first_added(int[] added, int[] expected)
    {
        var rows = new DistinctRows(added.Length);
        foreach (var row in added)
        {
            rows.Add(row);
        }

        Assert.Equal(expected, rows.ToArray());
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RelationsData.Shared;

namespace RelationsData.Tests;

/// <summary>
/// The header of the embedded tables (RelationsDataStorage=resource): a blob is read only when every length in it adds
/// up to its size, so a truncated, padded or foreign resource is refused, never read past its end.
/// </summary>
public class TableBlobTests
{
    private static readonly string Hash = new('a', TableBlob.HashLength);

    [Fact]
    public void A_well_formed_blob_gives_the_place_of_the_strings_and_of_each_column()
    {
        var blob = Blob("héllo", new[] { "1234", "", "56" });

        var layout = TableBlob.Layout.Read(blob)!.Value;

        Assert.Equal(Hash, layout.ContentHash);
        Assert.Equal("héllo", Encoding.UTF8.GetString(blob, layout.StringsStart, layout.StringsLength));
        Assert.Equal(3, layout.ColumnCount);
        Assert.Equal(new[] { "1234", "", "56" }, Enumerable.Range(0, 3).Select(i => Encoding.ASCII.GetString(blob, layout.ColumnStart(i), layout.ColumnLength(i))));
    }

    [Fact]
    public void A_blob_that_is_cut_short_padded_foreign_or_of_another_version_is_refused()
    {
        var blob = Blob("strings", new[] { "123", "4567" });

        Assert.NotNull(TableBlob.Layout.Read(blob));
        for (var length = 0; length < blob.Length; length++)
        {
            Assert.Null(TableBlob.Layout.Read(blob.AsSpan(0, length)));
        }

        Assert.Null(TableBlob.Layout.Read(blob.Concat(new byte[] { 0 }).ToArray()));
        Assert.Null(TableBlob.Layout.Read(With(blob, 0, TableBlob.Magic + 1)));
        Assert.Null(TableBlob.Layout.Read(With(blob, 4, BlobFormat.Version + 1)));
        Assert.Null(TableBlob.Layout.Read(With(blob, 8, -1)));
        Assert.Null(TableBlob.Layout.Read(With(blob, 12, -1)));
        Assert.Null(TableBlob.Layout.Read(With(blob, 16, int.MaxValue)));
        // A negative column length that the next one makes up for: the lengths still add up to the blob's.
        Assert.Null(TableBlob.Layout.Read(With(With(blob, 16, -1), 20, 8)));
    }

    [Fact]
    public void A_blob_of_no_strings_and_up_to_4096_columns_is_well_formed_and_4097_columns_are_refused()
    {
        var empty = TableBlob.Layout.Read(Blob(string.Empty, Array.Empty<string>()))!.Value;
        var most = TableBlob.Layout.Read(Blob(string.Empty, new string[4096].Select(_ => string.Empty).ToArray()))!.Value;

        Assert.Equal((0, 0), (empty.StringsLength, empty.ColumnCount));
        Assert.Equal(4096, most.ColumnCount);
        Assert.Null(TableBlob.Layout.Read(Blob(string.Empty, new string[4097].Select(_ => string.Empty).ToArray())));
    }

    /// <summary>A blob laid out as the build step writes it (src/RelationsData.Generator/Emit/TableBlobWriter.cs).</summary>
    internal static byte[] Blob(string strings, string[] columns)
    {
        var bytes = new List<byte>();
        void Int(int value) => bytes.AddRange(BitConverter.GetBytes(value));
        Int(TableBlob.Magic);
        Int(BlobFormat.Version);
        var utf8 = Encoding.UTF8.GetBytes(strings);
        Int(utf8.Length);
        Int(columns.Length);
        foreach (var column in columns)
        {
            Int(column.Length);
        }

        bytes.AddRange(Encoding.ASCII.GetBytes(Hash));
        bytes.AddRange(utf8);
        foreach (var column in columns)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes(column));
        }

        return bytes.ToArray();
    }

    private static byte[] With(byte[] blob, int offset, int value)
    {
        var copy = (byte[])blob.Clone();
        BitConverter.GetBytes(value).CopyTo(copy, offset);
        return copy;
    }
}

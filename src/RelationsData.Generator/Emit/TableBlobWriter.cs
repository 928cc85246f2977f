using System;
using System.Buffers.Binary;
using System.Text;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Writes the tables as the resource blob the library reads (layout: Shared/TableBlob.cs): the bytes that the literal
/// storage prints, behind a header, so that both storages hold the same data and the same content hash. The blob is
/// one array of its exact size, written in place: at world scale it is 50 MB, and through a stream, a joined string of
/// every table string and the copies between them the build step's write stage took 1.6-2.1 s, in place 0.6 s
/// (dotnet build -v:d; docs/benchmarks.md).
/// </summary>
internal static class TableBlobWriter
{
    public static byte[] Write(DatasetTables tables) => Write(tables, () => ContentHash.Compute(tables));

    /// <summary>
    /// The blob, with <paramref name="hash"/> asked for last, when every other byte is in place: the build step computes
    /// the hash on another thread meanwhile.
    /// </summary>
    public static byte[] Write(DatasetTables tables, Func<string> hash)
    {
        var stringsLength = 0;
        foreach (var s in tables.Strings)
        {
            stringsLength += Encoding.UTF8.GetByteCount(s);
        }

        var columns = new byte[tables.Columns.Count][];
        var columnsLength = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = ColumnEncoder.EncodeBytes(tables.Columns[i]);
            columnsLength += columns[i].Length;
        }

        var blob = new byte[(4 * (4 + columns.Length)) + TableBlob.HashLength + stringsLength + columnsLength];
        var at = 0;
        Int(blob, ref at, TableBlob.Magic);
        Int(blob, ref at, BlobFormat.Version);
        Int(blob, ref at, stringsLength);
        Int(blob, ref at, columns.Length);
        foreach (var column in columns)
        {
            Int(blob, ref at, column.Length);
        }

        var hashAt = at;
        at += TableBlob.HashLength;
        foreach (var s in tables.Strings)
        {
            at += Encoding.UTF8.GetBytes(s, 0, s.Length, blob, at);
        }

        foreach (var column in columns)
        {
            System.Buffer.BlockCopy(column, 0, blob, at, column.Length);
            at += column.Length;
        }

        var contentHash = hash();
        if (contentHash.Length != TableBlob.HashLength)
        {
            throw new InvalidOperationException($"A content hash is {TableBlob.HashLength} characters, not {contentHash.Length}.");
        }

        Encoding.ASCII.GetBytes(contentHash, 0, contentHash.Length, blob, hashAt);
        return blob;
    }

    /// <summary>Little-endian on every platform, as the library reads it.</summary>
    private static void Int(byte[] blob, ref int at, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(at), value);
        at += 4;
    }
}

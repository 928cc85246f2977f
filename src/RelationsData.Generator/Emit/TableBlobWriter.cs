using System.IO;
using System.Text;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Writes the tables as the resource blob the library reads (layout: Shared/TableBlob.cs): the bytes that the literal
/// storage prints, behind a header, so that both storages hold the same data and the same content hash.
/// </summary>
internal static class TableBlobWriter
{
    public static byte[] Write(DatasetTables tables)
    {
        var strings = Encoding.UTF8.GetBytes(string.Concat(tables.Strings));
        var columns = new byte[tables.Columns.Count][];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = ColumnEncoder.EncodeBytes(tables.Columns[i]);
        }

        var size = 20 + (4 * columns.Length) + 64 + strings.Length;
        foreach (var column in columns)
        {
            size += column.Length;
        }

        using var stream = new MemoryStream(size);
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            // BinaryWriter writes little-endian on every platform.
            writer.Write(TableBlob.Magic);
            writer.Write(BlobFormat.Version);
            writer.Write(strings.Length);
            writer.Write(columns.Length);
            foreach (var column in columns)
            {
                writer.Write(column.Length);
            }

            writer.Write(Encoding.ASCII.GetBytes(ContentHash.Compute(tables)));
            writer.Write(strings);
            foreach (var column in columns)
            {
                writer.Write(column);
            }
        }

        return stream.ToArray();
    }
}

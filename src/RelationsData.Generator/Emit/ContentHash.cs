using System;
using System.Security.Cryptography;
using System.Text;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Emit;

/// <summary>
/// SHA-256 of the compiled tables (format version, strings, every column in TableColumn order): equal for equal data,
/// whatever the file layout, formatting or order, so an app can tell at run time which data it carries.
/// </summary>
internal static class ContentHash
{
    public static string Compute(DatasetTables t)
    {
        using var sha = SHA256.Create();
        var buffer = new Buffer(sha);
        buffer.Int(BlobFormat.Version);
        buffer.Int(t.Strings.Count);
        foreach (var s in t.Strings)
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            buffer.Int(bytes.Length);
            buffer.Bytes(bytes);
        }

        foreach (var column in t.Columns)
        {
            buffer.Int(column.Count);
            foreach (var value in column)
            {
                buffer.Int(value);
            }
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        var hex = new StringBuilder(64);
        foreach (var b in sha.Hash!)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>Feeds little-endian integers and bytes to the hash without a buffer per value.</summary>
    private sealed class Buffer(HashAlgorithm hash)
    {
        private readonly byte[] four = new byte[4];

        public void Int(int value)
        {
            four[0] = (byte)value;
            four[1] = (byte)(value >> 8);
            four[2] = (byte)(value >> 16);
            four[3] = (byte)(value >> 24);
            Bytes(four);
        }

        public void Bytes(byte[] bytes) => hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
    }
}

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
        // Tables from the build step hold no strings or columns, only the hash the step computed from them.
        if (t.PrebuiltContentHash is { } prebuilt)
        {
            return prebuilt;
        }

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

        buffer.Flush();
        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        var hex = new StringBuilder(64);
        foreach (var b in sha.Hash!)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>
    /// Feeds little-endian integers and bytes to the hash through one 64 KiB buffer, rather than one call to the hash
    /// per 4-byte value (ten million calls at world scale).
    /// </summary>
    private sealed class Buffer(HashAlgorithm hash)
    {
        private readonly byte[] buffer = new byte[64 * 1024];
        private int used;

        public void Int(int value)
        {
            if (used + 4 > buffer.Length)
            {
                Flush();
            }

            buffer[used] = (byte)value;
            buffer[used + 1] = (byte)(value >> 8);
            buffer[used + 2] = (byte)(value >> 16);
            buffer[used + 3] = (byte)(value >> 24);
            used += 4;
        }

        public void Bytes(byte[] bytes)
        {
            if (used + bytes.Length > buffer.Length)
            {
                Flush();
            }

            if (bytes.Length > buffer.Length)
            {
                hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
                return;
            }

            System.Buffer.BlockCopy(bytes, 0, buffer, used, bytes.Length);
            used += bytes.Length;
        }

        public void Flush()
        {
            hash.TransformBlock(buffer, 0, used, null, 0);
            used = 0;
        }
    }
}

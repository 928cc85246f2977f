using System;
using System.Buffers.Binary;
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
            buffer.Utf8(s);
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

            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(used), value);
            used += 4;
        }

        /// <summary>A string's UTF-8 length, then its bytes, encoded into the buffer: no array per string.</summary>
        public void Utf8(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Int(length);
            if (used + length > buffer.Length)
            {
                Flush();
            }

            if (length > buffer.Length)
            {
                var bytes = Encoding.UTF8.GetBytes(value);
                hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
                return;
            }

            used += Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, used);
        }

        public void Flush()
        {
            hash.TransformBlock(buffer, 0, used, null, 0);
            used = 0;
        }
    }
}

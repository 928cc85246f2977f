using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RelationsData.IsoImport;

/// <summary>
/// A gettext .mo catalogue: English message → translation. The format: a magic number that also gives the byte
/// order, then the count and the offsets of two tables of (length, offset) pairs, originals and translations.
/// </summary>
public sealed class GettextCatalog
{
    private const uint Magic = 0x950412de;

    private readonly Dictionary<string, string> translations;

    private GettextCatalog(Dictionary<string, string> translations) => this.translations = translations;

    public int Count => translations.Count;

    public static GettextCatalog Load(string path) => Parse(File.ReadAllBytes(path), path);

    public static GettextCatalog Parse(byte[] bytes, string source)
    {
        if (bytes.Length < 28)
        {
            throw new InvalidDataException($"{source}: too short for a .mo file");
        }

        var bigEndian = BinaryPrimitives.ReadUInt32LittleEndian(bytes) switch
        {
            Magic => false,
            _ when BinaryPrimitives.ReadUInt32BigEndian(bytes) == Magic => true,
            _ => throw new InvalidDataException($"{source}: not a .mo file (bad magic number)"),
        };

        uint Read(int offset) => offset < 0 || offset + 4 > bytes.Length
            ? throw new InvalidDataException($"{source}: offset {offset} is outside the file")
            : bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset)) : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));

        string Text(int table, int index)
        {
            var length = (int)Read(table + (index * 8));
            var offset = (int)Read(table + (index * 8) + 4);
            if (offset < 0 || length < 0 || offset + length > bytes.Length)
            {
                throw new InvalidDataException($"{source}: string {index} is outside the file");
            }

            return Encoding.UTF8.GetString(bytes, offset, length);
        }

        var count = (int)Read(8);
        var originals = (int)Read(12);
        var translated = (int)Read(16);
        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var original = Text(originals, i);
            var translation = Text(translated, i);
            // The empty message is the catalogue's header; plural forms and contexts do not occur in iso-codes.
            if (original.Length > 0 && translation.Length > 0)
            {
                map[original] = translation;
            }
        }

        return new GettextCatalog(map);
    }

    public string? Translate(string english) => translations.TryGetValue(english, out var translation) ? translation : null;
}

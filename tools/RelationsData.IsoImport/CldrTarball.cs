using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace RelationsData.IsoImport;

/// <summary>Reads files of a CLDR npm package, from its tarball as <c>npm pack</c> writes it or from an unpacked folder.</summary>
public static class CldrTarball
{
    /// <summary>The text of every file under <c>package/</c> that <paramref name="wanted"/> accepts, by path (package/...).</summary>
    public static Dictionary<string, string> Read(string path, Func<string, bool> wanted)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(path, "package"), "*.json", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(path, file).Replace('\\', '/');
                if (wanted(name))
                {
                    found[name] = File.ReadAllText(file);
                }
            }

            return found;
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (wanted(entry.Name) && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                found[entry.Name] = reader.ReadToEnd();
            }
        }

        return found;
    }

    /// <summary>The named files, or an error that names the ones missing.</summary>
    public static Dictionary<string, string> ReadExactly(string path, string package, params string[] names)
    {
        var found = Read(path, names.Contains);
        var missing = names.Where(name => !found.ContainsKey(name)).ToList();
        return missing.Count == 0 ? found : throw new InvalidDataException($"{path} has no {string.Join(", ", missing)}; is it {package}'s npm tarball?");
    }
}

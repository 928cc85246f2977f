using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RelationsData.WorldData;

/// <summary>
/// A deterministic synthetic dataset in the real schema, at any scale: the same seed and scale always give the same
/// files, byte for byte. The data is invented (country "Aqua Bora"), valid, fully cited, and shaped like the real
/// data: relations with statuses, missions and recognitions; events of a relation dated after it was established.
/// </summary>
public static class WorldDataset
{
    private static readonly string[] Syllables =
    {
        "al", "ba", "cor", "da", "el", "fa", "gu", "ha", "is", "jo", "ka", "li", "mo", "na", "or", "pa", "qu", "ra", "sa", "tu",
        "ur", "va", "we", "xi", "ya", "zo", "ber", "dan", "ges", "lum", "mir", "nor", "pol", "ris", "tan", "vel",
    };

    private static readonly string[] Words =
    {
        "minister", "visit", "talks", "agreement", "cooperation", "embassy", "trade", "culture", "delegation", "meeting", "summit",
        "declaration", "support", "friendship", "economic", "ties", "joint", "commission", "signed", "discussed", "bilateral",
        "relations", "president", "foreign", "affairs", "education", "energy", "transport", "tourism", "investment",
    };

    private static readonly string[] EventKinds = { "visit", "meeting-hosted", "statement", "treaty", "agreement", "embassy-opened" };

    /// <summary>Records per packed file: the world's 170,250 records become 35 files.</summary>
    public const int RecordsPerPackedFile = 5_000;

    /// <summary>Every data file as (relative path, JSON text), in a fixed order.</summary>
    /// <param name="scale">How many records of each kind.</param>
    /// <param name="seed">The seed of the pseudo-random choices.</param>
    /// <param name="indented">Indented JSON (a file per record), or each record on one line (packed files).</param>
    public static IEnumerable<(string Path, string Json)> Files(WorldScale scale, int seed = 20261128, bool indented = true)
    {
        string Write(Action<Utf8JsonWriter> body) => WorldDataset.Write(body, indented);

        if (scale.Countries > 676 || scale.Relations > scale.Countries * (scale.Countries - 1) / 2)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), "too many countries for two-letter codes, or relations for the pairs");
        }

        var random = new Random(seed);
        var countries = Enumerable.Range(0, scale.Countries).Select(i => Country(i, random)).ToList();
        var referenceIds = Enumerable.Range(0, scale.References).Select(i => $"ref-{i:D6}").ToList();
        var nextCitation = 0;
        string[] Cite(int count) => Enumerable.Range(0, count).Select(_ => referenceIds[nextCitation++ % referenceIds.Count]).ToArray();

        foreach (var country in countries)
        {
            yield return ($"countries/{country.Id}.json", Write(w =>
            {
                w.WriteString("$schema", "../schema/country.schema.json");
                w.WriteString("id", country.Id);
                w.WriteString("alpha2", country.Alpha2);
                w.WriteString("alpha3", country.Alpha3);
                w.WriteNumber("numeric", country.Numeric);
                w.WriteString("shortName", country.Name);
                w.WriteString("officialName", "Republic of " + country.Name);
                Citations(w, Cite(1));
            }));
        }

        var pairs = Pairs(scale, random);
        var relations = new List<(string Id, int A, int B, int Year)>(pairs.Count);
        foreach (var (a, b) in pairs)
        {
            var (first, second) = (countries[a], countries[b]);
            var year = 1950 + random.Next(70);
            var established = $"{year}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}";
            var id = $"{first.Id}-{second.Id}";
            relations.Add((id, a, b, year));
            yield return ($"relations/{id}.json", Write(w =>
            {
                w.WriteString("$schema", "../schema/relation.schema.json");
                w.WriteString("id", id);
                Strings(w, "countries", first.Id, second.Id);
                w.WriteStartObject("established");
                w.WriteString("date", established);
                Citations(w, Cite(1));
                w.WriteEndObject();
                w.WriteStartArray("statuses");
                w.WriteStartObject();
                w.WriteString("status", "active");
                w.WriteString("from", established);
                Citations(w, Cite(1));
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartArray("missions");
                foreach (var (from, to) in new[] { (first, second), (second, first) }.Where(_ => random.Next(3) > 0))
                {
                    w.WriteStartObject();
                    w.WriteString("from", from.Id);
                    w.WriteString("to", to.Id);
                    w.WriteString("kind", "embassy");
                    w.WriteString("city", to.Capital);
                    w.WriteString("opened", (year + random.Next(10)).ToString(CultureInfo.InvariantCulture));
                    Citations(w, Cite(1));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Citations(w, Cite(1 + random.Next(2)));
            }));
        }

        for (var i = 0; i < scale.Events; i++)
        {
            var relation = relations[random.Next(relations.Count)];
            var (first, second) = (countries[relation.A], countries[relation.B]);
            var date = $"{relation.Year + 1 + random.Next(2024 - relation.Year):D4}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}";
            var id = $"event-{i:D6}";
            yield return ($"events/{id}.json", Write(w =>
            {
                w.WriteString("$schema", "../schema/event.schema.json");
                w.WriteString("id", id);
                w.WriteString("date", date);
                w.WriteString("kind", EventKinds[random.Next(EventKinds.Length)]);
                w.WriteString("title", $"{first.Name} and {second.Name}: {Sentence(random, 3, 6)}");
                w.WriteString("summary", Sentence(random, 15, 30) + ".");
                w.WriteString("place", random.Next(2) == 0 ? first.Capital : second.Capital);
                Strings(w, "countries", first.Id, second.Id);
                Strings(w, "relations", relation.Id);
                Citations(w, Cite(1 + random.Next(2)));
            }));
        }

        // References last, so that the citations above have spread over all of them; any left over is cited here.
        for (var i = 0; i < referenceIds.Count; i++)
        {
            var title = Sentence(random, 4, 10);
            yield return ($"references/{referenceIds[i]}.json", Write(w =>
            {
                w.WriteString("$schema", "../schema/reference.schema.json");
                w.WriteString("id", referenceIds[i]);
                w.WriteString("type", "article-newspaper");
                w.WriteString("title", char.ToUpperInvariant(title[0]) + title[1..]);
                w.WriteString("container-title", countries[i % countries.Count].Name + " News Agency");
                w.WriteString("URL", $"https://news.example/{referenceIds[i]}");
                w.WriteString("issued", $"{1990 + random.Next(35)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}");
            }));
        }

        if (nextCitation < referenceIds.Count)
        {
            throw new InvalidOperationException($"only {nextCitation} of {referenceIds.Count} references are cited; raise the number of facts");
        }
    }

    /// <summary>
    /// The data files of a layout as (relative path, text): a file per record, or packed files of JSON Lines, each of
    /// up to <see cref="RecordsPerPackedFile"/> records of one kind in the order <see cref="Files"/> gives them
    /// (events/events-000.jsonl, ...). The records are the same in both layouts.
    /// </summary>
    /// <param name="scale">How many records of each kind.</param>
    /// <param name="layout">A file per record, or packed files.</param>
    public static IEnumerable<(string Path, string Text)> DataFiles(WorldScale scale, DataLayout layout)
    {
        if (layout == DataLayout.FilePerRecord)
        {
            foreach (var file in Files(scale))
            {
                yield return file;
            }

            yield break;
        }

        var pack = new StringBuilder();
        string? folder = null;
        var (count, index) = (0, 0);
        foreach (var (path, json) in Files(scale, indented: false))
        {
            var kind = path[..path.IndexOf('/', StringComparison.Ordinal)];
            if (folder is not null && (kind != folder || count == RecordsPerPackedFile))
            {
                yield return ($"{folder}/{folder}-{index:D3}.jsonl", pack.ToString());
                (pack, count, index) = (new StringBuilder(), 0, kind == folder ? index + 1 : 0);
            }

            folder = kind;
            pack.Append(json);
            count++;
        }

        if (folder is not null)
        {
            yield return ($"{folder}/{folder}-{index:D3}.jsonl", pack.ToString());
        }
    }

    /// <summary>Writes every file of a layout under <paramref name="directory"/> (which it empties first); returns the number of records.</summary>
    /// <param name="directory">The folder that becomes the dataset's data folder.</param>
    /// <param name="scale">How many records of each kind.</param>
    /// <param name="layout">A file per record, or packed files.</param>
    public static int Write(string directory, WorldScale scale, DataLayout layout = DataLayout.FilePerRecord)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var (path, text) in DataFiles(scale, layout))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        return scale.Files;
    }

    private sealed record CountryInfo(string Id, string Alpha2, string Alpha3, int Numeric, string Name, string Capital);

    private static CountryInfo Country(int index, Random random)
    {
        var name = Name(random, 2, 3);
        var alpha2 = $"{(char)('A' + (index / 26))}{(char)('A' + (index % 26))}";

        // Index in the id keeps names unique; the member name follows from it (Country007AquaBora).
        return new CountryInfo($"country-{index:D3}-{name.ToLowerInvariant().Replace(' ', '-')}", alpha2, alpha2 + (char)('A' + (index % 7)), index + 1, name, Name(random, 2, 2) + " City");
    }

    /// <summary>Distinct pairs of country indexes, each pair once, in a shuffled order.</summary>
    private static List<(int A, int B)> Pairs(WorldScale scale, Random random)
    {
        var all = new List<(int, int)>(scale.Countries * (scale.Countries - 1) / 2);
        for (var a = 0; a < scale.Countries; a++)
        {
            for (var b = a + 1; b < scale.Countries; b++)
            {
                all.Add((a, b));
            }
        }

        for (var i = all.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return all.GetRange(0, scale.Relations);
    }

    private static string Name(Random random, int min, int max)
    {
        var syllables = Enumerable.Range(0, min + random.Next(max - min + 1)).Select(_ => Syllables[random.Next(Syllables.Length)]);
        var word = string.Concat(syllables);
        var second = string.Concat(Enumerable.Range(0, 2).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..] + " " + char.ToUpperInvariant(second[0]) + second[1..];
    }

    private static string Sentence(Random random, int min, int max) =>
        string.Join(" ", Enumerable.Range(0, min + random.Next(max - min + 1)).Select(_ => Words[random.Next(Words.Length)]));

    private static void Strings(Utf8JsonWriter w, string name, params string[] values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Citations(Utf8JsonWriter w, string[] ids) => Strings(w, "citations", ids);

    private static string Write(Action<Utf8JsonWriter> body, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}

/// <summary>How a dataset's records are laid out in files.</summary>
public enum DataLayout
{
    /// <summary>One JSON file per record: right for hand-edited data and reviews.</summary>
    FilePerRecord,

    /// <summary>JSON Lines files of up to <see cref="WorldDataset.RecordsPerPackedFile"/> records of one kind: tens of files for the world.</summary>
    Packed,
}

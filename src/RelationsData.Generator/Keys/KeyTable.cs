using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Keys;

/// <summary>
/// The keys of one compiled dataset as one text (the <c>[DatasetKeys]</c> attribute of its <c>CompiledDataset</c>): written by the
/// emitter, read back by the analyzer from the referenced assembly's metadata or from the compilation, so the analyzer
/// checks against the version of the data actually compiled. One line per record, fields separated by tabs; a field's
/// backslash, tab and line feed are escaped. Names in other languages are kept as 24-bit hashes of their folded form
/// (one "G" line: the hashes as a Golomb-Rice coded set, <see cref="GolombRiceSet"/>, in base64): enough to tell a name
/// TryFind finds from one it does not (a false "found" is one in about 900 unknown names), at about half the size of
/// the plain hashes and a tenth of the names'.
/// </summary>
internal sealed class KeyTable
{
    public const string AttributeName = "RelationsData.Storage.DatasetKeysAttribute";
    private const string Header = "RDK3";

    private KeyTable()
    {
    }

    public Dictionary<string, CountryKey> CountriesByAlpha2 { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, CountryKey> CountriesByAlpha3 { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<int, CountryKey> CountriesByNumeric { get; } = new();

    public Dictionary<string, CountryKey> CountriesById { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded name (NameFolding) → the country TryFind finds by it: current entries before former ones.</summary>
    public Dictionary<string, CountryKey> CountriesByName { get; } = new(StringComparer.Ordinal);

    public List<CountryKey> Countries { get; } = new();

    public Dictionary<string, RelationKey> RelationsById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationKey> RelationsByPair { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RecordKey> EventsById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RecordKey> ReferencesById { get; } = new(StringComparer.Ordinal);

    /// <summary>Facade name (<c>Events</c>, …) → the kind that got no named members, with its count and the limit it was over.</summary>
    public Dictionary<string, UnnamedKind> UnnamedKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>The 24-bit hashes (<see cref="NameHash"/>) of the folded names in other languages.</summary>
    public HashSet<int> LocalizedNameHashes { get; } = new();

    public bool HasCountries => Countries.Count > 0;

    /// <summary>Whether TryFind finds a country by this folded name: an English name, a code or an id, or a hashed name in another language.</summary>
    public bool FindsName(string folded) => CountriesByName.ContainsKey(folded) || LocalizedNameHashes.Contains(NameHash(folded));

    /// <summary>FNV-1a over the UTF-16 code units, folded to 24 bits.</summary>
    public static int NameHash(string folded)
    {
        var hash = 2166136261u;
        foreach (var c in folded)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash >> 24) ^ (hash & 0xFFFFFF));
    }

    public static string PairKey(string firstId, string secondId) =>
        string.CompareOrdinal(firstId, secondId) < 0 ? firstId + "\n" + secondId : secondId + "\n" + firstId;

    public static string Write(DatasetKeys keys, EquatableArray<UnnamedKind> unnamedKinds)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var c in keys.Countries)
        {
            Line(text, new[] { "C", c.Id, c.Member, c.Alpha2, c.Alpha3, c.Numeric < 0 ? "" : c.Numeric.ToString(CultureInfo.InvariantCulture), c.Alpha4 ?? "", c.ShortName }.Concat(c.Names));
            if (c.PreviousIds.Count > 0)
            {
                Line(text, new[] { "P", c.Id }.Concat(c.PreviousIds));
            }
        }

        var hashes = keys.Countries.SelectMany(c => c.LocalizedNames).Select(NameHash).Distinct().ToList();
        if (hashes.Count > 0)
        {
            var (k, bytes) = GolombRiceSet.Encode(hashes);
            Line(text, new[] { "G", k.ToString(CultureInfo.InvariantCulture), hashes.Count.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(bytes) });
        }

        foreach (var r in keys.Relations)
        {
            Line(text, new[] { "R", r.Id, r.Member, r.First, r.Second });
        }

        foreach (var e in keys.Events)
        {
            Line(text, new[] { "E", e.Id, e.Member });
        }

        foreach (var r in keys.References)
        {
            Line(text, new[] { "F", r.Id, r.Member });
        }

        // A kind over RelationsDataNamedMemberLimit, so that the analyzer can say why Events.Something does not exist (RD0023).
        foreach (var kind in unnamedKinds)
        {
            Line(text, new[] { "O", kind.Facade, kind.Count.ToString(CultureInfo.InvariantCulture), kind.Limit.ToString(CultureInfo.InvariantCulture) });
        }

        return text.ToString();
    }

    /// <summary>Reads a key table; <see langword="null"/> for a text this version does not know (another format).</summary>
    public static KeyTable? Read(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }

        var table = new KeyTable();
        var named = new List<(string Name, CountryKey Country)>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t').Select(Unescape).ToArray();
            switch (f[0])
            {
                case "C" when f.Length >= 8:
                    var numeric = int.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
                    var country = new CountryKey(f[1], f[2], f[3], f[4], numeric, f[6].Length == 0 ? null : f[6], f[7], f.Skip(8).ToEquatableArray(), default, default);
                    table.Add(country);
                    named.AddRange(country.Names.Select(name => (name, country)));
                    break;
                case "P" when f.Length >= 3 && table.CountriesById.TryGetValue(f[1], out var renamed):
                    foreach (var previous in f.Skip(2))
                    {
                        table.CountriesById[previous] = renamed;
                    }

                    break;
                case "G" when f.Length == 4
                    && int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
                    && int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                    table.LocalizedNameHashes.UnionWith(GolombRiceSet.Decode(Convert.FromBase64String(f[3]), k, count));
                    break;
                case "R" when f.Length == 5:
                    var relation = new RelationKey(f[1], f[2], f[3], f[4]);
                    table.RelationsById[relation.Id] = relation;
                    table.RelationsByPair[PairKey(relation.First, relation.Second)] = relation;
                    break;
                case "E" when f.Length == 3:
                    table.EventsById[f[1]] = new RecordKey(f[1], f[2]);
                    break;
                case "F" when f.Length == 3:
                    table.ReferencesById[f[1]] = new RecordKey(f[1], f[2]);
                    break;
                case "O" when f.Length == 4
                    && int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var records)
                    && int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var limit):
                    table.UnnamedKinds[f[1]] = new UnnamedKind(f[1], records, limit);
                    break;
            }
        }

        // As the name index: a name shared by two countries finds a current one before a former one, then the first by id.
        foreach (var (name, country) in named.OrderBy(n => n.Country.Alpha4 is null ? 0 : 1))
        {
            if (!table.CountriesByName.ContainsKey(name))
            {
                table.CountriesByName.Add(name, country);
            }
        }

        return table;
    }

    private void Add(CountryKey country)
    {
        Countries.Add(country);
        CountriesById[country.Id] = country;
        if (country.Alpha4 is null)
        {
            // The code indexes hold current entries only, as RelationsDataset's do.
            CountriesByAlpha2[country.Alpha2] = country;
            CountriesByAlpha3[country.Alpha3] = country;
            if (country.Numeric >= 0)
            {
                CountriesByNumeric[country.Numeric] = country;
            }
        }
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.Append(string.Join("\t", fields.Select(Escape))).Append('\n');
    }

    private static string Escape(string field) => field.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                text.Append(field[i] switch { 't' => '\t', 'n' => '\n', _ => field[i] });
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}

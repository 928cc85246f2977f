using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>
/// Unicode CLDR's territory aliases (supplemental/aliases.json of the npm package cldr-core): each deprecated or
/// overlong code with the codes that replace it ("SU" → "RU AM AZ …"), read from the packed tarball (npm pack) or an
/// unpacked folder.
/// </summary>
public sealed class CldrTerritoryAliases
{
    private const string AliasesPath = "package/supplemental/aliases.json";

    private readonly IReadOnlyDictionary<string, string[]> replacements;

    private CldrTerritoryAliases(IReadOnlyDictionary<string, string[]> replacements, string version)
    {
        this.replacements = replacements;
        Version = version;
    }

    /// <summary>The cldr-core package version, such as 48.2.0.</summary>
    public string Version { get; }

    /// <summary>Reads cldr-core-VERSION.tgz, or a folder holding its package/ tree.</summary>
    public static CldrTerritoryAliases Load(string path)
    {
        var files = CldrTarball.ReadExactly(path, "cldr-core", AliasesPath, "package/package.json");
        var (aliases, package) = (files[AliasesPath], files["package/package.json"]);

        var version = (string?)JsonNode.Parse(package)?["version"] ?? throw new InvalidDataException($"{path}: package.json has no version");
        var table = JsonNode.Parse(aliases)?["supplemental"]?["metadata"]?["alias"]?["territoryAlias"]?.AsObject()
            ?? throw new InvalidDataException($"{path}: {AliasesPath} has no supplemental.metadata.alias.territoryAlias");
        var replacements = table.ToDictionary(
            pair => pair.Key,
            pair => ((string?)pair.Value?["_replacement"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            StringComparer.Ordinal);
        return new CldrTerritoryAliases(replacements, version);
    }

    /// <summary>
    /// The alpha-2 codes that replace a former entry: by its alpha-2 code when no other former entry had it (CS was both
    /// Czechoslovakia and Serbia and Montenegro), else by its alpha-3 code, else by its numeric code (unique likewise).
    /// </summary>
    public IReadOnlyList<string> SuccessorsOf(IsoEntry former, IReadOnlyList<IsoEntry> allFormer)
    {
        bool Unique(Func<IsoEntry, string?> code) => allFormer.Count(e => code(e) == code(former)) == 1;

        var keys = new List<string>();
        if (Unique(e => e.Alpha2))
        {
            keys.Add(former.Alpha2);
        }

        keys.Add(former.Alpha3);
        if (former.Numeric is { } numeric && Unique(e => e.Numeric?.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)))
        {
            keys.Add(numeric.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var key in keys)
        {
            if (replacements.TryGetValue(key, out var codes) && codes.Length > 0)
            {
                return codes;
            }
        }

        return [];
    }
}

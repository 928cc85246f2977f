using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>A UN M49 region as the import writes it: code, the code of the region it is within (none for a continent).</summary>
public sealed record CldrRegion(string Code, string? ParentCode);

/// <summary>
/// UN M49's continents and sub-regions from Unicode CLDR's territory containment (supplemental/territoryContainment.json
/// of the npm package cldr-core): the continents are the numeric regions the world (001) contains, the sub-regions the
/// numeric regions a continent contains. CLDR's groupings (EU, UN, Latin America 419, Sub-Saharan Africa 202) and its
/// deprecated containments ("-status-" keys) are not M49's hierarchy and are skipped, as is Outlying Oceania (QO),
/// which is not numeric: a territory only it contains (Antarctica) gets no region, as in M49.
/// </summary>
public sealed class CldrRegions
{
    private const string ContainmentPath = "package/supplemental/territoryContainment.json";
    private const string World = "001";

    private readonly Dictionary<string, string> subregionOfTerritory;

    private CldrRegions(IReadOnlyList<CldrRegion> regions, Dictionary<string, string> subregionOfTerritory)
    {
        Regions = regions;
        this.subregionOfTerritory = subregionOfTerritory;
    }

    /// <summary>The continents, then the sub-regions, each group sorted by code.</summary>
    public IReadOnlyList<CldrRegion> Regions { get; }

    /// <summary>Reads cldr-core-VERSION.tgz, or a folder holding its package/ tree.</summary>
    public static CldrRegions Load(string path)
    {
        var files = CldrTarball.ReadExactly(path, "cldr-core", ContainmentPath);
        var table = JsonNode.Parse(files[ContainmentPath])?["supplemental"]?["territoryContainment"]?.AsObject()
            ?? throw new InvalidDataException($"{path}: {ContainmentPath} has no supplemental.territoryContainment");

        List<string> Contains(string code) =>
            table[code]?["_contains"]?.AsArray().Select(c => (string)c!).ToList()
            ?? throw new InvalidDataException($"{path}: {ContainmentPath} has no _contains for {code}");
        static bool IsM49(string code) => code.Length == 3 && code.All(char.IsAsciiDigit);

        var continents = Contains(World).Where(IsM49).Order(StringComparer.Ordinal).ToList();
        var regions = continents.Select(c => new CldrRegion(c, null)).ToList();
        var subregionOfTerritory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var continent in continents)
        {
            foreach (var subregion in Contains(continent).Where(IsM49).Order(StringComparer.Ordinal))
            {
                regions.Add(new CldrRegion(subregion, continent));
                foreach (var territory in Contains(subregion))
                {
                    if (!subregionOfTerritory.TryAdd(territory, subregion))
                    {
                        throw new InvalidDataException($"{path}: {territory} is in two sub-regions ({subregionOfTerritory[territory]}, {subregion})");
                    }
                }
            }
        }

        return new CldrRegions(regions.OrderBy(r => r.ParentCode is not null).ThenBy(r => r.Code, StringComparer.Ordinal).ToList(), subregionOfTerritory);
    }

    /// <summary>The M49 code of the sub-region that contains a territory (by its alpha-2 code), or null.</summary>
    public string? SubregionOf(string alpha2) => subregionOfTerritory.GetValueOrDefault(alpha2);
}

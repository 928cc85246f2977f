using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>Writes one region data file (data/regions/ID.json, data/schema/region.schema.json) from CLDR; the import owns every field.</summary>
public static class RegionFile
{
    /// <summary>The id of a region: its English name as a slug, as for countries ("Western Asia" → "western-asia").</summary>
    public static string IdOf(string englishName) => CountryFile.Slug(englishName);

    public static JsonObject Create(CldrRegion region, string id, string englishName, string? parentId, IReadOnlyList<(string Culture, string Name)> names)
    {
        var file = new JsonObject
        {
            ["$schema"] = "../schema/region.schema.json",
            ["id"] = id,
            ["code"] = region.Code,
            ["name"] = englishName,
        };
        if (parentId is not null)
        {
            file["parent"] = parentId;
        }

        if (names.Count > 0)
        {
            file["localizedNamesSource"] = CountryFile.CldrNamesReference;
            file["localizedNames"] = new JsonObject(names.OrderBy(n => n.Culture, System.StringComparer.Ordinal).Select(n => KeyValuePair.Create(n.Culture, (JsonNode?)n.Name)));
        }

        // Containment (which region holds which) is cldr-core's; the names are cldr-localenames-full's.
        file["citations"] = new JsonArray(CountryFile.CldrCoreReference, CountryFile.CldrNamesReference);
        return file;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>Where the importer reads and writes.</summary>
/// <param name="IsoCodesJson">iso-codes' JSON folder (/usr/share/iso-codes/json).</param>
/// <param name="LocaleRoot">The gettext catalogues' root (/usr/share/locale).</param>
/// <param name="Data">The repository's data folder.</param>
/// <param name="CldrCore">cldr-core's npm tarball (or its unpacked folder) for the former entries' successors; without it, each file keeps its own.</param>
/// <param name="CldrLocaleNames">cldr-localenames-full's npm tarball for the names in every modern locale (needs <paramref name="CldrCore"/>); without it, each file keeps its own.</param>
/// <param name="LocaleTable">Where to write the library's copy of CLDR's locale chain (src/RelationsData/Names/CldrLocaleTable.cs), with <paramref name="CldrLocaleNames"/>.</param>
public sealed record ImportPaths(string IsoCodesJson, string LocaleRoot, string Data, string? CldrCore = null, string? CldrLocaleNames = null, string? LocaleTable = null);

/// <summary>What an import did.</summary>
public sealed record ImportSummary(
    int Written, int Unchanged, int Created, IReadOnlyList<string> NotInIsoCodes, IReadOnlyDictionary<string, int> TranslationsByCulture, IReadOnlyList<(string From, string To)> Renamed);

/// <summary>
/// Imports every ISO 3166-1 entry and every ISO 3166-3 former entry into data/countries (former ones under
/// countries/former), with the names in <see cref="Cultures"/>. Existing files are found by code, not by file name, and
/// merged (see <see cref="CountryFile"/>); a file no entry matches (Kosovo's user-assigned XK) is left as it is.
/// </summary>
public static class Importer
{
    /// <summary>
    /// The iso-codes translations imported (for the former entries, which CLDR does not name): gettext locale → CLDR
    /// locale (CLDR's "pt" is Brazilian Portuguese and its "zh" simplified Chinese, so NameIn("pt-BR") and
    /// NameIn("zh-Hans-CN") find them through the same chain as CLDR's names).
    /// </summary>
    public static readonly (string Locale, string Culture)[] Cultures =
    [
        ("ar", "ar"), ("az", "az"), ("de", "de"), ("es", "es"), ("fr", "fr"), ("he", "he"), ("pt_BR", "pt"), ("ru", "ru"), ("tr", "tr"), ("zh_CN", "zh"),
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ImportSummary Run(ImportPaths paths)
    {
        var current = IsoEntry.Load(Path.Combine(paths.IsoCodesJson, "iso_3166-1.json"), "3166-1");
        var former = IsoEntry.Load(Path.Combine(paths.IsoCodesJson, "iso_3166-3.json"), "3166-3");
        var currentNames = Catalogues(paths.LocaleRoot, "iso_3166-1");
        var formerNames = Catalogues(paths.LocaleRoot, "iso_3166-3");

        var countries = Path.Combine(paths.Data, "countries");
        var existing = Directory.EnumerateFiles(countries, "*.json", SearchOption.AllDirectories)
            .Select(path => (Path: path, File: JsonNode.Parse(File.ReadAllText(path))!.AsObject()))
            .ToList();
        var byCode = existing.ToDictionary(e => Key((string?)e.File["alpha4"], (string)e.File["alpha2"]!), StringComparer.Ordinal);
        var ids = existing.Select(e => (string)e.File["id"]!).ToHashSet(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var renamed = new List<(string From, string To)>();
        var replaced = new List<string>(); // the files of renamed records, deleted once every file is written
        var translations = Cultures.ToDictionary(c => c.Culture, _ => 0, StringComparer.Ordinal);
        int written = 0, unchanged = 0, created = 0;

        // Where each entry goes (its file, found by code, or a new one), decided first: successors name current ids.
        var targets = new List<(IsoEntry Entry, string Path, JsonObject? File)>();
        foreach (var entry in current.Concat(former))
        {
            var folder = entry.IsFormer ? Path.Combine(countries, "former") : countries;
            if (byCode.TryGetValue(Key(entry.Alpha4, entry.Alpha2), out var found))
            {
                // The id follows the file's shortName (data/README.md); a changed shortName renames, keeping the old id.
                var ruleId = CountryFile.Slug((string?)found.File["shortName"] ?? CountryFile.PeopleName(entry.DisplayName));
                var oldId = IdOf(found.Path, found.File);
                if (ruleId != oldId && !ids.Contains(ruleId))
                {
                    ids.Add(ruleId);
                    renamed.Add((oldId, ruleId));
                    targets.Add((entry, Path.Combine(Path.GetDirectoryName(found.Path)!, ruleId + ".json"), found.File));
                    replaced.Add(found.Path);
                }
                else
                {
                    targets.Add((entry, found.Path, found.File));
                }

                continue;
            }

            var id = CountryFile.Slug(CountryFile.PeopleName(entry.DisplayName));
            id = ids.Contains(id) ? $"{id}-{(entry.Alpha4 ?? entry.Alpha2).ToLowerInvariant()}" : id;
            ids.Add(id);
            targets.Add((entry, Path.Combine(folder, id + ".json"), null));
            created++;
        }

        var currentIds = targets.Where(t => !t.Entry.IsFormer).ToDictionary(t => t.Entry.Alpha2, t => Path.GetFileNameWithoutExtension(t.Path), StringComparer.Ordinal);
        // XK (Kosovo) has no iso-codes entry but may be a successor: the files no entry matches count too.
        foreach (var (path, file) in existing.Where(e => e.File["alpha4"] is null && !currentIds.ContainsKey((string)e.File["alpha2"]!)))
        {
            currentIds[(string)file["alpha2"]!] = IdOf(path, file);
        }

        var aliases = paths.CldrCore is { } cldr ? CldrTerritoryAliases.Load(cldr) : null;
        var cldrNames = paths.CldrLocaleNames is { } localeNames
            ? CldrLocaleNames.Load(localeNames, paths.CldrCore ?? throw new ArgumentException("--cldr-names needs --cldr-core (parent locales)"))
            : null;
        if (cldrNames is not null && paths.LocaleTable is { } localeTable)
        {
            WriteIfChanged(localeTable, cldrNames.LocaleTableSource());
        }

        // UN M49 regions (with CLDR's names): one file each, and the current entries' sub-region.
        var regions = cldrNames is not null && paths.CldrCore is { } core ? CldrRegions.Load(core) : null;
        var regionIds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (regions is not null)
        {
            foreach (var region in regions.Regions)
            {
                var english = cldrNames!.EnglishName(region.Code) ?? throw new InvalidDataException($"CLDR's en locale does not name region {region.Code}");
                regionIds[region.Code] = RegionFile.IdOf(english);
                var file = RegionFile.Create(region, regionIds[region.Code], english, region.ParentCode is { } parent ? regionIds[parent] : null, cldrNames.NamesOf(region.Code).Names);
                if (WriteIfChanged(Path.Combine(paths.Data, "regions", regionIds[region.Code] + ".json"), file.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n"))
                {
                    written++;
                }
            }
        }

        string? RegionOf(string alpha2) => regions?.SubregionOf(alpha2) is { } code ? regionIds[code] : null;

        foreach (var (entry, path, file) in targets)
        {
            IReadOnlyList<string>? successors = aliases is null || !entry.IsFormer
                ? null
                : aliases.SuccessorsOf(entry, former).Where(currentIds.ContainsKey).Select(code => currentIds[code]).ToList();
            matched.Add(path);
            var names = Localized(entry, entry.IsFormer ? formerNames : currentNames);
            foreach (var (culture, _) in names)
            {
                translations[culture]++;
            }

            var schema = Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(paths.Data, "schema", "country.schema.json")).Replace('\\', '/');
            var merged = CountryFile.Merge(file, entry, Path.GetFileNameWithoutExtension(path), schema, names, successors, cldrNames?.NamesOf(entry.Alpha2));
            if (regions is not null && !entry.IsFormer)
            {
                merged = CountryFile.WithRegion(merged, RegionOf(entry.Alpha2));
            }

            if (WriteIfChanged(path, merged.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n"))
            {
                written++;
            }
            else
            {
                unchanged++;
            }
        }

        foreach (var path in replaced)
        {
            File.Delete(path);
        }

        // A current entry iso-codes does not have (Kosovo's user-assigned XK) still gets CLDR's names, which CLDR has.
        foreach (var (path, file) in existing.Where(e => !matched.Contains(e.Path) && !replaced.Contains(e.Path) && e.File["alpha4"] is null))
        {
            if (cldrNames?.NamesOf((string)file["alpha2"]!) is { Names.Count: > 0 } names
                && WriteIfChanged(path, CountryFile.WithRegion(CountryFile.WithCldrNames(file, names), RegionOf((string)file["alpha2"]!)).ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n"))
            {
                written++;
            }
        }

        var notInIsoCodes = existing.Where(e => !matched.Contains(e.Path) && !replaced.Contains(e.Path)).Select(e => Path.GetRelativePath(paths.Data, e.Path).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        return new ImportSummary(written, unchanged, created, notInIsoCodes, translations, renamed);
    }

    private static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    /// <summary>The entry's name in each culture that translates it: its common name if translated, else its ISO name.</summary>
    public static IReadOnlyList<(string Culture, string Name)> Localized(IsoEntry entry, IReadOnlyDictionary<string, GettextCatalog> catalogues)
    {
        var names = new List<(string, string)>();
        foreach (var (_, culture) in Cultures)
        {
            if (catalogues.TryGetValue(culture, out var catalogue) &&
                (catalogue.Translate(entry.DisplayName) ?? catalogue.Translate(entry.Name)) is { } translated)
            {
                names.Add((culture, translated.Trim().Normalize(NormalizationForm.FormC)));
            }
        }

        return names;
    }

    private static Dictionary<string, GettextCatalog> Catalogues(string localeRoot, string domain)
    {
        var catalogues = new Dictionary<string, GettextCatalog>(StringComparer.Ordinal);
        foreach (var (locale, culture) in Cultures)
        {
            var path = Path.Combine(localeRoot, locale, "LC_MESSAGES", domain + ".mo");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"no {domain} catalogue for {locale}: {path}; is iso-codes installed (apt-get install iso-codes)?", path);
            }

            catalogues[culture] = GettextCatalog.Load(path);
        }

        return catalogues;
    }

    private static string IdOf(string path, JsonObject? file) => (string?)file?["id"] ?? Path.GetFileNameWithoutExtension(path);

    private static string Key(string? alpha4, string alpha2) => alpha4 is null ? "2:" + alpha2 : "4:" + alpha4;
}

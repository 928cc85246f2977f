using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>A territory's names in one CLDR locale: its name, and CLDR's short and variant names when it has them.</summary>
public sealed record CldrTerritoryNames(
    IReadOnlyList<(string Culture, string Name)> Names,
    IReadOnlyList<(string Culture, string Name)> ShortNames,
    IReadOnlyList<(string Culture, string Name)> VariantNames);

/// <summary>
/// Territory names from Unicode CLDR (npm cldr-localenames-full: main/LOCALE/territories.json; cldr-core:
/// parentLocales.json and likelySubtags.json), in every locale of modern coverage. CLDR's locale files are resolved
/// (each repeats what it inherits), so a locale's name is kept only where it differs from the nearest ancestor that
/// is kept too: the library walks the same chain (explicit parent, else truncation) and finds the same name.
/// </summary>
public sealed class CldrLocaleNames
{
    private const string Territories = "/territories.json";

    private readonly Dictionary<string, JsonObject> territoriesByLocale;
    private readonly Dictionary<string, string> parents;

    private CldrLocaleNames(Dictionary<string, JsonObject> territoriesByLocale, Dictionary<string, string> parents, IReadOnlyList<(string Tag, string Likely)> likelyScripts, string version)
    {
        this.territoriesByLocale = territoriesByLocale;
        this.parents = parents;
        LikelyScripts = likelyScripts;
        Version = version;
        Locales = territoriesByLocale.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The cldr-localenames-full package version, such as 48.2.0.</summary>
    public string Version { get; }

    /// <summary>Every locale of modern coverage that names territories, sorted ordinally.</summary>
    public IReadOnlyList<string> Locales { get; }

    /// <summary>CLDR's explicit parent locales (child → parent; "" for the root), sorted by child.</summary>
    public IEnumerable<(string Child, string Parent)> ExplicitParents => parents.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));

    /// <summary>
    /// Language-region tags whose likely script is not the language's own ("zh-TW" → "zh-Hant-TW"), for the languages
    /// that have locales in more than one script, sorted by tag.
    /// </summary>
    public IReadOnlyList<(string Tag, string Likely)> LikelyScripts { get; }

    public static CldrLocaleNames Load(string localeNamesPath, string corePath)
    {
        var names = CldrTarball.Read(localeNamesPath, n => n == "package/package.json" || (n.StartsWith("package/main/", StringComparison.Ordinal) && n.EndsWith(Territories, StringComparison.Ordinal)));
        if (!names.ContainsKey("package/package.json") || names.Count == 1)
        {
            throw new InvalidDataException($"{localeNamesPath} has no package/main/*/territories.json; is it cldr-localenames-full's npm tarball?");
        }

        var core = CldrTarball.ReadExactly(
            corePath, "cldr-core", "package/coverageLevels.json", "package/supplemental/parentLocales.json", "package/supplemental/likelySubtags.json");
        var version = (string?)JsonNode.Parse(names["package/package.json"])?["version"] ?? throw new InvalidDataException($"{localeNamesPath}: package.json has no version");
        var coverage = JsonNode.Parse(core["package/coverageLevels.json"])?["effectiveCoverageLevels"]?.AsObject()
            ?? throw new InvalidDataException($"{corePath}: coverageLevels.json has no effectiveCoverageLevels");

        var territories = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (locale, level) in coverage)
        {
            if ((string?)level == "modern" && names.TryGetValue($"package/main/{locale}{Territories}", out var text))
            {
                territories[locale] = JsonNode.Parse(text)?["main"]?[locale]?["localeDisplayNames"]?["territories"]?.AsObject()
                    ?? throw new InvalidDataException($"{localeNamesPath}: main/{locale}/territories.json has no territories");
            }
        }

        var parentTable = JsonNode.Parse(core["package/supplemental/parentLocales.json"])?["supplemental"]?["parentLocales"]?["parentLocale"]?.AsObject()
            ?? throw new InvalidDataException($"{corePath}: parentLocales.json has no parentLocale");
        var parents = parentTable.ToDictionary(p => p.Key, p => (string)p.Value! is "und" or "root" ? "" : (string)p.Value!, StringComparer.Ordinal);

        var likely = JsonNode.Parse(core["package/supplemental/likelySubtags.json"])?["supplemental"]?["likelySubtags"]?.AsObject()
            ?? throw new InvalidDataException($"{corePath}: likelySubtags.json has no likelySubtags");
        return new CldrLocaleNames(territories, parents, LikelyScriptsOf(territories.Keys, likely), version);
    }

    /// <summary>The parent of a locale in CLDR's chain: its explicit parent, else the tag without its last subtag; "" for the root.</summary>
    public string ParentOf(string locale) =>
        parents.TryGetValue(locale, out var parent) ? parent : locale.LastIndexOf('-') is var dash and > 0 ? locale[..dash] : "";

    /// <summary>A territory's or region's English name (CLDR's "en" locale), or null.</summary>
    public string? EnglishName(string code) => territoriesByLocale.TryGetValue("en", out var en) && (string?)en[code] is { } name ? Clean(name) : null;

    /// <summary>A territory's names, each kept only where it differs from its nearest kept ancestor's; sorted by culture.</summary>
    public CldrTerritoryNames NamesOf(string alpha2) => new(Kept(alpha2), Kept(alpha2 + "-alt-short"), Kept(alpha2 + "-alt-variant"));

    private List<(string Culture, string Name)> Kept(string key)
    {
        var kept = new List<(string, string)>();
        foreach (var locale in Locales)
        {
            if (territoriesByLocale[locale][key] is not { } node)
            {
                continue;
            }

            var name = Clean((string)node!);
            var ancestor = NearestKeptAncestor(locale);
            var inherited = ancestor is null ? null : (string?)territoriesByLocale[ancestor][key];
            if ((inherited is null ? null : Clean(inherited)) != name)
            {
                kept.Add((locale, name));
            }
        }

        return kept;
    }

    /// <summary>NFC, without white space or zero-width spaces at either end (CLDR 48.2's Lao "Eswatini" starts with one); a zero-width space inside stays: it separates words in scripts that use no spaces.</summary>
    private static string Clean(string name) => name.Trim().Trim('\u200B').Trim().Normalize(NormalizationForm.FormC);

    private string? NearestKeptAncestor(string locale)
    {
        for (var parent = ParentOf(locale); parent.Length > 0; parent = ParentOf(parent))
        {
            if (territoriesByLocale.ContainsKey(parent))
            {
                return parent;
            }
        }

        return null;
    }

    private static List<(string, string)> LikelyScriptsOf(IEnumerable<string> locales, JsonObject likely)
    {
        static string[] Parts(string tag) => tag.Split('-');
        static bool IsScript(string part) => part.Length == 4 && char.IsAsciiLetterUpper(part[0]);

        // The languages with modern locales in more than one script (zh-Hans and zh-Hant, sr-Cyrl and sr-Latn, ...).
        var scriptsByLanguage = locales.Select(Parts).Where(p => p.Length > 1 && IsScript(p[1])).GroupBy(p => p[0]).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in scriptsByLanguage)
        {
            if ((string?)likely[language] is not { } own || Parts(own) is not { Length: 3 } ownParts)
            {
                continue;
            }

            foreach (var (key, value) in likely)
            {
                var tag = Parts(key);
                var target = Parts((string)value!);
                // "zh-HK" → zh-Hant-HK, or "und-TW" → zh-Hant-TW (which names zh).
                var region = tag.Length == 2 && !IsScript(tag[1]) && (tag[0] == language || (tag[0] == "und" && target[0] == language)) ? tag[1] : null;
                if (region is not null && target.Length == 3 && target[0] == language && target[1] != ownParts[1])
                {
                    result[$"{language}-{region}"] = (string)value!;
                }
            }
        }

        return result.Select(p => (p.Key, p.Value)).ToList();
    }

    /// <summary>The library's copy of the locale chain (src/RelationsData/Names/CldrLocaleTable.cs).</summary>
    public string LocaleTableSource()
    {
        var text = new StringBuilder();
        text.Append("// <auto-generated/>\n");
        text.Append($"// Written by tools/RelationsData.IsoImport from Unicode CLDR {Version} (npm cldr-core: supplemental/parentLocales.json and\n");
        text.Append("// likelySubtags.json; licence Unicode-3.0). Do not edit: re-run the import (data/README.md).\n");
        text.Append("namespace RelationsData.Names;\n\n");
        text.Append("/// <summary>CLDR's locale chain, as lines of a constant string: searched in place, nothing is loaded.</summary>\n");
        text.Append("internal static class CldrLocaleTable\n{\n");
        text.Append($"    /// <summary>The CLDR version the tables come from.</summary>\n    public const string Version = \"{Version}\";\n\n");
        text.Append("    /// <summary>Lines \"child=parent\" (an empty parent is the root): CLDR's explicit parent locales.</summary>\n");
        text.Append("    public const string ExplicitParents =\n");
        foreach (var (child, parent) in ExplicitParents)
        {
            text.Append($"        \"\\n{child}={parent}\" +\n");
        }

        text.Append("        \"\\n\";\n\n");
        text.Append("    /// <summary>Lines \"language-REGION=language-Script-REGION\" where the likely script is not the language's own.</summary>\n");
        text.Append("    public const string LikelyScripts =\n");
        foreach (var (tag, target) in LikelyScripts)
        {
            text.Append($"        \"\\n{tag}={target}\" +\n");
        }

        text.Append("        \"\\n\";\n}\n");
        return text.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>
/// Writes one country data file from an iso-codes entry, over what the file already says. The importer owns the codes,
/// the ISO, official and common names, the withdrawal date and the translations; everything else (the short name of a
/// file that has one, other names, memberships, notes, citations) is the file's own and is kept. A value the import
/// replaces moves to otherNames, so that nothing a file said is lost and every old name still finds the country.
/// </summary>
public static class CountryFile
{
    /// <summary>The order of a country file's fields, as in data/schema/country.schema.json.</summary>
    public static readonly string[] FieldOrder =
    [
        "$schema", "id", "previousIds", "alpha2", "alpha3", "alpha4", "numeric", "shortName", "officialName", "isoName", "commonName",
        "withdrawn", "since", "otherNames", "localizedNamesSource", "localizedNames", "localizedShortNames", "localizedVariantNames",
        "memberships", "notes", "succession", "region", "citations",
    ];

    public const string IsoCodesReference = "iso-codes";

    /// <summary>The reference for Unicode CLDR's territory aliases (data/references/cldr-core.json).</summary>
    public const string CldrCoreReference = "cldr-core";

    /// <summary>The reference for Unicode CLDR's territory names (data/references/cldr-localenames-full.json).</summary>
    public const string CldrNamesReference = "cldr-localenames-full";

    /// <summary>
    /// Merges an iso-codes entry into a country file. <paramref name="id"/> is the id the file gets; a different id it
    /// had goes to previousIds, so that it keeps resolving. <paramref name="successorIds"/>, when given (a CLDR import),
    /// replaces the successors of a former entry; the succession's kind, note and other citations are the file's own and
    /// kept. A comment of ISO 3166-3 that says the entry was split or divided gives the kind "split" when the file has
    /// none. The localized names: CLDR's (<paramref name="cldrNames"/>) for a current entry when given, else the file's
    /// own when it has them from CLDR, else iso-codes' translations (<paramref name="isoCodesNames"/>).
    /// </summary>
    public static JsonObject Merge(
        JsonObject? existing,
        IsoEntry entry,
        string id,
        string schemaPath,
        IReadOnlyList<(string Culture, string Name)> isoCodesNames,
        IReadOnlyList<string>? successorIds = null,
        CldrTerritoryNames? cldrNames = null)
    {
        var file = existing?.DeepClone().AsObject() ?? new JsonObject();
        var unknown = file.Select(p => p.Key).Except(FieldOrder).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"country '{id}' has fields the importer does not know ({string.Join(", ", unknown)}); it would drop them");
        }

        var otherNames = file["otherNames"]?.AsArray().Select(n => (string)n!).ToList() ?? [];

        file["$schema"] ??= schemaPath;
        var previousIds = file["previousIds"]?.AsArray().Select(n => (string)n!).ToList() ?? [];
        if ((string?)file["id"] is { } oldId && oldId != id && !previousIds.Contains(oldId))
        {
            previousIds.Add(oldId);
        }

        file["id"] = id;
        file["previousIds"] = previousIds.Count == 0 ? null : new JsonArray(previousIds.Select(p => (JsonNode?)p).ToArray());
        file["alpha2"] = entry.Alpha2;
        file["alpha3"] = entry.Alpha3;
        file["alpha4"] = entry.Alpha4;
        file["numeric"] = entry.Numeric;
        file["shortName"] ??= PeopleName(entry.DisplayName);
        SetName(file, "officialName", entry.OfficialName, otherNames, keepWhenAbsent: true);
        SetName(file, "isoName", entry.Name, otherNames, keepWhenAbsent: false);
        SetName(file, "commonName", entry.CommonName, otherNames, keepWhenAbsent: false);
        file["withdrawn"] = entry.WithdrawalDate;
        file["otherNames"] = otherNames.Count == 0 ? null : new JsonArray(otherNames.Select(n => (JsonNode?)n).ToArray());
        if (cldrNames is not null && !entry.IsFormer)
        {
            SetCldrNames(file, cldrNames);
        }
        else if ((string?)file["localizedNamesSource"] != CldrNamesReference)
        {
            file["localizedNamesSource"] = isoCodesNames.Count == 0 ? null : IsoCodesReference;
            file["localizedNames"] = NameMap(isoCodesNames);
        }

        if (entry.Comment is { } comment)
        {
            var notes = file["notes"]?.AsArray() ?? [];
            if (!notes.Any(n => (string?)n?["text"] == comment))
            {
                notes.Add(new JsonObject { ["text"] = comment, ["citations"] = new JsonArray(IsoCodesReference) });
            }

            file["notes"] = notes.DeepClone();
        }

        if (successorIds is not null)
        {
            file["succession"] = Succession(file["succession"]?.AsObject(), entry, successorIds);
        }

        var citations = file["citations"]?.AsArray().Select(c => (string)c!).ToList() ?? [];
        foreach (var source in new[] { entry.IsFormer ? "iso-3166-3" : "iso-3166-1", IsoCodesReference, (string?)file["localizedNamesSource"] }.OfType<string>())
        {
            if (!citations.Contains(source))
            {
                citations.Add(source);
            }
        }

        file["citations"] = new JsonArray(citations.Select(c => (JsonNode?)c).ToArray());
        return Ordered(file);
    }

    /// <summary>
    /// A file the import does not otherwise own (no iso-codes entry: Kosovo) with CLDR's names set and the reference cited;
    /// everything else in it is kept as it is.
    /// </summary>
    public static JsonObject WithCldrNames(JsonObject existing, CldrTerritoryNames cldrNames)
    {
        var file = existing.DeepClone().AsObject();
        SetCldrNames(file, cldrNames);
        var citations = file["citations"]?.AsArray().Select(c => (string)c!).ToList() ?? [];
        if (!citations.Contains(CldrNamesReference))
        {
            citations.Add(CldrNamesReference);
        }

        file["citations"] = new JsonArray(citations.Select(c => (JsonNode?)c).ToArray());
        return Ordered(file);
    }

    /// <summary>The file with its region set to <paramref name="regionId"/> (removed when null): the CLDR import owns a current entry's region.</summary>
    public static JsonObject WithRegion(JsonObject file, string? regionId)
    {
        var copy = file.DeepClone().AsObject();
        copy["region"] = regionId;
        return Ordered(copy);
    }

    private static void SetCldrNames(JsonObject file, CldrTerritoryNames cldrNames)
    {
        file["localizedNamesSource"] = CldrNamesReference;
        file["localizedNames"] = NameMap(cldrNames.Names);
        file["localizedShortNames"] = NameMap(cldrNames.ShortNames);
        file["localizedVariantNames"] = NameMap(cldrNames.VariantNames);
    }

    private static JsonObject? NameMap(IReadOnlyList<(string Culture, string Name)> names) =>
        names.Count == 0
            ? null
            : new JsonObject(names.OrderBy(n => n.Culture, StringComparer.Ordinal).Select(n => KeyValuePair.Create(n.Culture, (JsonNode?)n.Name)));

    private static JsonObject? Succession(JsonObject? existing, IsoEntry entry, IReadOnlyList<string> successorIds)
    {
        if (successorIds.Count == 0)
        {
            return null;
        }

        var kind = (string?)existing?["kind"];
        var citations = existing?["citations"]?.AsArray().Select(c => (string)c!).ToList() ?? [];
        var sources = new List<string> { CldrCoreReference, "iso-3166-3", IsoCodesReference };
        // Only a comment about the entry itself ("now split into Kiribati and Tuvalu", "divided into FM, MH, MP, and PW"),
        // not one about a part ("until Aruba split away").
        if (kind is null && entry.Comment is { } comment && (comment.StartsWith("now split", StringComparison.Ordinal) || comment.StartsWith("divided", StringComparison.Ordinal)))
        {
            kind = "split";
        }

        var succession = new JsonObject
        {
            ["successors"] = new JsonArray(successorIds.Select(s => (JsonNode?)s).ToArray()),
            ["kind"] = kind,
            ["note"] = (string?)existing?["note"],
            ["citations"] = new JsonArray(sources.Concat(citations.Except(sources)).Select(c => (JsonNode?)c).ToArray()),
        };
        foreach (var empty in succession.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            succession.Remove(empty);
        }

        return succession;
    }

    /// <summary>
    /// The id of a name: transliterated to ASCII (<see cref="Transliteration"/>), lower case, words joined by '-'; the
    /// periods of an abbreviation are dropped ("U.S. Virgin Islands" → "us-virgin-islands"), an apostrophe separates
    /// ("Côte d'Ivoire" → "cote-d-ivoire").
    /// </summary>
    public static string Slug(string name)
    {
        var text = new StringBuilder();
        foreach (var c in Transliteration.ToAscii(name))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (c != '.' && text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().Trim('-');
    }

    /// <summary>
    /// The English name people use, from ISO's short name, for a new file: a parenthetical qualifier is dropped
    /// ("Falkland Islands (Malvinas)" → "Falkland Islands") and a comma inversion is cut to its head ("Zaire, Republic
    /// of" → "Zaire"), unless the part after the comma lists places ("Bonaire, Sint Eustatius and Saba"). A file's
    /// shortName, once written, is its own: the cases this rule does not get right are corrected there by hand.
    /// </summary>
    public static string PeopleName(string isoShortName)
    {
        var name = System.Text.RegularExpressions.Regex.Replace(isoShortName, @"\s*\([^)]*\)\s*$", "");
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && !name[(comma + 2)..].Contains(" and ", StringComparison.Ordinal))
        {
            name = name[..comma];
        }

        return name.Trim();
    }

    private static void SetName(JsonObject file, string field, string? value, List<string> otherNames, bool keepWhenAbsent)
    {
        var old = (string?)file[field];
        if (value is null)
        {
            if (!keepWhenAbsent)
            {
                MoveToOtherNames(old, file, otherNames);
                file[field] = null;
            }

            return;
        }

        if (old is not null && old != value)
        {
            MoveToOtherNames(old, file, otherNames);
        }

        file[field] = value;
    }

    private static void MoveToOtherNames(string? name, JsonObject file, List<string> otherNames)
    {
        if (name is not null && name != (string?)file["shortName"] && !otherNames.Contains(name))
        {
            otherNames.Add(name);
        }
    }

    private static JsonObject Ordered(JsonObject file)
    {
        var ordered = new JsonObject();
        foreach (var field in FieldOrder)
        {
            if (file[field] is { } value)
            {
                ordered[field] = value.DeepClone();
            }
        }

        return ordered;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace RelationsData.IsoImport;

/// <summary>One entry of iso_3166-1.json (current) or iso_3166-3.json (former), as iso-codes writes it.</summary>
public sealed record IsoEntry(
    string Alpha2,
    string Alpha3,
    string? Alpha4,
    int? Numeric,
    string Name,
    string? OfficialName,
    string? CommonName,
    string? WithdrawalDate,
    string? Comment)
{
    public bool IsFormer => Alpha4 is not null;

    /// <summary>The name people use: the common name when iso-codes gives one ("Iran"), else the ISO short name.</summary>
    public string DisplayName => CommonName ?? Name;

    public static IReadOnlyList<IsoEntry> Load(string path, string key)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
        var entries = root[key]?.AsArray() ?? throw new InvalidDataException($"{path} has no \"{key}\" array");
        return entries.Select(e => new IsoEntry(
            Required(e, "alpha_2", path),
            Required(e, "alpha_3", path),
            (string?)e!["alpha_4"],
            e["numeric"] is { } numeric ? int.Parse((string)numeric!, System.Globalization.CultureInfo.InvariantCulture) : null,
            Required(e, "name", path),
            (string?)e["official_name"],
            (string?)e["common_name"],
            (string?)e["withdrawal_date"],
            (string?)e["comment"])).ToList();
    }

    private static string Required(JsonNode? entry, string field, string path) =>
        (string?)entry?[field] ?? throw new InvalidDataException($"{path}: an entry has no \"{field}\": {entry?.ToJsonString()}");
}

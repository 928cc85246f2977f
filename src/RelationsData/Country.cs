using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using RelationsData.Storage;

namespace RelationsData;

/// <summary>
/// A country or territory, with its ISO 3166-1 codes and names: a current entry, or a former one (ISO 3166-3, such as
/// the USSR) with its alpha-4 code and withdrawal date.
/// </summary>
/// <param name="Id">The stable id used by the data files; the named member (<c>Countries.Azerbaijan</c>) derives from it.</param>
/// <param name="Alpha2">The ISO 3166-1 alpha-2 code, such as <c>AZ</c>.</param>
/// <param name="Alpha3">The ISO 3166-1 alpha-3 code, such as <c>AZE</c>.</param>
/// <param name="Numeric">The ISO 3166-1 numeric code, such as 31; <see langword="null"/> for a user-assigned code with no number.</param>
/// <param name="ShortName">The usual English short name.</param>
/// <param name="OfficialName">The official name, when the sources give one.</param>
/// <param name="IsoName">The ISO 3166 short name as the standard writes it ("Iran, Islamic Republic of"), when imported from it.</param>
/// <param name="CommonName">The common name ISO 3166 data gives beside the short name ("Iran"), when there is one.</param>
/// <param name="Alpha4">The ISO 3166-3 alpha-4 code of a former entry, such as <c>SUHH</c>; <see langword="null"/> for a current entry.</param>
/// <param name="Withdrawn">When a former entry was withdrawn from ISO 3166-1; <see langword="null"/> for a current entry.</param>
/// <param name="OtherNames">Other names and former names, such as "Turkey" or "State of Palestine".</param>
/// <param name="LocalizedNames">
/// Its name in each language, keyed by CLDR locale ("de", "es-419", "zh-Hant"), only where a locale's name differs from
/// its parent locale's; read on demand. <see cref="NameIn(string)"/> walks CLDR's chain over it.
/// </param>
/// <param name="Memberships">International organisations the sources say it belongs to.</param>
/// <param name="Notes">Other cited facts about the country.</param>
/// <param name="References">The sources of its codes and names.</param>
public sealed record Country(
    string Id,
    string Alpha2,
    string Alpha3,
    int? Numeric,
    string ShortName,
    string? OfficialName,
    string? IsoName,
    string? CommonName,
    string? Alpha4,
    PartialDate? Withdrawn,
    ImmutableArray<string> OtherNames,
    LocalizedNameList LocalizedNames,
    ImmutableArray<CitedText> Memberships,
    ImmutableArray<CitedText> Notes,
    ImmutableArray<Reference> References)
{
    /// <summary>The numeric code as three digits ("031"), or <see langword="null"/> when there is none.</summary>
    public string? NumericCode => Numeric?.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Every English name, each once: the short, official, ISO and common names, then the other names.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in new[] { ShortName, OfficialName, IsoName, CommonName })
            {
                if (name is not null && seen.Add(name))
                {
                    yield return name;
                }
            }

            foreach (var name in OtherNames)
            {
                if (seen.Add(name))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>Whether this is a former entry (ISO 3166-3), withdrawn from ISO 3166-1.</summary>
    public bool IsFormer => Withdrawn is not null;

    /// <summary>When the country came into being, when the data gives it; see <see cref="ExistedOn(CalendarDay)"/>.</summary>
    public PartialDate? Since { get; init; }

    // Successions link countries both ways, so they are read on first use through the dataset, not built with the record.
    private CountryHistory? history;
    private int row;

    /// <summary>
    /// For a former entry, the countries that succeeded it (dated by its withdrawal, cited), such as the fifteen of the
    /// Soviet Union; empty for a country with no recorded successor.
    /// </summary>
    public ImmutableArray<Succession> Successors => history?.SuccessorsOf(this, row) ?? ImmutableArray<Succession>.Empty;

    /// <summary>The former entries this country succeeded, such as the Soviet Union for Azerbaijan; the same records as their <see cref="Successors"/>.</summary>
    public ImmutableArray<Succession> Predecessors => history?.PredecessorsOf(this, row) ?? ImmutableArray<Succession>.Empty;

    /// <summary>
    /// Whether the country existed on <paramref name="day"/>: not after a former entry's <see cref="Withdrawn"/> date, nor
    /// before <see cref="Since"/>; in between only when <see cref="Since"/> is known (else unknown, as for most current
    /// entries: the sources give no start). A day within a partial date (withdrawn "1977", asked about 1977-05-01) is unknown.
    /// </summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>What the data says of that day.</returns>
    public HistoryAnswer ExistedOn(CalendarDay day) => DayRule.Within(DayRule.HasBegun(day, Since), DayRule.HasEnded(day, Withdrawn, endUnknown: false));

#if !NETSTANDARD2_0
    /// <summary>Whether the country existed on the date part of <paramref name="day"/>; see <see cref="ExistedOn(DateOnly)"/>.</summary>
    /// <param name="day">A day; its time of day is ignored.</param>
    /// <returns>What the data says of that day.</returns>
    public HistoryAnswer ExistedOn(DateTime day) => ExistedOn(Platform.CalendarDays.FromDateTime(day));
#endif

    /// <summary>Connects the record to its row of a dataset; called once, before the record is published.</summary>
    internal Country InDataset(CountryHistory countryHistory, int countryRow)
    {
        history = countryHistory;
        row = countryRow;
        return this;
    }

    /// <summary>This record's row in the dataset whose history is <paramref name="dataset"/>, or -1 for a record of another.</summary>
    internal int RowIn(CountryHistory dataset) => ReferenceEquals(history, dataset) ? row : -1;

    /// <summary>The ids this country had before a rename, oldest first: <c>Countries.ById</c> and <c>TryFind</c> still find it by them.</summary>
    public ImmutableArray<string> PreviousIds { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>CLDR's short names ("UK", "US"), keyed by locale like <see cref="LocalizedNames"/>; names <c>TryFind</c> finds.</summary>
    public LocalizedNameList LocalizedShortNames { get; init; }

    /// <summary>CLDR's variant names ("Ivory Coast", "Czech Republic"), keyed by locale like <see cref="LocalizedNames"/>; names <c>TryFind</c> finds.</summary>
    public LocalizedNameList LocalizedVariantNames { get; init; }

    /// <summary>The source of the localized names: Unicode CLDR for current entries, iso-codes for former ones (which CLDR does not name).</summary>
    public Reference? LocalizedNamesSource { get; init; }

    /// <summary>
    /// The name in a culture, by CLDR's fallback: the culture itself ("de-AT"), with its likely script when the language
    /// is written in several ("zh-TW" is "zh-Hant-TW"), then its explicit parent locale ("es-AR" → "es-419", "zh-Hant" →
    /// the root) or else the tag without its last part ("de-AT" → "de"), then English (CLDR's "en" name, or
    /// <see cref="ShortName"/>). Case-insensitive; "_" is read as "-". Allocates only the string it returns.
    /// </summary>
    /// <param name="cultureName">A culture name such as "de", "pt-BR", "zh-Hant-HK" or "sr-Latn"; "" for <see cref="ShortName"/>.</param>
    /// <returns>The name in that language, or in English.</returns>
    public string NameIn(string cultureName) => global::RelationsData.Names.LocaleChain.NameIn(LocalizedNames, cultureName, ShortName);

    /// <summary>The name in a culture, as <see cref="NameIn(string)"/> by its name ("de-DE", then "de").</summary>
    /// <param name="culture">A culture such as <c>CultureInfo.CurrentUICulture</c>; the invariant culture gives <see cref="ShortName"/>.</param>
    /// <returns>The name in that language, or in English.</returns>
    public string NameIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return NameIn(culture.Name);
    }

    // A country of a dataset reads its region from the dataset when asked (a lookup does not build regions); one built
    // or copied with Region or Subregion set keeps what it was given.
    private Region? region;
    private Region? subregion;
    private bool regionGiven;
    private bool subregionGiven;

    /// <summary>
    /// The continent the country is in, by UN M49 as CLDR gives it (Asia for Azerbaijan): the outermost region above
    /// the one the data places it in; <see langword="null"/> where the sources place the country in none (Antarctica,
    /// former entries).
    /// </summary>
    public Region? Region
    {
        get => regionGiven ? region : Outermost(history?.RegionOf(row));
        init => (region, regionGiven) = (value, true);
    }

    /// <summary>
    /// The UN M49 sub-region the country is in (Western Asia for Azerbaijan); <see langword="null"/> when it is in none,
    /// or the data places it in a continent only.
    /// </summary>
    public Region? Subregion
    {
        get => subregionGiven ? subregion : history?.RegionOf(row) is { Parent: not null } inner ? inner : null;
        init => (subregion, subregionGiven) = (value, true);
    }

    private static Region? Outermost(Region? region)
    {
        while (region?.Parent is { } parent)
        {
            region = parent;
        }

        return region;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ShortName} ({Alpha2})";
}

/// <summary>A country's name in one language.</summary>
/// <param name="Culture">The culture name, such as "de", "pt-BR" or "zh-CN".</param>
/// <param name="Name">The name in that language.</param>
public sealed record LocalizedName(string Culture, string Name);

using System;
using System.Collections.Immutable;
using System.Globalization;

namespace RelationsData;

/// <summary>
/// A UN M49 region, as Unicode CLDR's territory containment gives it: a continent (Asia, 142) or a sub-region within one
/// (Western Asia, 145), with its names in every CLDR locale. <c>Countries.In(region)</c> lists its countries;
/// <see cref="Country.Region"/> and <see cref="Country.Subregion"/> place a country.
/// </summary>
/// <param name="Id">The stable id used by the data files, such as "western-asia"; the named member (<c>Regions.WesternAsia</c>) derives from it.</param>
/// <param name="Code">The UN M49 code, three digits, such as "145".</param>
/// <param name="Name">The English name, such as "Western Asia".</param>
/// <param name="Parent">The region it is within (Asia for Western Asia); <see langword="null"/> for a continent.</param>
/// <param name="LocalizedNames">
/// Its name in each language, keyed by CLDR locale, only where a locale's name differs from its parent locale's; read on
/// demand. <see cref="NameIn(string)"/> walks CLDR's chain over it.
/// </param>
/// <param name="References">The sources of the region, its members and its names.</param>
public sealed record Region(
    string Id,
    string Code,
    string Name,
    Region? Parent,
    LocalizedNameList LocalizedNames,
    ImmutableArray<Reference> References)
{
    /// <summary>The source of the localized names (Unicode CLDR).</summary>
    public Reference? LocalizedNamesSource { get; init; }

    /// <summary>Whether this is a continent: a region within no other.</summary>
    public bool IsContinent => Parent is null;

    /// <summary>
    /// The name in a culture, by CLDR's fallback, as <see cref="Country.NameIn(string)"/>: the culture, its explicit
    /// parent or truncation, then English. Allocates only the string it returns.
    /// </summary>
    /// <param name="cultureName">A culture name such as "de", "pt-BR" or "zh-Hant-HK"; "" for <see cref="Name"/>.</param>
    /// <returns>The name in that language, or in English.</returns>
    public string NameIn(string cultureName) => Names.LocaleChain.NameIn(LocalizedNames, cultureName, Name);

    /// <summary>The name in a culture, as <see cref="NameIn(string)"/> by its name.</summary>
    /// <param name="culture">A culture such as <c>CultureInfo.CurrentUICulture</c>; the invariant culture gives <see cref="Name"/>.</param>
    /// <returns>The name in that language, or in English.</returns>
    public string NameIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return NameIn(culture.Name);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Code})";
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace RelationsData;

/// <summary>A country or territory, with its ISO 3166-1 codes and names.</summary>
/// <param name="Id">The stable id used by the data files; the named member (<c>Countries.Azerbaijan</c>) derives from it.</param>
/// <param name="Alpha2">The ISO 3166-1 alpha-2 code, such as <c>AZ</c>.</param>
/// <param name="Alpha3">The ISO 3166-1 alpha-3 code, such as <c>AZE</c>.</param>
/// <param name="Numeric">The ISO 3166-1 numeric code, such as 31; <see langword="null"/> for a user-assigned code with no number.</param>
/// <param name="ShortName">The usual English short name.</param>
/// <param name="OfficialName">The official name, when the sources give one.</param>
/// <param name="OtherNames">Other names and former names, such as "Türkiye" or "State of Palestine".</param>
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
    ImmutableArray<string> OtherNames,
    ImmutableArray<CitedText> Memberships,
    ImmutableArray<CitedText> Notes,
    ImmutableArray<Reference> References)
{
    /// <summary>The numeric code as three digits ("031"), or <see langword="null"/> when there is none.</summary>
    public string? NumericCode => Numeric?.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Every name: the short name, the official name and the other names.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            yield return ShortName;
            if (OfficialName is not null)
            {
                yield return OfficialName;
            }

            foreach (var name in OtherNames)
            {
                yield return name;
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ShortName} ({Alpha2})";
}

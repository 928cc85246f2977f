namespace RelationsData.Generator.Model;

// What one data file says, as parsed: plain values plus the places that later steps may need to point at.
// Dates are packed integers (see Shared/DateText.cs; 0 = none), enumerations are indexes into Shared/Vocabulary.cs.

/// <summary>A string from a data file together with where it was written.</summary>
internal sealed record LocatedString(string Value, LocationInfo Location);

/// <summary>A cited statement (characterisation, note, membership).</summary>
internal sealed record CitedTextSpec(string Text, EquatableArray<LocatedString> Citations, LocationInfo Location);

internal sealed record ReferenceSpec(LocatedString Id, string Type, string Title, string? ContainerTitle, string? Url, int Issued, string? Note);

/// <summary>A country's name in one culture ("de", "pt-BR").</summary>
internal sealed record LocalizedNameSpec(string Culture, string Name);

/// <summary>
/// A country: a current ISO 3166-1 entry, or a former one (ISO 3166-3) with its alpha-4 code and withdrawal date (packed;
/// 0 for a current entry). Former entries may share codes with current ones, which keep them.
/// </summary>
internal sealed record CountrySpec(
    LocatedString Id,
    EquatableArray<LocatedString> PreviousIds,
    LocatedString Alpha2,
    LocatedString Alpha3,
    int Numeric,
    LocationInfo? NumericLocation,
    string ShortName,
    string? OfficialName,
    string? IsoName,
    string? CommonName,
    LocatedString? Alpha4,
    int Withdrawn,
    EquatableArray<string> OtherNames,
    LocatedString? LocalizedNamesSource,
    EquatableArray<LocalizedNameSpec> LocalizedNames,
    EquatableArray<LocalizedNameSpec> LocalizedShortNames,
    EquatableArray<LocalizedNameSpec> LocalizedVariantNames,
    EquatableArray<CitedTextSpec> Memberships,
    EquatableArray<CitedTextSpec> Notes,
    EquatableArray<LocatedString> Citations,
    int Since,
    SuccessionSpec? Succession,
    LocationInfo Location)
{
    /// <summary>
    /// Every name TryFind finds the country by, folded once when the file is parsed (a warm run re-folds nothing): its
    /// English names, codes and ids first (<see cref="SearchName.Own"/>), then its names in other languages.
    /// </summary>
    public EquatableArray<SearchName> SearchNames { get; init; }

    /// <summary>The id of the region the country is in: its UN M49 sub-region (Western Asia), or a continent; none when the sources give none.</summary>
    public LocatedString? Region { get; init; }
}

/// <summary>
/// A UN M49 region: a continent (Asia, 142) or a sub-region (Western Asia, 145) within one (<paramref name="Parent"/>),
/// with its names in other languages.
/// </summary>
internal sealed record RegionSpec(
    LocatedString Id,
    LocatedString Code,
    string Name,
    LocatedString? Parent,
    LocatedString? LocalizedNamesSource,
    EquatableArray<LocalizedNameSpec> LocalizedNames,
    EquatableArray<LocatedString> Citations,
    LocationInfo Location);

/// <summary>A name as TryFind matches it: folded (NameFolding), the name as written, and whether it is the country's own (English, code or id) or a localized one.</summary>
internal sealed record SearchName(string Folded, string Name, bool Own);

/// <summary>
/// A former entry's successors (country ids), dated by its withdrawal; the kind of change (an index into
/// Vocabulary.SuccessionKinds, or -1) only where a source states it.
/// </summary>
internal sealed record SuccessionSpec(EquatableArray<LocatedString> Successors, int Kind, string? Note, EquatableArray<LocatedString> Citations, LocationInfo Location);

internal sealed record EstablishmentSpec(int Date, string? Note, EquatableArray<LocatedString> Citations, LocationInfo Location);

/// <summary>A status interval. <paramref name="EndUnknown"/>: it ended, but the sources do not say when ("to": "unknown").</summary>
internal sealed record StatusSpec(int Status, int From, int To, bool EndUnknown, string? Note, EquatableArray<LocatedString> Citations, LocationInfo Location);

internal sealed record RecognitionSpec(LocatedString By, LocatedString Of, int Date, string? Note, EquatableArray<LocatedString> Citations, LocationInfo Location);

internal sealed record MissionSpec(
    LocatedString From,
    LocatedString To,
    int Kind,
    string? City,
    int Opened,
    int Closed,
    string? AccreditedFrom,
    string? Note,
    EquatableArray<LocatedString> Citations,
    LocationInfo Location);

internal sealed record ProtectingPowerSpec(
    LocatedString Protector,
    LocatedString Protected,
    LocatedString Host,
    int Via,
    string? City,
    EquatableArray<LocatedString> Citations,
    LocationInfo Location);

internal sealed record RelationSpec(
    LocatedString Id,
    LocatedString First,
    LocatedString Second,
    EquatableArray<string> Names,
    EstablishmentSpec? Established,
    EquatableArray<StatusSpec> Statuses,
    EquatableArray<RecognitionSpec> Recognitions,
    EquatableArray<MissionSpec> Missions,
    EquatableArray<ProtectingPowerSpec> ProtectingPowers,
    EquatableArray<CitedTextSpec> Characterisations,
    EquatableArray<CitedTextSpec> Notes,
    EquatableArray<LocatedString> Citations,
    LocationInfo Location);

internal sealed record ParticipantSpec(string Name, string? Role, LocatedString? Country);

internal sealed record VoteSpec(int InFavour, int Against, int Abstentions, int Absent);

internal sealed record EventSpec(
    LocatedString Id,
    int Date,
    LocationInfo DateLocation,
    int Kind,
    string Title,
    string Summary,
    string? Place,
    EquatableArray<LocatedString> Countries,
    EquatableArray<LocatedString> Relations,
    EquatableArray<ParticipantSpec> People,
    VoteSpec? Vote,
    EquatableArray<LocatedString> Drafters,
    EquatableArray<CitedTextSpec> Notes,
    EquatableArray<LocatedString> Citations,
    LocationInfo Location);

/// <summary>
/// The result of parsing one data file: its records, in the file's order, plus diagnostics. A file per record yields at
/// most one; a packed (.jsonl) file one per line. A record with an error is left out, so a bad record never contributes
/// a partial one, and in a packed file never costs the others.
/// </summary>
internal sealed record ParsedDataFile(string Path, EquatableArray<ParsedRecord> Records, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One record as parsed: exactly one of its kinds is set.</summary>
internal sealed record ParsedRecord(CountrySpec? Country = null, RelationSpec? Relation = null, EventSpec? Event = null, ReferenceSpec? Reference = null, RegionSpec? Region = null);

namespace RelationsData.Generator.Model;

/// <summary>
/// The keys a user writes, for the generated constants (<c>CountryCodes</c>, <c>CountryIds</c>, …) and for the analyzer,
/// which reads them back from the compiled key table (Keys/KeyTable.cs). Only kinds that have named members are keyed
/// (RelationsDataNamedMemberLimit), so a world-scale kind adds no constants.
/// </summary>
internal sealed record DatasetKeys(
    EquatableArray<CountryKey> Countries,
    EquatableArray<RelationKey> Relations,
    EquatableArray<RecordKey> Events,
    EquatableArray<RecordKey> References);

/// <summary>
/// A country's keys. <paramref name="Names"/>: its English names, codes and ids, folded (NameFolding), as TryFind finds
/// them; <paramref name="LocalizedNames"/>: its names in other languages, folded, which the key table keeps as hashes
/// only (tens of thousands of names would otherwise travel in every assembly's metadata); <paramref name="PreviousIds"/>:
/// the ids it had before a rename, which ById still finds.
/// </summary>
internal sealed record CountryKey(
    string Id, string Member, string Alpha2, string Alpha3, int Numeric, string? Alpha4, string ShortName, EquatableArray<string> Names,
    EquatableArray<string> LocalizedNames, EquatableArray<string> PreviousIds);

/// <summary>A relation's id and member, and its pair of country ids.</summary>
internal sealed record RelationKey(string Id, string Member, string First, string Second);

/// <summary>An event's or a reference's id and member.</summary>
internal sealed record RecordKey(string Id, string Member);

using System.IO;
using System.Linq;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>country CODE [--lang CULTURE]</c>: the country's codes and names, and the list of its relations; with --lang, the
/// names (its own and its partners') in that language.
/// </summary>
internal static class CountryCommand
{
    public static int Run(string code, string? language, TextWriter output)
    {
        var country = CountryLookup.Find(code);
        string Name(Country c) => language is null ? c.ShortName : c.NameIn(language);
        output.WriteLine($"{Name(country)} ({country.Alpha2}, {country.Alpha3}{(country.NumericCode is { } n ? $", {n}" : string.Empty)})");
        if (language is not null)
        {
            output.WriteLine($"English: {country.ShortName}");
        }

        if (country.OfficialName is not null)
        {
            output.WriteLine($"Official name: {country.OfficialName}");
        }

        if (!country.OtherNames.IsEmpty)
        {
            output.WriteLine($"Other names: {string.Join(", ", country.OtherNames)}");
        }

        if (country.IsFormer)
        {
            output.WriteLine($"Former entry (ISO 3166-3) {country.Alpha4}, withdrawn {country.Withdrawn}");
        }

        if (country.Successors is [var succession, ..] successors)
        {
            var kind = succession.Kind is { } k ? $" ({DataWords.Of(k)})" : string.Empty;
            output.WriteLine($"Succeeded by{kind}: {string.Join(", ", successors.Select(s => $"{s.Successor.ShortName} ({s.Successor.Alpha2})"))}{Sources(succession)}");
        }

        foreach (var predecessor in country.Predecessors)
        {
            output.WriteLine($"Succeeded: {predecessor.Predecessor.ShortName} ({predecessor.Predecessor.Alpha4}), withdrawn {predecessor.Date}{Sources(predecessor)}");
        }

        if (country.Region is { } region)
        {
            string RegionName(Region r) => language is null ? r.Name : r.NameIn(language);
            var place = country.Subregion is { } subregion ? $"{RegionName(region)}, {RegionName(subregion)} (UN M49 {region.Code}, {subregion.Code})" : $"{RegionName(region)} (UN M49 {region.Code})";
            output.WriteLine($"Region: {place}");
        }

        if (country.LocalizedNames.Count > 0)
        {
            var source = country.LocalizedNamesSource is { } reference ? $" (source: {reference.Id})" : string.Empty;
            output.WriteLine($"Names in {Plural(country.LocalizedNames.Count, "locale")}{source}; --lang CULTURE prints them");
        }

        var relations = Relations.Of(country);
        output.WriteLine();
        output.WriteLine($"Relations ({relations.Length}):");
        foreach (var relation in relations)
        {
            var other = relation.Other(country);
            var status = relation.CurrentStatus is { } s ? DataWords.Of(s.Status) : "status not given";
            var established = relation.Established?.Date is { } date ? $", established {date}" : string.Empty;
            output.WriteLine($"  {other.Alpha2}  {Name(other),-22} {status}{established}; {Plural(Events.Of(relation).Length, "event")}");
        }

        return 0;
    }

    private static string Sources(Succession succession) => $" — sources: {string.Join(", ", succession.References.Select(r => r.Id))}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

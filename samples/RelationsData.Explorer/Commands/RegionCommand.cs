using System;
using System.IO;
using System.Linq;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>region REGION [--lang CULTURE]</c>: a UN M49 region (by id, code or English name, or every region when none is
/// given), its sub-regions, its countries, and the relations of the dataset between two of its countries: a slice of
/// the data by region, as an app would write it in LINQ.
/// </summary>
internal static class RegionCommand
{
    public static int Run(string? text, string? language, TextWriter output)
    {
        string Name(Region r) => language is null ? r.Name : r.NameIn(language);
        if (text is null)
        {
            foreach (var continent in Regions.All.Where(r => r.IsContinent).OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                output.WriteLine($"{continent.Code}  {Name(continent)} ({continent.Id}): {Countries.In(continent).Length} countries");
                foreach (var subregion in Regions.All.Where(r => r.Parent == continent).OrderBy(r => r.Code, StringComparer.Ordinal))
                {
                    output.WriteLine($"  {subregion.Code}  {Name(subregion)} ({subregion.Id}): {Countries.In(subregion).Length} countries");
                }
            }

            return 0;
        }

        var region = Regions.ById(text) ?? Regions.ByCode(text) ?? Regions.All.FirstOrDefault(r => string.Equals(r.Name, text, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException($"no region '{text}' in the dataset (try an id such as western-asia, a UN M49 code such as 145, or an English name)");
        output.WriteLine($"{Name(region)} (UN M49 {region.Code}){(region.Parent is { } parent ? $", within {Name(parent)}" : string.Empty)} — sources: {string.Join(", ", region.References.Select(r => r.Id))}");
        var subregions = Regions.All.Where(r => r.Parent == region).ToList();
        if (subregions.Count > 0)
        {
            output.WriteLine($"Sub-regions: {string.Join(", ", subregions.Select(Name))}");
        }

        var countries = Countries.In(region);
        output.WriteLine();
        output.WriteLine($"Countries ({countries.Length}):");
        foreach (var country in countries)
        {
            output.WriteLine($"  {country.Alpha2}  {(language is null ? country.ShortName : country.NameIn(language))}");
        }

        // The slice an app writes: relations whose two countries are both in the region.
        var inside = Relations.All.Where(r => countries.Contains(r.First) && countries.Contains(r.Second)).ToList();
        output.WriteLine();
        output.WriteLine($"Relations within the region ({inside.Count}):");
        foreach (var relation in inside)
        {
            output.WriteLine($"  {relation.First.Alpha2}–{relation.Second.Alpha2}  {relation.Id}");
        }

        return 0;
    }
}

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>
/// UN M49 regions from CLDR's territory containment: each current entry's continent and sub-region, the countries of a
/// region, the regions' names in every CLDR locale, and relations sliced by region in LINQ.
/// </summary>
public class RegionTests
{
    [Fact]
    public void The_dataset_has_M49_s_five_continents_and_twenty_two_sub_regions()
    {
        Assert.Equal(27, Regions.All.Length);
        Assert.Equal(["002", "009", "019", "142", "150"], Regions.All.Where(r => r.IsContinent).Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.All(Regions.All.Where(r => !r.IsContinent), r => Assert.True(r.Parent!.IsContinent, r.Id));
        Assert.Equal(Regions.All.OrderBy(r => r.Id, StringComparer.Ordinal), Regions.All);
        Assert.All(Regions.All, r => Assert.Equal(["cldr-core", "cldr-localenames-full"], r.References.Select(x => x.Id)));
    }

    [Fact]
    public void A_country_knows_its_continent_and_sub_region()
    {
        Assert.Same(Regions.Asia, Countries.Azerbaijan.Region);
        Assert.Same(Regions.WesternAsia, Countries.Azerbaijan.Subregion);
        Assert.Same(Regions.Asia, Regions.WesternAsia.Parent);
        Assert.Equal(("Western Asia", "145"), (Regions.WesternAsia.Name, Regions.WesternAsia.Code));
        Assert.Same(Regions.WesternAsia, Countries.Palestine.Subregion);
        Assert.Same(Regions.SouthernEurope, Countries.Kosovo.Subregion); // CLDR places XK, which iso-codes lacks
        Assert.Same(Regions.Caribbean, Countries.Cuba.Subregion);
        Assert.Same(Regions.Americas, Countries.Cuba.Region); // not Latin America (419), a CLDR grouping, not M49's hierarchy
    }

    [Fact]
    public void A_copy_keeps_the_dataset_s_region_unless_given_another()
    {
        var copy = Countries.Azerbaijan with { OfficialName = "copy" };
        Assert.Same(Regions.WesternAsia, copy.Subregion);

        var moved = Countries.Azerbaijan with { Subregion = Regions.CentralAsia };
        Assert.Same(Regions.CentralAsia, moved.Subregion);
        Assert.Same(Regions.Asia, moved.Region); // not given: still the dataset's
        Assert.Null((Countries.Azerbaijan with { Region = null }).Region);
        Assert.NotEqual(Countries.Azerbaijan, moved);
    }

    [Fact]
    public void Every_current_entry_but_Antarctica_has_a_region_and_no_former_entry_has_one()
    {
        var current = Countries.All.Where(c => !c.IsFormer).ToList();
        Assert.Equal(["AQ"], current.Where(c => c.Region is null).Select(c => c.Alpha2));
        Assert.All(current.Where(c => c.Region is not null), c => Assert.NotNull(c.Subregion));
        Assert.All(Countries.All.Where(c => c.IsFormer), c => Assert.Null(c.Region));
    }

    [Fact]
    public void The_countries_of_a_region_are_those_it_and_its_sub_regions_contain()
    {
        var westernAsia = Countries.In(Regions.WesternAsia);
        Assert.Equal(18, westernAsia.Length);
        Assert.Contains(Countries.Azerbaijan, westernAsia);
        Assert.Contains(Countries.Israel, westernAsia);
        Assert.DoesNotContain(Countries.Iran, westernAsia); // Southern Asia
        Assert.Equal(westernAsia.OrderBy(c => c.Id, StringComparer.Ordinal), westernAsia);

        foreach (var continent in Regions.All.Where(r => r.IsContinent))
        {
            var viaSubregions = Regions.All.Where(r => r.Parent == continent).SelectMany(r => Countries.In(r)).OrderBy(c => c.Id, StringComparer.Ordinal);
            Assert.Equal(viaSubregions, Countries.In(continent));
        }

        Assert.Equal(Countries.All.Count(c => c.Region is not null), Regions.All.Where(r => r.IsContinent).Sum(r => Countries.In(r).Length));
        Assert.All(Regions.All, r => Assert.All(Countries.In(r), c => Assert.True(c.Region == r || c.Subregion == r, $"{c.Id} in {r.Id}")));
    }

    [Fact]
    public void Regions_are_found_by_id_and_by_M49_code()
    {
        Assert.Same(Regions.WesternAsia, Regions.ById("western-asia"));
        Assert.Same(Regions.WesternAsia, Regions.ByCode("145"));
        Assert.Same(Regions.Africa, Regions.ByCode("002"));
        Assert.Null(Regions.ByCode("2"));
        Assert.Null(Regions.ByCode("419")); // a grouping, not an M49 region of the hierarchy
        Assert.Null(Regions.ById("Western-Asia"));
    }

    [Theory]
    [InlineData("western-asia", "de", "Westasien")]
    [InlineData("western-asia", "de-AT", "Westasien")]
    [InlineData("western-asia", "ja", "西アジア")]
    [InlineData("western-asia", "ar", "غرب آسيا")]
    [InlineData("western-asia", "ru", "Западная Азия")]
    [InlineData("western-asia", "hi", "पश्चिमी एशिया")]
    [InlineData("western-asia", "zh-Hant-HK", "西亞")]
    [InlineData("western-asia", "es-AR", "Asia del Oeste")] // es-AR → es-419, CLDR's explicit parent
    [InlineData("western-asia", "es", "Asia occidental")]
    [InlineData("southeast-asia", "fr-CA", "Asie du Sud-Est")]
    [InlineData("asia", "xx", "Asia")] // no such locale: English
    [InlineData("asia", "", "Asia")]
    public void A_region_s_name_follows_CLDR_s_chain(string id, string culture, string expected)
    {
        Assert.Equal(expected, Regions.ById(id)!.NameIn(culture));
    }

    [Fact]
    public void A_region_s_name_for_a_culture_object_and_its_name_count()
    {
        Assert.Equal("Westasien", Regions.WesternAsia.NameIn(CultureInfo.GetCultureInfo("de-CH")));
        Assert.Equal("Western Asia", Regions.WesternAsia.NameIn(CultureInfo.InvariantCulture));
        Assert.True(Regions.WesternAsia.LocalizedNames.Count > 100);
        Assert.Equal("cldr-localenames-full", Regions.WesternAsia.LocalizedNamesSource?.Id);
    }

    [Fact]
    public void Relations_slice_by_region_in_LINQ()
    {
        var withinWesternAsia = Relations.All.Where(r => r.First.Subregion == Regions.WesternAsia && r.Second.Subregion == Regions.WesternAsia).Select(r => r.Id).ToList();
        Assert.Contains("azerbaijan-palestine", withinWesternAsia);
        Assert.Contains("israel-turkey", withinWesternAsia);
        Assert.DoesNotContain("azerbaijan-pakistan", withinWesternAsia);

        var azerbaijanByContinent = Relations.Of(Countries.Azerbaijan).GroupBy(r => r.Other(Countries.Azerbaijan).Region?.Name ?? "none").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Relations.Of(Countries.Azerbaijan).Length, azerbaijanByContinent.Values.Sum());
        Assert.True(azerbaijanByContinent["Asia"] >= 4);
    }

    [Fact]
    public void A_region_not_of_the_dataset_has_no_countries()
    {
        Assert.Empty(Countries.In(Regions.Asia with { Name = "Asia (copy)" }));
        Assert.Empty(Countries.In(new Region("nowhere", "999", "Nowhere", null, ImmutableArray<LocalizedName>.Empty, ImmutableArray<Reference>.Empty)));
        Assert.Equal(Countries.In(Regions.Asia).AsEnumerable(), Countries.In(Regions.Asia with { })); // an equal copy is the same region
    }
}

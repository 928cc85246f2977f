using System.Linq;
using System.Threading.Tasks;

namespace RelationsData.Tests;

/// <summary>Lookups by code, name and pair agree with the tables, in every direction.</summary>
public class LookupTests
{
    [Fact]
    public void A_former_entry_is_found_by_id_alpha4_and_names_but_its_reused_codes_find_the_current_country()
    {
        var formers = Countries.All.Where(c => c.IsFormer).ToList();
        Assert.Equal(31, formers.Count);
        foreach (var former in formers)
        {
            Assert.Same(former, Countries.ById(former.Id));
            Assert.True(Countries.TryFind(former.Alpha4!, out var byAlpha4));
            Assert.Same(former, byAlpha4);
            Assert.True(Countries.TryFind(former.ShortName, out var byName));
            // A name a current country also has finds the current one.
            Assert.True(byName == former || !byName.IsFormer, former.ShortName);
            Assert.NotSame(former, Countries.ByAlpha2(former.Alpha2));
        }

        Assert.Equal("Bonaire, Sint Eustatius and Saba", Countries.ByAlpha2("BQ")!.ShortName);
        Assert.Equal("British Antarctic Territory", Countries.All.Single(c => c.Alpha4 == "BQAQ").ShortName);
        Assert.True(Countries.TryFind("USSR, Union of Soviet Socialist Republics", out var ussr));
        Assert.Equal(("SUHH", "1992-08-30"), (ussr.Alpha4, ussr.Withdrawn?.ToString()));
    }

    [Theory]
    [InlineData("AZ")]
    [InlineData("az")]
    [InlineData("Az")]
    public void Alpha2_lookup_ignores_case(string code) => Assert.Same(Countries.Azerbaijan, Countries.ByAlpha2(code));

    [Fact]
    public void Every_current_country_is_found_by_each_of_its_codes_and_names()
    {
        foreach (var country in Countries.All.Where(c => !c.IsFormer))
        {
            Assert.Same(country, Countries.ByAlpha2(country.Alpha2));
            Assert.Same(country, Countries.ByAlpha3(country.Alpha3.ToLowerInvariant()));
            Assert.Same(country, Countries.ById(country.Id));
            if (country.Numeric is { } numeric)
            {
                Assert.Same(country, Countries.ByNumeric(numeric));
            }

            foreach (var name in country.Names)
            {
                Assert.True(Countries.TryFind(name, out var found), name);
                Assert.Same(country, found);
            }
        }
    }

    [Theory]
    [InlineData("turkiye", "TR")]
    [InlineData("TÜRKIYE", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("state of palestine", "PS")]
    [InlineData("Islamic  Republic of Iran", "IR")]
    [InlineData("el-salvador", "SV")]
    public void TryFind_ignores_case_accents_dashes_and_spacing(string name, string alpha2)
    {
        Assert.True(Countries.TryFind(name, out var country));
        Assert.Equal(alpha2, country.Alpha2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData("A")]
    [InlineData("ZZ")]
    public void Unknown_codes_and_names_find_nothing(string text)
    {
        Assert.Null(Countries.ByAlpha2(text));
        Assert.Null(Countries.ByAlpha3(text));
        Assert.False(Countries.TryFind(text, out _));
    }

    [Fact]
    public void Numeric_codes_outside_the_range_find_nothing()
    {
        Assert.Null(Countries.ByNumeric(-1));
        Assert.Null(Countries.ByNumeric(1000));
        Assert.Null(Countries.ByNumeric(999));
    }

    [Fact]
    public void Between_is_order_free_and_agrees_with_Of()
    {
        foreach (var relation in Relations.All)
        {
            Assert.Same(relation, Relations.Between(relation.First, relation.Second));
            Assert.Same(relation, Relations.Between(relation.Second, relation.First));
            Assert.Contains(relation, Relations.Of(relation.First));
            Assert.Contains(relation, Relations.Of(relation.Second));
            Assert.Same(relation, Relations.ById(relation.Id));
        }

        foreach (var a in Countries.All)
        {
            foreach (var b in Countries.All)
            {
                Assert.Same(Relations.Between(a, b), Relations.Between(b, a));
            }

            Assert.Null(Relations.Between(a, a));
        }
    }

    [Fact]
    public void Ids_find_every_event_and_reference()
    {
        Assert.All(Events.All, e => Assert.Same(e, Events.ById(e.Id)));
        Assert.All(References.All, r => Assert.Same(r, References.ById(r.Id)));
        Assert.Null(Events.ById("no-such-event"));
    }

    [Fact]
    public void Concurrent_first_reads_see_one_instance_per_record()
    {
        var storage = CompiledDataset.Instance;
        var seen = new Relation[64];
        Parallel.For(0, seen.Length, i => seen[i] = Relations.AzerbaijanPalestine);

        Assert.All(seen, r => Assert.Same(seen[0], r));
        Assert.Same(storage.Relations.Single(r => r.Id == "azerbaijan-palestine"), seen[0]);
    }
}

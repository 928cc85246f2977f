using System;
using System.Linq;
using System.Reflection;

namespace RelationsData.Tests;

/// <summary>The generated constants: each names a record that exists, and they compile where C# needs a constant.</summary>
public class ConstantTests
{
    [Theory]
    [InlineData(CountryCodes.Alpha2.PS, CountryCodes.Alpha3.PSE, CountryCodes.Numeric.PS, CountryIds.Palestine)]
    [InlineData(CountryCodes.Alpha2.AZ, CountryCodes.Alpha3.AZE, CountryCodes.Numeric.AZ, CountryIds.Azerbaijan)]
    public void The_constants_of_a_country_find_it_by_every_key(string alpha2, string alpha3, int numeric, string id)
    {
        var country = Countries.ById(id)!;

        Assert.Same(country, Countries.ByAlpha2(alpha2));
        Assert.Same(country, Countries.ByAlpha3(alpha3));
        Assert.Same(country, Countries.ByNumeric(numeric));
    }

    [Fact]
    public void Every_code_constant_finds_the_country_it_is_named_for()
    {
        var alpha2 = Constants(typeof(CountryCodes.Alpha2));
        Assert.Equal(Countries.All.Count(c => !c.IsFormer), alpha2.Length);
        Assert.All(alpha2, c => Assert.Equal(c.Name, Countries.ByAlpha2((string)c.Value)!.Alpha2));
        Assert.All(Constants(typeof(CountryCodes.Alpha3)), c => Assert.Equal(c.Name, Countries.ByAlpha3((string)c.Value)!.Alpha3));
        Assert.All(Constants(typeof(CountryCodes.Numeric)), c => Assert.Equal((int)c.Value, Countries.ByAlpha2(c.Name)!.Numeric));
        Assert.All(Constants(typeof(CountryCodes.Alpha4)), c => Assert.Equal(c.Name, Countries.All.Single(x => x.Alpha4 == (string)c.Value).Alpha4));
        Assert.Equal(31, Constants(typeof(CountryCodes.Alpha4)).Length);
    }

    [Fact]
    public void Every_id_constant_is_named_like_the_member_that_returns_its_record()
    {
        AssertIds(typeof(CountryIds), typeof(Countries), id => Countries.ById(id), Countries.All.Length);
        AssertIds(typeof(RelationIds), typeof(Relations), id => Relations.ById(id), Relations.All.Length);
        AssertIds(typeof(EventIds), typeof(Events), id => Events.ById(id), Events.All.Length);
        AssertIds(typeof(ReferenceIds), typeof(References), id => References.ById(id), References.All.Length);
    }

    [Fact]
    public void A_switch_on_a_code_compiles_with_the_constants()
    {
        static string Region(Country c) => c.Alpha2 switch
        {
            CountryCodes.Alpha2.AZ or CountryCodes.Alpha2.AM or CountryCodes.Alpha2.GE => "South Caucasus",
            CountryCodes.Alpha2.PS or CountryCodes.Alpha2.IL => "Levant",
            _ => "elsewhere",
        };

        Assert.Equal(("South Caucasus", "Levant", "elsewhere"), (Region(Countries.Azerbaijan), Region(Countries.Palestine), Region(Countries.Brazil)));
    }

    private static void AssertIds(Type ids, Type facade, Func<string, object?> byId, int count)
    {
        var constants = Constants(ids);
        Assert.Equal(count, constants.Length);
        foreach (var (name, value) in constants)
        {
            var record = byId((string)value);
            Assert.NotNull(record);
            Assert.Same(record, facade.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
        }
    }

    private static (string Name, object Value)[] Constants(Type type) =>
        // The obsolete constants of previous ids are tested in CountryIdTests.
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.GetCustomAttribute<ObsoleteAttribute>() is null).Select(f => (f.Name, f.GetRawConstantValue()!)).ToArray();
}

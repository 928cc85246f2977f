using System.Linq;
using System.Reflection;
using System.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace RelationsData.Tests;

/// <summary>
/// Ids and members are what users store and type: every country's id and member in one reviewed snapshot (a rename is a
/// visible diff), and the ids of renamed countries keep resolving.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public class CountryIdTests
{
    [Fact]
    public void Every_country_s_id_and_member_match_the_approved_list()
    {
        var members = typeof(Countries).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Country) && p.GetCustomAttribute<System.ObsoleteAttribute>() is null)
            .ToDictionary(p => ((Country)p.GetValue(null)!).Id, p => p.Name);
        var text = new StringBuilder("code\tid\tmember\tprevious ids\n");
        foreach (var country in Countries.All.OrderBy(c => c.IsFormer).ThenBy(c => c.Alpha4 ?? c.Alpha2, System.StringComparer.Ordinal))
        {
            text.Append($"{country.Alpha4 ?? country.Alpha2}\t{country.Id}\t{members[country.Id]}\t{string.Join(" ", country.PreviousIds)}\n");
        }

        Assert.Equal(281, members.Count);
        Approvals.Verify(text.ToString());
    }

    [Fact]
    public void Ids_are_ASCII_letters_and_digits_joined_by_single_dashes()
    {
        Assert.All(Countries.All, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Id));
        Assert.All(Countries.All, c => Assert.DoesNotContain("(", c.ShortName, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("c-te-d-ivoire", "cote-d-ivoire")]
    [InlineData("cura-ao", "curacao")]
    [InlineData("r-union", "reunion")]
    [InlineData("saint-barth-lemy", "saint-barthelemy")]
    [InlineData("land-islands", "aland-islands")]
    [InlineData("congo-the-democratic-republic-of-the", "democratic-republic-of-the-congo")]
    [InlineData("micronesia-federated-states-of", "micronesia")]
    [InlineData("holy-see-vatican-city-state", "holy-see")]
    [InlineData("ussr-union-of-soviet-socialist-republics", "soviet-union")]
    [InlineData("zaire-republic-of", "zaire")]
    public void A_previous_id_still_finds_the_renamed_country(string previous, string current)
    {
        var country = Countries.ById(current)!;
        Assert.Same(country, Countries.ById(previous));
        Assert.Contains(previous, country.PreviousIds);
        Assert.True(Countries.TryFind(previous, out var found));
        Assert.Same(country, found);
    }

    [Fact]
    public void The_former_members_and_id_constants_still_compile_and_name_the_renamed_country()
    {
#pragma warning disable CS0618 // the obsolete aliases are the subject
        Assert.Same(Countries.CoteDIvoire, Countries.CTeDIvoire);
        Assert.Same(Countries.SovietUnion, Countries.UssrUnionOfSovietSocialistRepublics);
        Assert.Equal("c-te-d-ivoire", CountryIds.CTeDIvoire);
        Assert.Same(Countries.CoteDIvoire, Countries.ById(CountryIds.CTeDIvoire));
#pragma warning restore CS0618
        Assert.NotNull(typeof(Countries).GetProperty("CTeDIvoire")!.GetCustomAttribute<System.ObsoleteAttribute>());
        Assert.Null(Countries.ById("no-such-country"));
    }
}

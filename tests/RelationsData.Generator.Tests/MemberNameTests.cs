using Microsoft.CodeAnalysis.CSharp;
using RelationsData.Generator.Linking;

namespace RelationsData.Generator.Tests;

/// <summary>Any id becomes a valid C# member name.</summary>
public class MemberNameTests
{
    [Theory]
    [InlineData("azerbaijan-palestine", "AzerbaijanPalestine")]
    [InlineData("côte-d-ivoire", "CôteDIvoire")]
    [InlineData("türkiye", "Türkiye")]
    [InlineData("são-tomé-and-príncipe", "SãoToméAndPríncipe")]
    [InlineData("中国", "中国")]
    [InlineData("1992-relations", "_1992Relations")]
    [InlineData("all", "All_")]
    [InlineData("by-alpha2", "ByAlpha2_")]
    [InlineData("---", "__")]
    [InlineData("class", "Class")]
    public void Ids_become_valid_identifiers(string id, string expected)
    {
        var name = MemberNames.FromId(id);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }
}

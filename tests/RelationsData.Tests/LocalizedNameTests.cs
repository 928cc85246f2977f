using System;
using System.Globalization;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>
/// Names in every CLDR locale of modern coverage: NameIn walks CLDR's chain (explicit parent locales, likely scripts,
/// truncation, then English), and TryFind finds a country by any name, short name or variant name in any language.
/// </summary>
public class LocalizedNameTests
{
    [Fact]
    public void Every_ISO_3166_1_entry_and_every_former_entry_is_there()
    {
        var current = Countries.All.Where(c => !c.IsFormer && c.References.Any(r => r.Id == "iso-codes")).ToList();
        Assert.Equal(249, current.Count);
        Assert.Equal(249, current.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(31, Countries.All.Count(c => c.IsFormer));
        Assert.All(Countries.All.Where(c => c.IsFormer), c => Assert.Contains(c.References, r => r.Id == "iso-3166-3"));
        // Kosovo's user-assigned code is not ISO's: it is the one hand-kept current entry.
        Assert.Equal(["kosovo"], Countries.All.Where(c => !c.IsFormer).Except(current).Select(c => c.Id));
    }

    [Theory]
    [InlineData("AZ", "de", "Aserbaidschan")]
    [InlineData("AZ", "DE-at", "Aserbaidschan")] // any case
    [InlineData("AZ", "de_AT", "Aserbaidschan")] // POSIX separator
    [InlineData("SJ", "de-AT", "Svalbard und Jan Mayen")] // de-AT's own name
    [InlineData("SJ", "de", "Spitzbergen und Jan Mayen")]
    [InlineData("SJ", "de-CH", "Spitzbergen und Jan Mayen")] // de-CH → de
    [InlineData("BA", "es", "Bosnia y Herzegovina")]
    [InlineData("BA", "es-419", "Bosnia-Herzegovina")]
    [InlineData("CG", "es", "Congo")]
    [InlineData("CG", "es-CO", "República del Congo")] // explicit parent es-419, not es
    [InlineData("BA", "es-AR", "Bosnia y Herzegovina")] // es-AR's own, over es-419's
    [InlineData("AZ", "zh", "阿塞拜疆")]
    [InlineData("AZ", "zh-Hans-CN", "阿塞拜疆")]
    [InlineData("AZ", "zh-CN", "阿塞拜疆")]
    [InlineData("AZ", "zh-Hant", "亞塞拜然")] // zh-Hant's parent is the root, not zh
    [InlineData("AZ", "zh-TW", "亞塞拜然")] // likely script: zh-Hant-TW
    [InlineData("AZ", "zh-Hant-HK", "亞塞拜疆")]
    [InlineData("AZ", "zh-HK", "亞塞拜疆")] // zh-Hant-HK
    [InlineData("AZ", "zh-Hant-MO", "亞塞拜疆")] // explicit parent zh-Hant-HK
    [InlineData("AZ", "sr", "Азербејџан")]
    [InlineData("AZ", "sr-Latn", "Azerbejdžan")]
    [InlineData("AZ", "sr-Latn-RS", "Azerbejdžan")]
    [InlineData("AZ", "ja", "アゼルバイジャン")]
    [InlineData("KN", "en", "St. Kitts & Nevis")]
    [InlineData("KN", "en-GB", "St Kitts & Nevis")] // en-GB → en-001
    [InlineData("KN", "en-US", "St. Kitts & Nevis")]
    [InlineData("TR", "fr", "Turquie")]
    [InlineData("AZ", "tlh", "Azerbaijan")] // no CLDR locale: English
    [InlineData("AZ", "not a culture", "Azerbaijan")]
    [InlineData("AZ", "", "Azerbaijan")] // invariant: the short name
    public void NameIn_follows_CLDR_s_fallback_chain(string alpha2, string culture, string expected)
    {
        Assert.Equal(expected, Countries.ByAlpha2(alpha2)!.NameIn(culture));
    }

    [Theory]
    [InlineData("de-AT", "Aserbaidschan")]
    [InlineData("zh-TW", "亞塞拜然")]
    [InlineData("zh-HK", "亞塞拜疆")]
    [InlineData("sr-Latn-RS", "Azerbejdžan")]
    [InlineData("es-419", "Azerbaiyán")]
    [InlineData("ja-JP", "アゼルバイジャン")]
    public void NameIn_takes_a_CultureInfo(string culture, string expected)
    {
        Assert.Equal(expected, Countries.Azerbaijan.NameIn(new CultureInfo(culture)));
    }

    [Theory]
    [InlineData("de-AT")]
    [InlineData("zh-TW")]
    [InlineData("es-CO")]
    [InlineData("xx-YY")]
    public void NameIn_allocates_only_the_string_it_returns(string culture)
    {
        var country = Countries.Azerbaijan;
        var name = country.NameIn(culture); // warm: the record, the JIT, the locale table's literals
        var before = GC.GetAllocatedBytesForCurrentThread();
        name = country.NameIn(culture);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A string is its header, length and characters, rounded up to 8 bytes: 22 + 2 × length at the least.
        Assert.InRange(allocated, 0, ((22 + (2 * name.Length) + 7) / 8 * 8) + 8);
    }

    [Fact]
    public void The_invariant_culture_and_English_give_the_English_names()
    {
        Assert.Equal("Turkey", Countries.Turkey.NameIn(CultureInfo.InvariantCulture)); // the data's short name
        Assert.Equal("Türkiye", Countries.Turkey.NameIn("en")); // CLDR's English name
        Assert.Equal("Côte d’Ivoire", Countries.CoteDIvoire.NameIn("xx-YY")); // no such locale: CLDR's English
    }

    [Fact]
    public void Current_entries_have_CLDR_s_names_and_former_entries_iso_codes_translations()
    {
        Assert.All(Countries.All.Where(c => !c.IsFormer), c => Assert.Equal("cldr-localenames-full", c.LocalizedNamesSource?.Id)); // Kosovo too: CLDR names XK
        Assert.All(Countries.All.Where(c => c.IsFormer && c.LocalizedNames.Count > 0), c => Assert.Equal("iso-codes", c.LocalizedNamesSource?.Id));
        // Each locale's name is kept where it differs from its parent's, so the base languages carry most of them.
        Assert.InRange(Countries.Azerbaijan.LocalizedNames.Count, 100, 200);
        Assert.Equal("Союз Советских Социалистических Республик", Countries.SovietUnion.NameIn("ru-RU"));
    }

    [Theory]
    [InlineData("Ivory Coast", "CI")] // en variant
    [InlineData("ivory coast", "CI")]
    [InlineData("UK", "GB")] // en short
    [InlineData("US", "US")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("East Timor", "TL")] // the current entry before the former one of that name
    [InlineData("Turkey", "TR")]
    [InlineData("Türkei", "TR")] // de
    [InlineData("TURKEI", "TR")]
    [InlineData("象牙海岸", "CI")] // ja and zh variant
    [InlineData("아이보리 코스트", "CI")] // ko variant
    [InlineData("Свазиленд", "SZ")] // ru variant (Cyrillic)
    [InlineData("स्वाज़ीलैंड", "SZ")] // hi variant (Devanagari)
    [InlineData("سوازيلاند", "SZ")] // ar variant (Arabic)
    [InlineData("アメリカ", "US")] // ja short
    [InlineData("ΗΒ", "GB")] // el short (Greek)
    [InlineData("Áo", "AO")] // Vietnamese for Austria, but Angola's code: codes come first
    [InlineData("Косово", "XK")] // Kosovo: no iso-codes entry, but CLDR names it
    [InlineData("Aserbaidschan", "AZ")]
    [InlineData("阿塞拜疆", "AZ")]
    [InlineData("Palestine, State of", "PS")]
    public void TryFind_finds_names_short_names_and_variants_in_every_language(string name, string alpha2)
    {
        Assert.True(Countries.TryFind(name, out var country), name);
        Assert.Equal(alpha2, country.Alpha2);
    }

    [Theory]
    [InlineData("USSR", "SUHH")]
    [InlineData("Soviet Union", "SUHH")]
    [InlineData("ברית המועצות", "SUHH")]
    [InlineData("Zaire, Republic of", "ZRCD")]
    [InlineData("Yemen, Democratic, People's Democratic Republic of", "YDYE")]
    [InlineData("Democratic Yemen", "YDYE")]
    public void TryFind_finds_former_entries_by_their_history_and_ISO_names(string name, string alpha4)
    {
        Assert.True(Countries.TryFind(name, out var country), name);
        Assert.Equal(alpha4, country.Alpha4);
    }

    [Fact]
    public void Every_localized_name_short_name_and_variant_finds_a_country_with_that_name()
    {
        foreach (var country in Countries.All)
        {
            foreach (var name in country.LocalizedNames.Concat(country.LocalizedShortNames).Concat(country.LocalizedVariantNames))
            {
                Assert.True(Countries.TryFind(name.Name, out var found), name.Name);
                // Two countries may share a name ("Congo"); the one found has it too, in some language or in English, or as a
                // code or id, which come first (Vietnamese "Áo", Austria, folds to AO, Angola's code).
                var folded = Fold(name.Name);
                Assert.True(
                    found == country
                    || found.LocalizedNames.Concat(found.LocalizedShortNames).Concat(found.LocalizedVariantNames).Any(n => Fold(n.Name) == folded)
                    || found.Names.Concat([found.Alpha2, found.Alpha3, found.Alpha4 ?? "", found.Id]).Any(n => Fold(n) == folded),
                    $"{name.Name} ({name.Culture}) finds {found}");
            }
        }

        static string Fold(string name) => RelationsData.Shared.NameFolding.Fold(name);
    }

    [Fact]
    public void A_list_built_in_code_finds_by_exact_culture_and_compares_by_content()
    {
        LocalizedNameList list = System.Collections.Immutable.ImmutableArray.Create(new LocalizedName("de", "Freedonien"), new LocalizedName("fr", "Freedonie"));
        Assert.Equal("Freedonie", list.Find("fr"));
        Assert.Null(list.Find("FR"));
        Assert.Equal(2, list.Count);
        Assert.Equal(list, (LocalizedNameList)System.Collections.Immutable.ImmutableArray.Create(new LocalizedName("de", "Freedonien"), new LocalizedName("fr", "Freedonie")));
        Assert.True(default(LocalizedNameList).Count == 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Countries.Azerbaijan.LocalizedNames[Countries.Azerbaijan.LocalizedNames.Count]);
    }
}

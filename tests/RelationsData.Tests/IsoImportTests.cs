using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using RelationsData.IsoImport;

namespace RelationsData.Tests;

/// <summary>The iso-codes importer: reproducible, and a re-import keeps what the files say beyond ISO's fields.</summary>
public sealed class IsoImportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("relationsdata-import-").FullName;

    [FactWhenIsoCodesInstalled]
    public void Reimporting_iso_codes_over_the_committed_data_changes_nothing()
    {
        var data = Path.Combine(folder, "data");
        TestSupport.FileTree.Copy(Path.Combine(TestSupport.RepositoryPaths.Data, "countries"), Path.Combine(data, "countries"));

        var summary = Importer.Run(new ImportPaths(FactWhenIsoCodesInstalledAttribute.Json, "/usr/share/locale", data));

        Assert.Equal((0, 0, 280), (summary.Written, summary.Created, summary.Unchanged));
        Assert.Equal(["countries/kosovo.json"], summary.NotInIsoCodes);
    }

    [FactWhenCldrCoreFetched]
    public void Reimporting_with_CLDR_successors_over_the_committed_data_changes_nothing()
    {
        var data = Path.Combine(folder, "data");
        TestSupport.FileTree.Copy(Path.Combine(TestSupport.RepositoryPaths.Data, "countries"), Path.Combine(data, "countries"));
        TestSupport.FileTree.Copy(Path.Combine(TestSupport.RepositoryPaths.Data, "regions"), Path.Combine(data, "regions"));

        var localeTable = Path.Combine(folder, "CldrLocaleTable.cs");
        var summary = Importer.Run(new ImportPaths(
            FactWhenIsoCodesInstalledAttribute.Json, "/usr/share/locale", data, FactWhenCldrCoreFetchedAttribute.Tarball, FactWhenCldrCoreFetchedAttribute.NamesTarball, localeTable));

        Assert.Equal((0, 0, 280), (summary.Written, summary.Created, summary.Unchanged));
        Assert.Empty(summary.Renamed);
        // The library's copy of CLDR's locale chain is what this CLDR gives.
        Assert.Equal(File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "src", "RelationsData", "Names", "CldrLocaleTable.cs")), File.ReadAllText(localeTable));
    }

    [FactWhenCldrCoreFetched]
    public void CLDR_names_come_from_every_modern_locale_each_kept_where_it_differs_from_its_parent()
    {
        var cldr = CldrLocaleNames.Load(FactWhenCldrCoreFetchedAttribute.NamesTarball, FactWhenCldrCoreFetchedAttribute.Tarball);

        Assert.Equal(FactWhenCldrCoreFetchedAttribute.Version, cldr.Version);
        Assert.Equal(429, cldr.Locales.Count);
        Assert.Equal(101, cldr.Locales.Select(l => l.Split('-')[0]).Distinct().Count());
        Assert.Equal("es-419", cldr.ParentOf("es-AR"));
        Assert.Equal("", cldr.ParentOf("zh-Hant"));
        Assert.Equal("de", cldr.ParentOf("de-AT"));
        Assert.Contains(("zh-TW", "zh-Hant-TW"), cldr.LikelyScripts);

        var svalbard = cldr.NamesOf("SJ").Names.ToDictionary(n => n.Culture, n => n.Name);
        Assert.Equal(("Spitzbergen und Jan Mayen", "Svalbard und Jan Mayen"), (svalbard["de"], svalbard["de-AT"]));
        Assert.False(svalbard.ContainsKey("de-CH")); // the same as de's: inherited, not repeated
        var britain = cldr.NamesOf("GB");
        Assert.Contains(("en", "UK"), britain.ShortNames);
        Assert.Contains(("en", "Ivory Coast"), cldr.NamesOf("CI").VariantNames);
    }

    [FactWhenCldrCoreFetched]
    public void CLDR_containment_gives_M49_s_continents_and_sub_regions_and_each_territory_one_sub_region()
    {
        var regions = CldrRegions.Load(FactWhenCldrCoreFetchedAttribute.Tarball);

        Assert.Equal(["002", "009", "019", "142", "150"], regions.Regions.Where(r => r.ParentCode is null).Select(r => r.Code));
        Assert.Equal(22, regions.Regions.Count(r => r.ParentCode is not null));
        Assert.Equal(new CldrRegion("029", "019"), regions.Regions.Single(r => r.Code == "029")); // the Caribbean is in the Americas, not in Latin America (419, a grouping)
        Assert.Equal(new CldrRegion("017", "002"), regions.Regions.Single(r => r.Code == "017")); // nor Middle Africa in Sub-Saharan Africa (202)
        Assert.Equal(("145", "145", "039"), (regions.SubregionOf("AZ"), regions.SubregionOf("PS"), regions.SubregionOf("XK")));
        Assert.Null(regions.SubregionOf("AQ")); // only in Outlying Oceania (QO), which is not an M49 region
        Assert.Null(regions.SubregionOf("SU")); // former entries are in no containment
    }

    [FactWhenCldrCoreFetched]
    public void An_import_into_an_empty_folder_writes_each_region_with_its_names_and_places_each_current_entry()
    {
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "countries"));

        var summary = Importer.Run(new ImportPaths(
            FactWhenIsoCodesInstalledAttribute.Json, "/usr/share/locale", data, FactWhenCldrCoreFetchedAttribute.Tarball, FactWhenCldrCoreFetchedAttribute.NamesTarball));

        Assert.Equal(27, Directory.GetFiles(Path.Combine(data, "regions")).Length);
        var westernAsia = JsonNode.Parse(File.ReadAllText(Path.Combine(data, "regions", "western-asia.json")))!;
        Assert.Equal(("145", "Western Asia", "asia"), ((string?)westernAsia["code"], (string?)westernAsia["name"], (string?)westernAsia["parent"]));
        Assert.Equal("Westasien", (string?)westernAsia["localizedNames"]!["de"]);
        Assert.Equal(["cldr-core", "cldr-localenames-full"], westernAsia["citations"]!.AsArray().Select(n => (string)n!));
        Assert.False(JsonNode.Parse(File.ReadAllText(Path.Combine(data, "regions", "asia.json")))!.AsObject().ContainsKey("parent"));
        Assert.Equal("western-asia", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(data, "countries", "azerbaijan.json")))!["region"]);
        Assert.False(JsonNode.Parse(File.ReadAllText(Path.Combine(data, "countries", "antarctica.json")))!.AsObject().ContainsKey("region"));
        Assert.True(summary.Created > 200);
    }

    [Fact]
    public void A_renamed_file_keeps_its_old_id_and_the_names_CLDR_gave_it()
    {
        var ivory = new IsoEntry("CI", "CIV", null, 384, "Côte d'Ivoire", "Republic of Côte d'Ivoire", null, null, null);
        var file = JsonNode.Parse("""{ "id": "c-te-d-ivoire", "shortName": "Côte d'Ivoire", "citations": ["iso-3166-1"] }""")!.AsObject();
        var cldr = new CldrTerritoryNames([("de", "Côte d’Ivoire"), ("en", "Côte d’Ivoire")], [], [("en", "Ivory Coast")]);

        var merged = CountryFile.Merge(file, ivory, "cote-d-ivoire", "../schema/country.schema.json", [("de", "Elfenbeinküste")], cldrNames: cldr);

        Assert.Equal("cote-d-ivoire", (string?)merged["id"]);
        Assert.Equal(["c-te-d-ivoire"], merged["previousIds"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("cldr-localenames-full", (string?)merged["localizedNamesSource"]);
        Assert.Equal("Ivory Coast", (string?)merged["localizedVariantNames"]!["en"]);
        Assert.Contains("cldr-localenames-full", merged["citations"]!.AsArray().Select(n => (string)n!));
        // A re-import without CLDR keeps CLDR's names; a second rename keeps both old ids.
        Assert.True(JsonNode.DeepEquals(merged["localizedNames"], CountryFile.Merge(merged, ivory, "cote-d-ivoire", "x", [("de", "Elfenbeinküste")])["localizedNames"]));
        var again = CountryFile.Merge(merged, ivory, "ivory-coast", "x", []);
        Assert.Equal(["c-te-d-ivoire", "cote-d-ivoire"], again["previousIds"]!.AsArray().Select(n => (string)n!));
    }

    [FactWhenCldrCoreFetched]
    public void CLDR_gives_each_former_entry_its_successors_by_an_unambiguous_code()
    {
        var aliases = CldrTerritoryAliases.Load(FactWhenCldrCoreFetchedAttribute.Tarball);
        var former = IsoEntry.Load(Path.Combine(FactWhenIsoCodesInstalledAttribute.Json, "iso_3166-3.json"), "3166-3");
        string Successors(string alpha4) => string.Join(" ", aliases.SuccessorsOf(former.Single(e => e.Alpha4 == alpha4), former));

        Assert.Equal(FactWhenCldrCoreFetchedAttribute.Version, aliases.Version);
        Assert.Equal("RU AM AZ BY EE GE KZ KG LV LT MD TJ TM UA UZ", Successors("SUHH"));
        Assert.Equal("CZ SK", Successors("CSHH")); // CS is shared with Serbia and Montenegro: numeric 200 decides
        Assert.Equal("RS ME", Successors("CSXX"));
        Assert.Equal("BY", Successors("BYAA")); // BY is Belarus's own code now: numeric 112
        Assert.Equal("", Successors("SKIN")); // Sikkim: no alias
    }

    [Fact]
    public void A_succession_import_keeps_the_kind_note_and_citations_a_file_adds_and_reads_split_only_from_the_entry_s_own_comment()
    {
        var ussr = new IsoEntry("SU", "SUN", "SUHH", 810, "USSR, Union of Soviet Socialist Republics", null, null, "1992-08-30", null);
        var file = JsonNode.Parse("""
            { "id": "ussr", "succession": { "successors": ["russia"], "kind": "dissolved", "note": "a hand note", "citations": ["cldr-core", "seed-article"] } }
            """)!.AsObject();

        var merged = CountryFile.Merge(file, ussr, "ussr", "../../schema/country.schema.json", [], ["russia", "armenia"]);

        var succession = merged["succession"]!;
        Assert.Equal(["russia", "armenia"], succession["successors"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(("dissolved", "a hand note"), ((string?)succession["kind"], (string?)succession["note"]));
        Assert.Equal(["cldr-core", "iso-3166-3", "iso-codes", "seed-article"], succession["citations"]!.AsArray().Select(n => (string)n!));
        Assert.True(JsonNode.DeepEquals(merged, CountryFile.Merge(merged, ussr, "ussr", "../../schema/country.schema.json", [], ["russia", "armenia"])));

        // Without CLDR the file keeps its succession; with no successor there is none.
        Assert.True(JsonNode.DeepEquals(file["succession"], CountryFile.Merge(file, ussr, "ussr", "x", [])["succession"]));
        Assert.False(CountryFile.Merge(file, ussr, "ussr", "x", [], []).ContainsKey("succession"));

        string? KindFrom(string comment) =>
            (string?)CountryFile.Merge(null, ussr with { Comment = comment }, "x", "x", [], ["a"])["succession"]!["kind"];
        Assert.Equal("split", KindFrom("now split into Kiribati and Tuvalu"));
        Assert.Equal("split", KindFrom("divided into FM, MH, MP, and PW"));
        Assert.Null(KindFrom("had numeric code 532 until Aruba split away in 1986"));
    }

    [Fact]
    public void A_reimport_keeps_the_short_name_aliases_memberships_notes_and_citations_and_keeps_replaced_names_as_aliases()
    {
        var seed = JsonNode.Parse("""
            {
              "$schema": "../schema/country.schema.json",
              "id": "turkey",
              "alpha2": "TR",
              "alpha3": "TUR",
              "numeric": 792,
              "shortName": "Turkey",
              "officialName": "Republic of Turkey",
              "otherNames": ["Türkiye"],
              "memberships": [{ "text": "NATO", "citations": ["seed-article"] }],
              "notes": [{ "text": "A hand-kept note.", "citations": ["seed-article"] }],
              "citations": ["iso-3166-1", "seed-article"]
            }
            """)!.AsObject();
        var entry = new IsoEntry("TR", "TUR", null, 792, "Türkiye", "Republic of Türkiye", null, null, null);

        var merged = CountryFile.Merge(seed, entry, "turkey", "../schema/country.schema.json", [("de", "Türkei")]);

        Assert.Equal("Turkey", (string?)merged["shortName"]);
        Assert.Equal("Republic of Türkiye", (string?)merged["officialName"]);
        Assert.Equal("Türkiye", (string?)merged["isoName"]);
        Assert.Equal(["Türkiye", "Republic of Turkey"], merged["otherNames"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("Türkei", (string?)merged["localizedNames"]!["de"]);
        Assert.True(JsonNode.DeepEquals(seed["memberships"], merged["memberships"]));
        Assert.True(JsonNode.DeepEquals(seed["notes"], merged["notes"]));
        Assert.Equal(["iso-3166-1", "seed-article", "iso-codes"], merged["citations"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(CountryFile.FieldOrder.Where(f => merged.ContainsKey(f)), merged.Select(p => p.Key));

        // Importing the same entry again is a fixed point.
        var again = CountryFile.Merge(merged, entry, "turkey", "../schema/country.schema.json", [("de", "Türkei")]);
        Assert.True(JsonNode.DeepEquals(merged, again));
    }

    [Fact]
    public void A_former_entry_gets_its_alpha4_withdrawal_date_comment_and_the_3166_3_citation()
    {
        var entry = new IsoEntry("YU", "YUG", "YUCS", 891, "Yugoslavia, (Socialist) Federal Republic of", null, null, "2003-07-23", "had numeric code 890");

        var file = CountryFile.Merge(null, entry, "yugoslavia", "../../schema/country.schema.json", []);

        // A new file's short name is ISO's cut to its head (data/README.md); ISO's own name stays as isoName.
        Assert.Equal(("YUCS", "2003-07-23", "Yugoslavia", "Yugoslavia, (Socialist) Federal Republic of"), ((string?)file["alpha4"], (string?)file["withdrawn"], (string?)file["shortName"], (string?)file["isoName"]));
        Assert.Equal("had numeric code 890", (string?)file["notes"]![0]!["text"]);
        Assert.Equal(["iso-3166-3", "iso-codes"], file["citations"]!.AsArray().Select(n => (string)n!));
        Assert.False(file.ContainsKey("localizedNames"));
    }

    [Fact]
    public void A_file_with_a_field_the_importer_does_not_know_is_refused_rather_than_rewritten_without_it()
    {
        var file = JsonNode.Parse("""{ "id": "x", "alpha2": "XX", "population": 5 }""")!.AsObject();
        var error = Assert.Throws<InvalidOperationException>(() => CountryFile.Merge(file, new IsoEntry("XX", "XXX", null, null, "X", null, null, null, null), "x", "s", []));
        Assert.Contains("population", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Côte d'Ivoire", "cote-d-ivoire")]
    [InlineData("Åland Islands", "aland-islands")]
    [InlineData("Korea, Democratic People's Republic of", "korea-democratic-people-s-republic-of")]
    [InlineData("U.S. Virgin Islands", "us-virgin-islands")]
    [InlineData("Curaçao", "curacao")]
    [InlineData("Réunion", "reunion")]
    [InlineData("Saint Barthélemy", "saint-barthelemy")]
    [InlineData("Großbritannien", "grossbritannien")]
    [InlineData("Færøerne", "faeroerne")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ísland þjóð", "island-thjod")]
    public void Ids_are_transliterated_never_dropping_a_letter(string name, string id) => Assert.Equal(id, CountryFile.Slug(name));

    [Fact]
    public void The_transliteration_table_maps_every_letter_to_ASCII_and_refuses_a_letter_it_does_not_know()
    {
        Assert.All(Transliteration.Table, pair => Assert.Matches("^[A-Za-z]+$", pair.Value));
        Assert.All(Transliteration.Table, pair => Assert.Equal(pair.Value, Transliteration.ToAscii(pair.Key.ToString())));
        var error = Assert.Throws<ArgumentException>(() => CountryFile.Slug("Ελλάδα"));
        Assert.Contains("Transliteration.Table", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Falkland Islands (Malvinas)", "Falkland Islands")]
    [InlineData("Zaire, Republic of", "Zaire")]
    [InlineData("Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius and Saba")]
    [InlineData("Azerbaijan", "Azerbaijan")]
    public void A_new_file_s_short_name_drops_ISO_s_parenthetical_and_inversion(string iso, string name) => Assert.Equal(name, CountryFile.PeopleName(iso));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gettext_catalogues_are_read_in_either_byte_order(bool bigEndian)
    {
        var catalogue = GettextCatalog.Parse(Mo(bigEndian, ("", "Content-Type: text/plain; charset=UTF-8\n"), ("Azerbaijan", "Aserbaidschan"), ("Türkiye", "Türkei")), "test.mo");

        Assert.Equal(2, catalogue.Count);
        Assert.Equal("Aserbaidschan", catalogue.Translate("Azerbaijan"));
        Assert.Equal("Türkei", catalogue.Translate("Türkiye"));
        Assert.Null(catalogue.Translate("Atlantis"));
    }

    [Fact]
    public void A_file_that_is_not_a_gettext_catalogue_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => GettextCatalog.Parse(new byte[64], "broken.mo"));
        Assert.StartsWith("broken.mo: not a .mo file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A .mo file: header (magic, revision, count, original table, translation table), the two tables, the strings.</summary>
    private static byte[] Mo(bool bigEndian, params (string Original, string Translation)[] messages)
    {
        var count = messages.Length;
        var originals = 28;
        var translations = originals + (count * 8);
        var strings = translations + (count * 8);
        var body = new List<byte>();
        var table = new uint[count * 4];
        for (var i = 0; i < count; i++)
        {
            foreach (var (text, slot) in new[] { (messages[i].Original, i * 2), (messages[i].Translation, (count * 2) + (i * 2)) })
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                table[slot] = (uint)bytes.Length;
                table[slot + 1] = (uint)(strings + body.Count);
                body.AddRange(bytes);
                body.Add(0);
            }
        }

        var header = new uint[] { 0x950412de, 0, (uint)count, (uint)originals, (uint)translations, 0, 0 }.Concat(table).ToArray();
        var result = new byte[(header.Length * 4) + body.Count];
        for (var i = 0; i < header.Length; i++)
        {
            if (bigEndian)
            {
                BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(i * 4), header[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(i * 4), header[i]);
            }
        }

        body.CopyTo(result, header.Length * 4);
        return result;
    }
}

using System.Threading.Tasks;
using static RelationsData.Generator.Tests.Analysis.AnalyzerTest;

namespace RelationsData.Generator.Tests.Analysis;

/// <summary>RD0027–RD0030 over the shipped dataset, as the RelationsData assembly's metadata tells them: when each fires, and when not.</summary>
public class LookupAnalyzerTests
{
    private const string Usings = "using System;\nusing RelationsData;\n";

    [Fact]
    public Task An_unknown_alpha2_code_is_reported_at_the_argument_with_the_country_meant() =>
        Verify(Usings + """
            class App
            {
                Country? M() => Countries.ByAlpha2({|#0:"UK"|});
            }
            """,
            Diagnostic("RD0027").WithLocation(0).WithArguments("UK", "is not an ISO 3166-1 alpha-2 code of this dataset; GB is United Kingdom"));

    [Fact]
    public Task A_misspelt_name_is_reported_with_the_closest_country() =>
        Verify(Usings + """
            class App
            {
                bool M() => Countries.TryFind({|#0:"Azerbijan"|}, out _);
            }
            """,
            Diagnostic("RD0027").WithLocation(0).WithArguments("Azerbijan", "matches no country; did you mean Azerbaijan?"));

    [Fact]
    public Task Const_locals_fields_and_concatenations_are_checked_on_every_lookup_of_both_facades() =>
        Verify(Usings + """
            class App
            {
                const string Code = "ZZ";
                void M()
                {
                    const string local = "AZE";
                    _ = Countries.ByAlpha2({|#0:Code|});
                    _ = Countries.ByAlpha3({|#1:local + "X"|});
                    _ = Countries.ByNumeric({|#2:999|});
                    _ = Countries.ById({|#3:"azerbajan"|});
                    _ = Relations.ById({|#4:"azerbaijan-palestin"|});
                    _ = Events.ById({|#5:"no-such-event"|});
                    _ = References.ById({|#6:"seed-articel"|});
                }
            }
            """,
            Diagnostic("RD0027").WithLocation(0).WithArguments("ZZ", "is not an ISO 3166-1 alpha-2 code of this dataset"),
            Diagnostic("RD0027").WithLocation(1).WithArguments("AZEX", "is not an ISO 3166-1 alpha-3 code of this dataset"),
            Diagnostic("RD0027").WithLocation(2).WithArguments("999", "is not an ISO 3166-1 numeric code of this dataset"),
            Diagnostic("RD0027").WithLocation(3).WithArguments("azerbajan", "matches no country id; did you mean \"azerbaijan\" (Azerbaijan)?"),
            Diagnostic("RD0027").WithLocation(4).WithArguments("azerbaijan-palestin", "matches no relation id; did you mean \"azerbaijan-palestine\"?"),
            Diagnostic("RD0027").WithLocation(5).WithArguments("no-such-event", "matches no event id"),
            Diagnostic("RD0027").WithLocation(6).WithArguments("seed-articel", "matches no reference id; did you mean \"seed-article\"?"));

    [Fact]
    public Task Values_not_known_at_compile_time_nameof_and_interpolated_strings_are_not_checked() =>
        Verify(Usings + """
            class App
            {
                void M(string input)
                {
                    var code = "UK";
                    _ = Countries.ByAlpha2(code);
                    _ = Countries.ByAlpha2(input);
                    _ = Countries.ById(nameof(App));
                    _ = Countries.ByAlpha2($"UK");
                    _ = Countries.TryFind("Türkei", out _);
                    _ = Countries.TryFind("state of palestine", out _);
                    _ = {|#0:Countries.ByAlpha2("az")|}; // found (lookups ignore case), so only the member is suggested
                }
            }
            """,
            Diagnostic("RD0028").WithLocation(0).WithArguments("Countries.ByAlpha2(\"az\")", "Countries.Azerbaijan"));

    [Fact]
    public Task The_same_method_names_in_an_app_s_own_class_are_not_checked() =>
        Verify("""
            namespace MyApp
            {
                static class Countries { public static object? ByAlpha2(string code) => null; }
                class App { object? M() => Countries.ByAlpha2("UK"); }
            }
            """);

    [Fact]
    public Task A_constant_lookup_of_a_record_with_a_named_member_suggests_the_member() =>
        Verify(Usings + """
            class App
            {
                void M()
                {
                    _ = {|#0:Countries.ByAlpha2("AZ")|};
                    _ = {|#1:RelationsData.Countries.ByNumeric(31)|};
                    _ = {|#2:Relations.ById("azerbaijan-palestine")|};
                }
            }
            """,
            Diagnostic("RD0028").WithLocation(0).WithArguments("Countries.ByAlpha2(\"AZ\")", "Countries.Azerbaijan"),
            Diagnostic("RD0028").WithLocation(1).WithArguments("RelationsData.Countries.ByNumeric(31)", "RelationsData.Countries.Azerbaijan"),
            Diagnostic("RD0028").WithLocation(2).WithArguments("Relations.ById(\"azerbaijan-palestine\")", "Relations.AzerbaijanPalestine"));

    [Fact]
    public Task Names_in_other_languages_and_previous_ids_are_known_and_an_unknown_name_is_not() =>
        Verify(Usings + """
            class App
            {
                void M()
                {
                    _ = Countries.TryFind("Ivory Coast", out _);
                    _ = Countries.TryFind("Свазиленд", out _);
                    _ = Countries.TryFind("象牙海岸", out _);
                    _ = Countries.TryFind("USSR", out _);
                    _ = {|#0:Countries.ById("c-te-d-ivoire")|}; // a previous id: found, and always the renamed country
                    _ = Countries.TryFind({|#1:"Qwxzv"|}, out _);
                }
            }
            """,
            Diagnostic("RD0028").WithLocation(0).WithArguments("Countries.ById(\"c-te-d-ivoire\")", "Countries.CoteDIvoire"),
            Diagnostic("RD0027").WithLocation(1).WithArguments("Qwxzv", "matches no country"));

    [Fact]
    public Task Between_two_known_countries_without_a_relation_is_reported() =>
        Verify(Usings + """
            class App
            {
                void M(Country someone)
                {
                    _ = {|#0:Relations.Between(Countries.Azerbaijan, Countries.Armenia)|};
                    _ = {|#1:Relations.Between(Countries.ByAlpha2("AM")!, Countries.Azerbaijan)|};
                    _ = Relations.Between(Countries.Azerbaijan, Countries.Palestine);
                    _ = Relations.Between(Countries.Azerbaijan, someone);
                }
            }
            """,
            Diagnostic("RD0029").WithLocation(0).WithArguments("Azerbaijan", "Armenia"),
            Diagnostic("RD0029").WithLocation(1).WithArguments("Armenia", "Azerbaijan"),
            Diagnostic("RD0028").WithSpan(8, 31, 8, 55).WithArguments("Countries.ByAlpha2(\"AM\")", "Countries.Armenia"));

    [Fact]
    public Task A_comparison_with_a_code_no_country_has_is_reported_in_equality_patterns_and_switches() =>
        Verify(Usings + """
            class App
            {
                int M(Country c)
                {
                    if (c.Alpha2 == {|#0:"UK"|}) return 1;
                    if (c.Alpha3 is {|#1:"XXX"|}) return 2;
                    if (c.Id == {|#2:"Azerbaijan"|}) return 3;
                    switch (c.Alpha2)
                    {
                        case {|#3:"EN"|}: return 4;
                        case CountryCodes.Alpha2.GB: return 5;
                    }

                    return c.Alpha2 switch { {|#4:"az"|} => 6, "AZ" => 7, "SU" => 8, _ => 0 };
                }
            }
            """,
            Diagnostic("RD0030").WithLocation(0).WithArguments("alpha-2 code", "UK", ""),
            Diagnostic("RD0030").WithLocation(1).WithArguments("alpha-3 code", "XXX", ""),
            Diagnostic("RD0030").WithLocation(2).WithArguments("id", "Azerbaijan", " (\"azerbaijan\" differs in case, and == compares case)"),
            Diagnostic("RD0030").WithLocation(3).WithArguments("alpha-2 code", "EN", ""),
            Diagnostic("RD0030").WithLocation(4).WithArguments("alpha-2 code", "az", " (\"AZ\" differs in case, and == compares case)"));

    [Fact]
    public Task The_generated_constants_compile_where_CSharp_needs_a_constant() =>
        Verify(Usings + """
            [AttributeUsage(AttributeTargets.Method)]
            sealed class CodeAttribute(string code) : Attribute { public string Code { get; } = code; }

            class App
            {
                [Code(CountryCodes.Alpha2.PS)]
                static string Describe(Country c, string fallback = CountryCodes.Alpha3.AZE) => c.Alpha2 switch
                {
                    CountryCodes.Alpha2.AZ => CountryIds.Azerbaijan,
                    CountryCodes.Alpha2.PS => RelationIds.AzerbaijanPalestine,
                    _ => fallback,
                };

                static int Numeric(Country c) => c.Numeric switch { CountryCodes.Numeric.AZ => 31, _ => 0 };

                const string Reference = ReferenceIds.SeedArticle + EventIds.PalestinianEmbassyOpensInBaku2011;
                const string Former = CountryCodes.Alpha4.SUHH;
            }
            """);
}

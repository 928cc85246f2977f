using OwnData.Atlas;

// Built over OwnDataApp's project and data: the analyzer checks the package's keys and the app's own.
var unknown = RelationsData.Countries.ByAlpha2("UK");
var misspelt = Countries.ById("fredonia");
Console.WriteLine($"{unknown?.ShortName ?? "none"} {misspelt?.ShortName ?? "none"} {Describe(RelationsData.Countries.Palestine)} {Code.Of(typeof(Marked))}");

// The generated constants where C# needs a constant: a switch case, a default value, an attribute argument.
static string Describe(RelationsData.Country country, string fallback = RelationsData.CountryCodes.Alpha3.AZE) => country.Alpha2 switch
{
    RelationsData.CountryCodes.Alpha2.PS => RelationsData.CountryIds.Palestine,
    CountryCodes.Alpha2.QF => CountryIds.Freedonia,
    _ => fallback,
};

[Code(RelationsData.CountryCodes.Alpha2.AZ)]
sealed class Marked;

[AttributeUsage(AttributeTargets.Class)]
sealed class Code(string value) : Attribute
{
    public string Value { get; } = value;

    public static string Of(Type type) => ((Code)type.GetCustomAttributes(typeof(Code), false)[0]).Value;
}

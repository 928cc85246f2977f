using System.Globalization;

namespace RelationsData.Explorer;

/// <summary>Resolves what the user typed (alpha-2, alpha-3, numeric code or a name) to a country.</summary>
internal static class CountryLookup
{
    /// <summary>The country, or <see cref="NotFoundException"/> (exit code 1): an unknown country is an answer, not a usage error.</summary>
    public static Country Find(string text)
    {
        var country = Countries.ByAlpha2(text)
            ?? Countries.ByAlpha3(text)
            ?? (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) ? Countries.ByNumeric(numeric) : null)
            ?? (Countries.TryFind(text, out var named) ? named : null);
        return country ?? throw new NotFoundException($"no country '{text}' in the dataset (try a code such as AZ, AZE or 031, or a name)");
    }
}

namespace RelationsData.Explorer.Commands;

/// <summary>Resolves what the user typed (alpha-2, alpha-3, numeric code or a name) to a country.</summary>
internal static class CountryLookup
{
    public static Country Find(string text)
    {
        var country = Countries.ByAlpha2(text)
            ?? Countries.ByAlpha3(text)
            ?? (int.TryParse(text, out var numeric) ? Countries.ByNumeric(numeric) : null)
            ?? (Countries.TryFind(text, out var named) ? named : null);
        return country ?? throw new UsageException($"unknown country '{text}'");
    }
}

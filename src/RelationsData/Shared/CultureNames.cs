// Compiled into both the library and the generator: which keys 'localizedNames' may have.
namespace RelationsData.Shared;

/// <summary>
/// Culture names as .NET and CLDR write them (BCP 47 subset): a language of 2-3 lowercase letters, then optionally a
/// script of 4 letters (capitalised), a region of 2 capital letters or 3 digits, and a variant of 5-8 lowercase letters
/// or digits: "de", "pt-BR", "zh-Hant-HK", "es-419", "ca-ES-valencia".
/// </summary>
internal static class CultureNames
{
    public const string Description = "a culture name such as de, pt-BR, zh-Hant-HK, es-419 or ca-ES-valencia";

    public static bool IsValid(string name)
    {
        var parts = name.Split('-');
        if (parts.Length > 4 || !IsLanguage(parts[0]))
        {
            return false;
        }

        var next = 1;
        if (next < parts.Length && IsScript(parts[next]))
        {
            next++;
        }

        if (next < parts.Length && IsRegion(parts[next]))
        {
            next++;
        }

        if (next < parts.Length && IsVariant(parts[next]))
        {
            next++;
        }

        return next == parts.Length;
    }

    private static bool IsVariant(string s) => s.Length is >= 5 and <= 8 && All(s, c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    private static bool IsLanguage(string s) => s.Length is 2 or 3 && All(s, c => c is >= 'a' and <= 'z');

    private static bool IsScript(string s) => s.Length == 4 && s[0] is >= 'A' and <= 'Z' && All(s.Substring(1), c => c is >= 'a' and <= 'z');

    private static bool IsRegion(string s) =>
        (s.Length == 2 && All(s, c => c is >= 'A' and <= 'Z')) || (s.Length == 3 && All(s, c => c is >= '0' and <= '9'));

    private static bool All(string s, System.Func<char, bool> test)
    {
        foreach (var c in s)
        {
            if (!test(c))
            {
                return false;
            }
        }

        return true;
    }
}

using System;

namespace RelationsData.Names;

/// <summary>
/// CLDR's fallback chain for a culture name, walked without allocating: the culture in CLDR's casing ("zh-hant-hk" →
/// "zh-Hant-HK"); a language-region tag whose likely script is not the language's own gets it ("zh-TW" →
/// "zh-Hant-TW"); then each step goes to the explicit parent locale (CldrLocaleTable: "es-AR" → "es-419", "zh-Hant" →
/// the root) or else drops the last subtag ("de-AT" → "de"), down to the root.
/// </summary>
internal static class LocaleChain
{
    /// <summary>The longest culture name walked; longer names have no CLDR locale.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// The name for a culture from a list of localized names: the first name along the culture's chain, then CLDR's
    /// "en", then <paramref name="english"/>; "" gives <paramref name="english"/>. Allocates only the string it returns.
    /// </summary>
    public static string NameIn(LocalizedNameList names, string cultureName, string english)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        if (cultureName.Length == 0)
        {
            return english;
        }

        Span<char> buffer = stackalloc char[MaxLength + 2];
        for (var length = Start(cultureName.AsSpan(), buffer); length > 0; length = Parent(buffer, length))
        {
            if (names.Find(buffer.Slice(0, length)) is { } name)
            {
                return name;
            }
        }

        return names.Find("en".AsSpan()) ?? english;
    }

    /// <summary>Writes <paramref name="culture"/> in CLDR's casing, with its likely script, into <paramref name="buffer"/>; 0 when it is not a culture name.</summary>
    public static int Start(ReadOnlySpan<char> culture, Span<char> buffer)
    {
        if (culture.Length == 0 || culture.Length > MaxLength)
        {
            return 0;
        }

        var length = 0;
        var subtag = 0;
        var start = 0;
        for (var i = 0; i <= culture.Length; i++)
        {
            if (i < culture.Length && culture[i] != '-' && culture[i] != '_')
            {
                continue;
            }

            var part = culture.Slice(start, i - start);
            if (part.Length == 0)
            {
                return 0;
            }

            if (subtag > 0)
            {
                buffer[length++] = '-';
            }

            for (var j = 0; j < part.Length; j++)
            {
                var c = part[j];
                // Language and variant lower case, a 4-letter script title case, a 2-letter region upper case.
                var upper = subtag > 0 && ((part.Length == 2) || (part.Length == 4 && j == 0 && char.IsLetter(part[0])));
                buffer[length++] = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            }

            subtag++;
            start = i + 1;
        }

        var likely = Lookup(CldrLocaleTable.LikelyScripts, buffer.Slice(0, length));
        if (likely.Length > 0)
        {
            likely.CopyTo(buffer);
            length = likely.Length;
        }

        return length;
    }

    /// <summary>Replaces the locale in <paramref name="buffer"/> (its first <paramref name="length"/> characters) by its parent: the parent's length, 0 for the root.</summary>
    public static int Parent(Span<char> buffer, int length)
    {
        var locale = buffer.Slice(0, length);
        if (Find(CldrLocaleTable.ExplicitParents, locale, out var parent))
        {
            parent.CopyTo(buffer);
            return parent.Length;
        }

        var dash = locale.LastIndexOf('-');
        return dash > 0 ? dash : 0;
    }

    private static ReadOnlySpan<char> Lookup(string table, ReadOnlySpan<char> key) => Find(table, key, out var value) ? value : default;

    /// <summary>Finds the line "\nKEY=VALUE\n" of a table and returns VALUE.</summary>
    private static bool Find(string table, ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        var lines = table.AsSpan();
        Span<char> probe = stackalloc char[MaxLength + 2];
        probe[0] = '\n';
        key.CopyTo(probe.Slice(1));
        probe[key.Length + 1] = '=';
        var at = lines.IndexOf(probe.Slice(0, key.Length + 2), StringComparison.Ordinal);
        if (at < 0)
        {
            value = default;
            return false;
        }

        var rest = lines.Slice(at + key.Length + 2);
        value = rest.Slice(0, rest.IndexOf('\n'));
        return true;
    }
}

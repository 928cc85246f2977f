using System;
using System.Collections.Generic;
using System.Linq;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Keys;

/// <summary>What an unknown key says, with the record it most likely meant: by name or other code, by initials, then by spelling.</summary>
internal static class KeySuggestions
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "the", "de", "da", "do" };

    /// <summary>For a code lookup: "is not an ISO 3166-1 alpha-2 code; GB is United Kingdom".</summary>
    public static string ForCode(KeyTable keys, string value, string codeKind, Func<CountryKey, string> code)
    {
        var what = $"is not an ISO 3166-1 {codeKind} code of this dataset";
        if (FindCountry(keys, value) is { } country)
        {
            return country.Alpha4 is null
                ? $"{what}; {code(country)} is {country.ShortName}"
                : $"{what}; it is the former entry {country.ShortName} ({country.Alpha4}), found by ById(\"{country.Id}\") or TryFind";
        }

        // No guess by spelling: two- and three-letter codes are so dense that a letter off is another country.
        return what;
    }

    /// <summary>For a country id or name: "matches no country; did you mean Azerbaijan?".</summary>
    public static string ForCountry(KeyTable keys, string value, bool byId)
    {
        var what = byId ? "matches no country id" : "matches no country";
        if (byId && FindCountry(keys, value) is { } named)
        {
            return $"{what}; {named.ShortName} has the id \"{named.Id}\"";
        }

        var folded = NameFolding.Fold(value);
        var near = byId
            ? Nearest(keys.Countries, value, c => new[] { c.Id }, Allowed(value))
            : Nearest(keys.Countries, folded, c => c.Names, Allowed(folded));
        return near is null ? what : $"{what}; did you mean {(byId ? $"\"{near.Id}\" ({near.ShortName})" : near.ShortName)}?";
    }

    /// <summary>For the id of a relation, event or reference.</summary>
    public static string ForId(IEnumerable<string> ids, string value, string kind)
    {
        var what = $"matches no {kind} id";
        var near = Nearest(ids, value, id => new[] { id }, Allowed(value));
        return near is null ? what : $"{what}; did you mean \"{near}\"?";
    }

    /// <summary>The country a text names, as TryFind would find it, or by the initials of its name ("UK", "USA").</summary>
    private static CountryKey? FindCountry(KeyTable keys, string value)
    {
        if (keys.CountriesByName.TryGetValue(NameFolding.Fold(value), out var named))
        {
            return named;
        }

        var upper = value.Trim().ToUpperInvariant();
        return upper.Length is >= 2 and <= 4 && upper.All(c => c is >= 'A' and <= 'Z')
            ? keys.Countries.Where(c => c.Alpha4 is null).FirstOrDefault(c => Initials(c.ShortName) == upper)
            : null;
    }

    private static string Initials(string name) =>
        new string(name.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !SmallWords.Contains(word) && char.IsLetter(word[0]))
            .Select(word => char.ToUpperInvariant(word[0]))
            .ToArray());

    private static int Allowed(string value) => Math.Max(1, Math.Min(3, value.Length / 4));

    private static T? Nearest<T>(IEnumerable<T> candidates, string value, Func<T, IEnumerable<string>> keysOf, int maxDistance)
        where T : class
    {
        T? best = null;
        var bestDistance = maxDistance + 1;
        foreach (var candidate in candidates)
        {
            foreach (var key in keysOf(candidate))
            {
                if (Math.Abs(key.Length - value.Length) >= bestDistance)
                {
                    continue;
                }

                var distance = Distance(key, value, bestDistance);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, giving up (returning <paramref name="limit"/>) once it cannot be below it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum >= limit)
            {
                return limit;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

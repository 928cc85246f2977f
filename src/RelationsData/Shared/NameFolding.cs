// Compiled into both the library and the generator: the generator sorts folded names at compile time,
// and the library folds the query the same way before its binary search.
using System.Globalization;
using System.Text;

namespace RelationsData.Shared;

/// <summary>Folds a name for case- and accent-insensitive, culture-invariant matching.</summary>
internal static class NameFolding
{
    /// <summary>Decomposes, drops combining marks, maps to upper case invariantly and collapses white space.</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}

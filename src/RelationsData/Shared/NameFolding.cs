// Compiled into both the library and the generator: the generator sorts names by their folded form at compile time,
// and the library folds what it compares during its binary search. Both must fold alike on every machine, so the
// folding does not call string.Normalize (a no-op for non-ASCII text in an app with InvariantGlobalization, as many
// containerised and Native AOT apps are): the decompositions come from FoldTable, written from Unicode's data.
using System.Globalization;
using System.Text;

namespace RelationsData.Shared;

/// <summary>Folds a name for case- and accent-insensitive, culture-invariant matching.</summary>
internal static class NameFolding
{
    /// <summary>
    /// Replaces each letter by its compatibility decomposition without marks (FoldTable: "é" → "e", "ﬁ" → "fi"), drops
    /// combining marks and format characters, maps to upper case invariantly, and collapses white space and dashes to
    /// one space.
    /// </summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            var bases = FoldTable.BasesOf(c);
            if (bases.Length == 0)
            {
                Append(builder, c, ref pendingSpace);
                continue;
            }

            foreach (var b in bases)
            {
                Append(builder, b, ref pendingSpace);
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, char c, ref bool pendingSpace)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return;
        }

        if (char.IsWhiteSpace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014')
        {
            pendingSpace = builder.Length > 0;
            return;
        }

        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(char.ToUpperInvariant(c));
    }
}

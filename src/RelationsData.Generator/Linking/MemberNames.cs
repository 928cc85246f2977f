using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generator.Linking;

/// <summary>Turns a data id into a C# member name: "azerbaijan-palestine" → AzerbaijanPalestine.</summary>
internal static class MemberNames
{
    /// <summary>Members the generated facade classes declare themselves; an id that maps to one gets a trailing underscore.</summary>
    private static readonly HashSet<string> Reserved = new()
    {
        "All", "ByAlpha2", "ByAlpha3", "ByNumeric", "ById", "ByCode", "TryFind", "Between", "Of", "On", "InForceOn", "In", "Dataset", "Equals", "GetHashCode", "ToString", "GetType",
        "ReferenceEquals", "MemberwiseClone", "Finalize",

        // A member may not share its class's name (CS0542), and CompiledDataset is how the facades reach the tables.
        "Countries", "Relations", "Events", "References", "Regions", "CompiledDataset",
    };

    /// <summary>
    /// Words are the runs of letters and digits; each starts upper case (invariantly). A leading digit gets an underscore
    /// prefix; keywords cannot result, since C# keywords are lower case. Unicode letters (中国, Türkiye) are kept.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static string FromId(string id)
    {
        var builder = new StringBuilder(id.Length);
        var startOfWord = true;
        foreach (var c in id.Normalize(NormalizationForm.FormC))
        {
            if (!IsIdentifierPart(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        if (builder.Length > MaxLength)
        {
            // Metadata names are limited (CS7013); a long id keeps its start plus a stable hash of the whole id.
            builder.Length = MaxLength - 9;
            builder.Append('_').Append(Fnv1a(id).ToString("x8", CultureInfo.InvariantCulture));
        }

        var name = builder.ToString();
        if (Reserved.Contains(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
        {
            name += "_";
        }

        return name;
    }

    /// <summary>The longest member name made; even at three UTF-8 bytes a character it stays far below the metadata limit.</summary>
    public const int MaxLength = 128;

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    // Ids are mostly ASCII, where the answer needs no Unicode table.
    private static bool IsIdentifierPart(char c) => c < 0x80 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') : CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}

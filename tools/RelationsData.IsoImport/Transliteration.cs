using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RelationsData.IsoImport;

/// <summary>
/// Latin letters to ASCII for ids and member names, never by dropping a letter: a written table for the letters that
/// do not decompose (ß → ss, æ → ae, ø → o, ł → l, …), then Unicode decomposition without its accents (ô → o, ç → c,
/// Å → A). A letter neither covers is an error, so that a new name cannot lose letters silently.
/// </summary>
public static class Transliteration
{
    /// <summary>The letters that have no decomposition to an ASCII base letter, with what they become.</summary>
    public static readonly IReadOnlyDictionary<char, string> Table = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['ẞ'] = "SS",
        ['æ'] = "ae", ['Æ'] = "AE",
        ['œ'] = "oe", ['Œ'] = "OE",
        ['ø'] = "o", ['Ø'] = "O",
        ['ł'] = "l", ['Ł'] = "L",
        ['đ'] = "d", ['Đ'] = "D",
        ['ð'] = "d", ['Ð'] = "D",
        ['þ'] = "th", ['Þ'] = "TH",
        ['ħ'] = "h", ['Ħ'] = "H",
        ['ı'] = "i",
        ['ŋ'] = "ng", ['Ŋ'] = "NG",
        ['ŧ'] = "t", ['Ŧ'] = "T",
    };

    /// <summary>The name in ASCII letters: "Curaçao" → "Curacao"; any other non-ASCII character becomes a space.</summary>
    /// <exception cref="ArgumentException">A letter has no transliteration.</exception>
    public static string ToAscii(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80)
            {
                text.Append(c);
            }
            else if (Table.TryGetValue(c, out var replacement))
            {
                text.Append(replacement);
            }
            else if (!char.IsLetter(c))
            {
                text.Append(' '); // a typographic apostrophe, dash or space: a separator
            }
            else
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var kept = 0;
                foreach (var part in decomposed)
                {
                    if (part < 0x80 && char.IsLetter(part))
                    {
                        text.Append(part);
                        kept++;
                    }
                    else if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    {
                        kept = -1;
                        break;
                    }
                }

                if (kept != 1)
                {
                    throw new ArgumentException($"'{c}' (U+{(int)c:X4}) in \"{name}\" has no ASCII transliteration; add it to Transliteration.Table", nameof(name));
                }
            }
        }

        return text.ToString();
    }
}

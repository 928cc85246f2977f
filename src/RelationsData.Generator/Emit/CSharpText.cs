using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Turns data into C# text safely. Data never reaches the output raw: string literals use the compiler's own
/// formatting, and every character that could change how the source reads (controls, format and bidi characters,
/// line and paragraph separators, surrogates) is escaped on top of that.
/// </summary>
internal static class CSharpText
{
    public static string StringLiteral(string value) => EscapeInvisible(SymbolDisplay.FormatLiteral(value, quote: true));

    /// <summary>Text for an XML doc comment: XML-encoded, on one line, with invisible characters shown as U+XXXX.</summary>
    public static string DocText(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (IsInvisible(c))
                    {
                        builder.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static string EscapeInvisible(string literal)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (IsInvisible(c))
            {
                builder ??= new StringBuilder(literal, 0, i, literal.Length + 16);
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? literal;
    }

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => c == '\u0085' || c == '\u00A0' || c == '\uFEFF',
    };
}

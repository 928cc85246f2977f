using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsData.Generator.Emit;

/// <summary>
/// The C# the generated code is written in, for the language version of the project it joins (.NET Framework projects
/// compile C# 7.3 by default). Each construct newer than 7.3 has an equivalent the older compiler stores the same way:
/// a UTF-8 literal (C# 11) becomes a byte array initializer returned as a <c>ReadOnlySpan&lt;byte&gt;</c>, which
/// compilers since C# 7.3 keep as constant data; a file-scoped namespace (C# 10) a namespace block; a switch expression
/// (C# 8) a switch statement; nullable annotations (C# 8) are left out.
/// </summary>
internal sealed class CSharpDialect
{
    /// <summary>The oldest version the generated code can be written in (RD0034 below it).</summary>
    public const int Oldest = 703;

    private static readonly Regex NullableRecord = new(@"(global::RelationsData\.\w+)\?", RegexOptions.CultureInvariant);

    public CSharpDialect(TargetFeatures features)
    {
        LanguageVersion = features.LanguageVersion;
        NotNullWhen = features.NotNullWhen && Nullable;
    }

    public int LanguageVersion { get; }

    public bool Utf8Literals => LanguageVersion >= 1100;

    public bool FileScopedNamespaces => LanguageVersion >= 1000;

    public bool Nullable => LanguageVersion >= 800;

    public bool SwitchExpressions => LanguageVersion >= 800;

    /// <summary>Whether to write <c>[NotNullWhen(true)]</c>: nullable annotations, and the attribute in a reference.</summary>
    public bool NotNullWhen { get; }

    /// <summary>"7.3" for 703, "11.0" for 1100.</summary>
    public static string Name(int languageVersion) =>
        (languageVersion / 100).ToString(CultureInfo.InvariantCulture) + "." + (languageVersion % 100).ToString(CultureInfo.InvariantCulture);

    public string Header(string header) => Nullable ? header : header.Replace("#nullable enable\n", string.Empty);

    public void BeginNamespace(SourceWriter w, string ns)
    {
        if (FileScopedNamespaces)
        {
            w.Line($"namespace {ns};").Line();
        }
        else
        {
            w.Open($"namespace {ns}");
        }
    }

    public void EndNamespace(SourceWriter w)
    {
        if (!FileScopedNamespaces)
        {
            w.Close();
        }
    }

    /// <summary>Members written as text (the facades' queries), in this dialect and at the writer's indentation.</summary>
    public string Members(string text)
    {
        if (!Nullable)
        {
            text = NullableRecord.Replace(text, "$1");
        }

        if (!NotNullWhen)
        {
            text = text.Replace("[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ", string.Empty);
        }

        return FileScopedNamespaces ? text : Regex.Replace(text, "^(?=.)", "    ", RegexOptions.Multiline);
    }

    /// <summary>Constant bytes: <paramref name="content"/>'s UTF-8 as a u8 literal, or as a byte array initializer.</summary>
    public string Bytes(string content)
    {
        if (Utf8Literals)
        {
            return CSharpText.StringLiteral(content) + "u8";
        }

        var bytes = Encoding.UTF8.GetBytes(content);
        var text = new StringBuilder(16 + (bytes.Length * 4));
        text.Append("new byte[] { ");
        for (var i = 0; i < bytes.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(bytes[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(bytes.Length == 0 ? "}" : " }").ToString();
    }
}

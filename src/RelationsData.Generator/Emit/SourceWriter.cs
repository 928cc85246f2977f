using System.Text;

namespace RelationsData.Generator.Emit;

/// <summary>Builds indented C# with "\n" line endings whatever the platform, so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4).Append(text);
        }

        builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text).Line("{");
        indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        indent--;
        return Line("}" + suffix);
    }

    /// <summary>Appends raw text at the current position (for long generated lists).</summary>
    public StringBuilder Raw => builder;

    public override string ToString() => builder.ToString();
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// The record being parsed and the diagnostics found in it so far. Offsets are the record text's own; a record that
/// starts further into its file (a line of a packed file) is located by its <c>offset</c> there.
/// </summary>
internal sealed class ParseContext
{
    // Null for a record that is one line of its file with no other line break in it: positions then need no line table.
    private readonly SourceText? text;
    private readonly int offset;
    private readonly int line;

    public ParseContext(string path, SourceText text, int offset = 0) => (Path, this.text, this.offset) = (path, text, offset);

    private ParseContext(string path, int offset, int line) => (Path, this.offset, this.line) = (path, offset, line);

    /// <summary>
    /// A record written on line <paramref name="line"/> of its file, from character <paramref name="offset"/>, where
    /// nothing on that line breaks it as SourceText counts line breaks (no CR but before the LF, no U+0085, U+2028 or
    /// U+2029): a position's column is its offset in the line.
    /// </summary>
    public static ParseContext ForLine(string path, int offset, int line) => new(path, offset, line);

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public bool HasErrors { get; private set; }

    [MethodImpl(HotPath.Optimized)]
    public LocationInfo Locate(int start, int end)
    {
        if (text is null)
        {
            start = System.Math.Max(0, start);
            end = System.Math.Max(start, end);
            return new LocationInfo(Path, offset + start, end - start, line, start, line, end);
        }

        (start, end) = (start + offset, end + offset);
        start = System.Math.Max(0, System.Math.Min(start, text.Length));
        end = System.Math.Max(start, System.Math.Min(end, text.Length));
        var span = text.Lines.GetLinePositionSpan(TextSpan.FromBounds(start, end));
        return new LocationInfo(Path, start, end - start, span.Start.Line, span.Start.Character, span.End.Line, span.End.Character);
    }

    public LocationInfo Locate(JsonNode node) => Locate(node.Start, node.End);

    [MethodImpl(HotPath.Optimized)]
    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
    {
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
    }
}

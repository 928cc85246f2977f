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
    private readonly SourceText text;
    private readonly int offset;

    public ParseContext(string path, SourceText text, int offset = 0) => (Path, this.text, this.offset) = (path, text, offset);

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public bool HasErrors { get; private set; }

    [MethodImpl(HotPath.Optimized)]
    public LocationInfo Locate(int start, int end)
    {
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

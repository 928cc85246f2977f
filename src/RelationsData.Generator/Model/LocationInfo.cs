using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.Generator.Model;

/// <summary>
/// A place in a data file as plain values. Pipeline models keep this rather than a <see cref="Location"/>,
/// which holds on to the text and would defeat caching. A struct, kept inside the spec or string it locates: the world's
/// parsed model holds a million locations, and as objects each was one more for every collection to copy.
/// </summary>
internal readonly record struct LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>"file(line,column)" with 1-based numbers, as the compiler prints it.</summary>
    public override string ToString() => $"{FilePath}({StartLine + 1},{StartColumn + 1})";
}

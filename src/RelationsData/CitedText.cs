using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A statement from a source, such as a characterisation ("strategic partners") or a note, with its citations.</summary>
/// <param name="Text">The statement.</param>
/// <param name="References">The sources that state it; never empty.</param>
public sealed record CitedText(string Text, ImmutableArray<Reference> References)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}

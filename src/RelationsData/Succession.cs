using System.Collections.Immutable;

namespace RelationsData;

/// <summary>
/// One successor of a former entry: <see cref="Successor"/> followed <see cref="Predecessor"/> when it was withdrawn
/// from ISO 3166-1. Sources: Unicode CLDR's territory aliases and ISO 3166-3 (through iso-codes).
/// </summary>
/// <param name="Predecessor">The former entry, such as the Soviet Union.</param>
/// <param name="Successor">A country that succeeded it, such as Azerbaijan.</param>
/// <param name="Date">When: the predecessor's withdrawal date.</param>
/// <param name="Kind">What kind of change it was, only where a source says.</param>
/// <param name="Note">How the sources put it, such as ISO 3166-3's comment.</param>
/// <param name="References">The sources.</param>
public sealed record Succession(Country Predecessor, Country Successor, PartialDate? Date, SuccessionKind? Kind, string? Note, ImmutableArray<Reference> References)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Predecessor.ShortName} → {Successor.ShortName}{(Date is { } date ? $" ({date})" : "")}";
}

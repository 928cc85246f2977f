using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Model;

/// <summary>A diagnostic as plain values: descriptor, where, message arguments and, for a duplicate, the first occurrence.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs, LocationInfo? RelatedLocation = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, messageArgs.ToEquatableArray());

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
        RelatedLocation is { } related ? new[] { related.ToLocation() } : null,
        MessageArgs.Cast<object>().ToArray());
}

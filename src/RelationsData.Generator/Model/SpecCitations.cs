using System.Collections.Generic;
using System.Linq;

namespace RelationsData.Generator.Model;

/// <summary>Every citation a record makes, from the record itself and from each of its facts.</summary>
internal static class SpecCitations
{
    public static IEnumerable<LocatedString> Of(CountrySpec c) =>
        c.Citations
            .Concat(c.LocalizedNamesSource is { } source ? new[] { source } : Enumerable.Empty<LocatedString>())
            .Concat(c.Memberships.Concat(c.Notes).SelectMany(t => t.Citations))
            .Concat(c.Succession?.Citations ?? Enumerable.Empty<LocatedString>());

    public static IEnumerable<LocatedString> Of(RelationSpec r) =>
        r.Citations
            .Concat(r.Established?.Citations ?? Enumerable.Empty<LocatedString>())
            .Concat(r.Statuses.SelectMany(s => s.Citations))
            .Concat(r.Recognitions.SelectMany(x => x.Citations))
            .Concat(r.Missions.SelectMany(m => m.Citations))
            .Concat(r.ProtectingPowers.SelectMany(p => p.Citations))
            .Concat(r.Characterisations.Concat(r.Notes).SelectMany(t => t.Citations));

    public static IEnumerable<LocatedString> Of(RegionSpec r) =>
        r.Citations.Concat(r.LocalizedNamesSource is { } source ? new[] { source } : Enumerable.Empty<LocatedString>());

    public static IEnumerable<LocatedString> Of(EventSpec e) =>
        e.Citations.Concat(e.Notes.SelectMany(n => n.Citations));
}

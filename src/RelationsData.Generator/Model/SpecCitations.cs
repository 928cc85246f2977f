using System;
using System.Collections.Generic;

namespace RelationsData.Generator.Model;

/// <summary>
/// Every citation a record makes, from the record itself and from each of its facts, in that order. Written as plain
/// loops: the linker walks the citations of every record of a world-scale dataset, where chained enumerators cost more
/// than the lookups.
/// </summary>
internal static class SpecCitations
{
    public static IEnumerable<LocatedString> Of(CountrySpec c) => Collect(c, Visit);

    public static IEnumerable<LocatedString> Of(RelationSpec r) => Collect(r, Visit);

    public static IEnumerable<LocatedString> Of(RegionSpec r) => Collect(r, Visit);

    public static IEnumerable<LocatedString> Of(EventSpec e) => Collect(e, Visit);

    public static void Visit(CountrySpec c, Action<LocatedString> visit)
    {
        Visit(c.Citations, visit);
        if (c.LocalizedNamesSource is { } source)
        {
            visit(source);
        }

        Visit(c.Memberships, visit);
        Visit(c.Notes, visit);
        if (c.Succession is { } succession)
        {
            Visit(succession.Citations, visit);
        }
    }

    public static void Visit(RelationSpec r, Action<LocatedString> visit)
    {
        Visit(r.Citations, visit);
        if (r.Established is { } established)
        {
            Visit(established.Citations, visit);
        }

        foreach (var status in r.Statuses)
        {
            Visit(status.Citations, visit);
        }

        foreach (var recognition in r.Recognitions)
        {
            Visit(recognition.Citations, visit);
        }

        foreach (var mission in r.Missions)
        {
            Visit(mission.Citations, visit);
        }

        foreach (var power in r.ProtectingPowers)
        {
            Visit(power.Citations, visit);
        }

        Visit(r.Characterisations, visit);
        Visit(r.Notes, visit);
    }

    public static void Visit(RegionSpec r, Action<LocatedString> visit)
    {
        Visit(r.Citations, visit);
        if (r.LocalizedNamesSource is { } source)
        {
            visit(source);
        }
    }

    public static void Visit(EventSpec e, Action<LocatedString> visit)
    {
        Visit(e.Citations, visit);
        Visit(e.Notes, visit);
    }

    private static void Visit(EquatableArray<CitedTextSpec> texts, Action<LocatedString> visit)
    {
        foreach (var text in texts)
        {
            Visit(text.Citations, visit);
        }
    }

    private static void Visit(EquatableArray<LocatedString> citations, Action<LocatedString> visit)
    {
        foreach (var citation in citations)
        {
            visit(citation);
        }
    }

    private static List<LocatedString> Collect<T>(T spec, Action<T, Action<LocatedString>> visit)
    {
        var citations = new List<LocatedString>();
        visit(spec, citations.Add);
        return citations;
    }
}

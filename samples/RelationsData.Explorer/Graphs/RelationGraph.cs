using System.Collections.Generic;
using System.Linq;
using RelationsData.Explorer.Commands;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Graphs;

/// <summary>How a relation edge is drawn: by the relation's latest status.</summary>
internal enum RelationLine
{
    /// <summary>Active or restored: solid green.</summary>
    Active,

    /// <summary>The sources give no status: solid grey.</summary>
    StatusNotGiven,

    /// <summary>Never established: dotted grey.</summary>
    NeverEstablished,

    /// <summary>Severed or suspended: dashed red.</summary>
    Broken,
}

/// <summary>A country in the picture, keyed by its alpha-2 code.</summary>
internal sealed record GraphNode(string Key, string Label);

/// <summary>A relation between two countries: an undirected line.</summary>
internal sealed record RelationEdge(string First, string Second, RelationLine Line, string Label);

/// <summary>A mission from one country to another: an arrow, dashed when non-resident.</summary>
internal sealed record MissionEdge(string From, string To, bool NonResident, string Label);

/// <summary>
/// The relations network as the pictures draw it: countries as nodes, relations as lines styled by status, missions as
/// arrows (a stated absence of a mission, kind none, is no arrow). Sorted, so the text of a picture is deterministic.
/// </summary>
internal sealed record RelationGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<RelationEdge> Relations, IReadOnlyList<MissionEdge> Missions)
{
    /// <summary>The whole network, or one country's neighbourhood: its relations and the countries at their other end.</summary>
    public static RelationGraph Of(Country? focus)
    {
        var relations = (focus is null ? RelationsData.Relations.All : RelationsData.Relations.Of(focus)).OrderBy(r => r.Id, System.StringComparer.Ordinal).ToList();
        var countries = relations.SelectMany(r => new[] { r.First, r.Second }).Append(focus).OfType<Country>().Distinct()
            .OrderBy(c => c.Alpha2, System.StringComparer.Ordinal);

        return new RelationGraph(
            countries.Select(c => new GraphNode(c.Alpha2, c.ShortName)).ToList(),
            relations.Select(r => new RelationEdge(r.First.Alpha2, r.Second.Alpha2, LineOf(r), StatusLabel(r))).ToList(),
            relations.SelectMany(r => r.Missions)
                .Where(m => m.Kind != MissionKind.None)
                .Select(m => new MissionEdge(m.From.Alpha2, m.To.Alpha2, m.Kind == MissionKind.NonResident, MissionLabel(m)))
                .ToList());
    }

    private static RelationLine LineOf(Relation relation) => relation.CurrentStatus?.Status switch
    {
        RelationStatus.Active or RelationStatus.Restored => RelationLine.Active,
        RelationStatus.NeverEstablished => RelationLine.NeverEstablished,
        RelationStatus.Severed or RelationStatus.Suspended => RelationLine.Broken,
        _ => RelationLine.StatusNotGiven,
    };

    private static string StatusLabel(Relation relation) => relation.CurrentStatus is { } status
        ? DataWords.Of(status.Status) + (status.From is { } from ? " " + from : string.Empty)
        : "status not given";

    private static string MissionLabel(Mission mission)
    {
        var parts = new List<string> { DataWords.Of(mission.Kind) };
        if (mission.City is { } city)
        {
            parts.Add(city);
        }

        if (mission.AccreditedFrom is { } from)
        {
            parts.Add("from " + from);
        }

        if (mission.Opened is { } opened)
        {
            parts.Add(mission.Closed is { } closed ? $"{opened}–{closed}" : $"since {opened}");
        }

        return string.Join(", ", parts);
    }
}

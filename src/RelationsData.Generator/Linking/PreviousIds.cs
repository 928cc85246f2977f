using System;
using System.Collections.Generic;
using System.Linq;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Linking;

/// <summary>
/// The ids countries had before a rename (their previousIds), like the tz database's backward links: a file that still
/// names a country by one gets warning RD0031 naming the current id, and is read as if it used that id, so that every
/// later step sees current ids only.
/// </summary>
internal sealed class PreviousIds
{
    private readonly Dictionary<string, string> currentByPrevious;
    private readonly Action<DiagnosticInfo> report;

    private PreviousIds(Dictionary<string, string> currentByPrevious, Action<DiagnosticInfo> report)
    {
        this.currentByPrevious = currentByPrevious;
        this.report = report;
    }

    /// <summary>
    /// Collects the previous ids of <paramref name="countries"/> (by id). A previous id that is some country's id, or
    /// another country's previous id, is RD0005 at the later one and is not an alias.
    /// </summary>
    public static PreviousIds Of(IReadOnlyDictionary<string, CountrySpec> countries, Action<DiagnosticInfo> report)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstUse = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var country in countries.Values.OrderBy(c => c.Id.Value, StringComparer.Ordinal))
        {
            foreach (var previous in country.PreviousIds)
            {
                var first = countries.TryGetValue(previous.Value, out var owner) ? owner.Id.Location : firstUse.TryGetValue(previous.Value, out var used) ? used : (LocationInfo?)null;
                if (first is not null)
                {
                    report(new DiagnosticInfo(DiagnosticDescriptors.DuplicateId, previous.Location, new[] { "country", previous.Value, first.ToString() }.ToEquatableArray(), first));
                    continue;
                }

                firstUse.Add(previous.Value, previous.Location);
                aliases.Add(previous.Value, country.Id.Value);
            }
        }

        return new PreviousIds(aliases, report);
    }

    /// <summary>The current id for <paramref name="id"/>, reporting RD0031 where a previous id is used.</summary>
    public LocatedString Current(LocatedString id)
    {
        if (!currentByPrevious.TryGetValue(id.Value, out var current))
        {
            return id;
        }

        report(DiagnosticInfo.Create(DiagnosticDescriptors.PreviousIdUsed, id.Location, id.Value, current));
        return new LocatedString(current, id.Location);
    }

    public CountrySpec? Current(CountrySpec? country) =>
        country?.Succession is not { } succession || currentByPrevious.Count == 0
            ? country
            : country with { Succession = succession with { Successors = Current(succession.Successors) } };

    public RelationSpec? Current(RelationSpec? relation) =>
        relation is null || currentByPrevious.Count == 0
            ? relation
            : relation with
            {
                First = Current(relation.First),
                Second = Current(relation.Second),
                Recognitions = relation.Recognitions.Select(r => r with { By = Current(r.By), Of = Current(r.Of) }).ToEquatableArray(),
                Missions = relation.Missions.Select(m => m with { From = Current(m.From), To = Current(m.To) }).ToEquatableArray(),
                ProtectingPowers = relation.ProtectingPowers.Select(p => p with { Protector = Current(p.Protector), Protected = Current(p.Protected), Host = Current(p.Host) }).ToEquatableArray(),
            };

    public EventSpec? Current(EventSpec? @event) =>
        @event is null || currentByPrevious.Count == 0
            ? @event
            : @event with
            {
                Countries = Current(@event.Countries),
                Drafters = Current(@event.Drafters),
                People = @event.People.Select(p => p.Country is { } country ? p with { Country = Current(country) } : p).ToEquatableArray(),
            };

    private EquatableArray<LocatedString> Current(EquatableArray<LocatedString> ids) => ids.Select(Current).ToEquatableArray();
}

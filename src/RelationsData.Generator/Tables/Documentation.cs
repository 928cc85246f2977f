using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Tables;

/// <summary>
/// The plain text of each named member's XML documentation: the fact itself and the sources it cites, so that
/// IntelliSense shows both. The emitter encodes this text; nothing here is trusted to be valid XML or C#.
/// </summary>
internal static class Documentation
{
    public static EquatableArray<NamedMember> Members<T>(EquatableArray<Named<T>> table, Func<T, LinkedDataset, (string Summary, IEnumerable<LocatedString> Citations)> describe, LinkedDataset dataset)
        where T : class
    {
        var references = dataset.References.ToDictionary(r => r.Spec.Id.Value, r => r.Spec, StringComparer.Ordinal);
        var members = new List<NamedMember>();
        for (var row = 0; row < table.Count; row++)
        {
            if (table[row].MemberName.Length == 0)
            {
                continue;
            }

            var (summary, citations) = describe(table[row].Spec, dataset);
            var sources = citations.Select(c => c.Value).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal)
                .Select(id => Cite(references[id]))
                .ToEquatableArray();
            members.Add(new NamedMember(table[row].MemberName, row, summary, sources));
        }

        return members.ToEquatableArray();
    }

    public static (string, IEnumerable<LocatedString>) Country(CountrySpec c, LinkedDataset dataset)
    {
        var numeric = c.Numeric >= 0 ? ", " + c.Numeric.ToString("D3", CultureInfo.InvariantCulture) : string.Empty;
        var summary = c.Alpha4 is null
            ? $"{c.ShortName} ({c.Alpha2.Value}, {c.Alpha3.Value}{numeric})"
            : $"{c.ShortName} (former entry {c.Alpha4.Value}, withdrawn {DateText.Format(c.Withdrawn)}; was {c.Alpha2.Value}, {c.Alpha3.Value}{numeric})";
        if (c.OfficialName is not null)
        {
            summary += $": {c.OfficialName}";
        }

        if (c.OtherNames.Count > 0)
        {
            summary += $"; also {string.Join(", ", c.OtherNames)}";
        }

        if (c.Succession is { } succession)
        {
            var successors = succession.Successors.Select(id => dataset.Countries.First(other => other.Spec.Id.Value == id.Value).Spec.ShortName);
            summary += $"; succeeded by {string.Join(", ", successors)}";
        }

        if (c.Region is { } region && dataset.Regions.FirstOrDefault(r => r.Spec.Id.Value == region.Value) is { } placed)
        {
            summary += $"; in {placed.Spec.Name}";
        }

        return (summary + ".", SpecCitations.Of(c));
    }

    public static (string, IEnumerable<LocatedString>) Region(RegionSpec r, LinkedDataset dataset)
    {
        var summary = $"{r.Name} (UN M49 {r.Code.Value})";
        if (r.Parent is { } parent && dataset.Regions.FirstOrDefault(p => p.Spec.Id.Value == parent.Value) is { } within)
        {
            summary += $", within {within.Spec.Name}";
        }

        return (summary + ".", SpecCitations.Of(r));
    }

    /// <summary>Describes relations with country names looked up once for the whole table.</summary>
    public static Func<RelationSpec, LinkedDataset, (string, IEnumerable<LocatedString>)> Relations(LinkedDataset dataset)
    {
        var names = dataset.Countries.ToDictionary(c => c.Spec.Id.Value, c => c.Spec.ShortName, StringComparer.Ordinal);
        return (relation, _) => Relation(relation, names);
    }

    private static (string, IEnumerable<LocatedString>) Relation(RelationSpec r, Dictionary<string, string> names)
    {
        var parts = new List<string> { $"{names[r.First.Value]} and {names[r.Second.Value]}" };
        if (r.Established is { Date: not DateText.None } established)
        {
            parts.Add($"relations established {DateText.Format(established.Date)}");
        }

        foreach (var status in r.Statuses)
        {
            var from = status.From == DateText.None ? string.Empty : $" from {DateText.Format(status.From)}";
            var to = status.To == DateText.None ? string.Empty : $" to {DateText.Format(status.To)}";
            parts.Add($"{Vocabulary.RelationStatuses[status.Status]}{from}{to}");
        }

        foreach (var mission in r.Missions)
        {
            var city = mission.City is null ? string.Empty : $" in {mission.City}";
            parts.Add($"{names[mission.From.Value]} mission: {Vocabulary.MissionKinds[mission.Kind]}{city}");
        }

        foreach (var power in r.ProtectingPowers)
        {
            parts.Add($"{names[power.Protector.Value]} protects {names[power.Protected.Value]} in {names[power.Host.Value]}");
        }

        foreach (var text in r.Characterisations)
        {
            parts.Add($"\"{text.Text}\"");
        }

        return (string.Join("; ", parts) + ".", SpecCitations.Of(r));
    }

    public static (string, IEnumerable<LocatedString>) Event(EventSpec e, LinkedDataset dataset) =>
        ($"{DateText.Format(e.Date)}: {e.Title}. {e.Summary}", SpecCitations.Of(e));

    public static (string, IEnumerable<LocatedString>) Reference(ReferenceSpec r, LinkedDataset dataset) =>
        (Cite(r), Array.Empty<LocatedString>());

    private static string Cite(ReferenceSpec r)
    {
        var text = $"\"{r.Title}\"";
        if (r.ContainerTitle is not null)
        {
            text += $". {r.ContainerTitle}";
        }

        if (r.Issued != DateText.None)
        {
            text += $". {DateText.Format(r.Issued)}";
        }

        return r.Url is null ? text + "." : $"{text}. {r.Url}";
    }
}

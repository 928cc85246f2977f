using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Commands;

/// <summary><c>relation A B</c>: the relation card, with numbered references.</summary>
internal static class RelationCommand
{
    public static int Run(string a, string b, TextWriter output)
    {
        var first = CountryLookup.Find(a);
        var second = CountryLookup.Find(b);
        if (Relations.Between(first, second) is not { } relation)
        {
            // An answer, not a mistake: exit code 1, as grep does when nothing matches.
            output.Write($"no relation between {first.ShortName} ({first.Alpha2}) and {second.ShortName} ({second.Alpha2}) in the dataset\n");
            return Explorer.NotFound;
        }

        var citations = new Citations();

        output.WriteLine($"{first.ShortName} – {second.ShortName}");
        output.WriteLine(new string('=', first.ShortName.Length + second.ShortName.Length + 3));
        foreach (var name in relation.Names)
        {
            output.WriteLine($"Also: {name}");
        }

        if (relation.Established is { } established)
        {
            output.WriteLine($"Established: {established.Date?.ToString() ?? "date not given"}{Note(established.Note)} {citations.Mark(established.References)}");
        }

        CardSections.Write(output, "Status", relation.Statuses.Select(s => $"{DataWords.Of(s.Status)}{Span(s.From, s.To)}{(s.EndUnknown ? ", end not known" : string.Empty)}{Note(s.Note)} {citations.Mark(s.References)}"));
        CardSections.Write(output, "Recognition", relation.Recognitions.Select(r => $"{r.By.ShortName} recognised {r.Of.ShortName}{(r.Date is { } d ? $" in {d}" : string.Empty)}{Note(r.Note)} {citations.Mark(r.References)}"));
        foreach (var (from, to) in new[] { (first, second), (second, first) })
        {
            var missions = relation.MissionsFrom(from);
            CardSections.Write(output, $"Missions of {from.ShortName} in {to.ShortName}", missions.IsEmpty
                ? new[] { "unknown" }
                : missions.Select(m => $"{Describe(m)}{Note(m.Note)} {citations.Mark(m.References)}"));
        }

        CardSections.Write(output, "Protecting powers", relation.ProtectingPowers.Select(p =>
            $"{p.Protector.ShortName} for {p.Protected.ShortName} in {p.Host.ShortName}, through its {DataWords.Of(p.Via)}{(p.City is null ? string.Empty : $" in {p.City}")} {citations.Mark(p.References)}"));
        CardSections.Write(output, "Characterisations", relation.Characterisations.Select(c => $"\"{c.Text}\" {citations.Mark(c.References)}"));
        CardSections.Write(output, "Notes", relation.Notes.Select(n => $"{n.Text} {citations.Mark(n.References)}"));
        // Each event with what was said or decided: its summary, then its sources.
        CardSections.Write(output, "Timeline", Events.Of(relation).SelectMany(e => new[]
        {
            $"{e.Date,-10}  {e.Title}{People(e)}",
            $"{string.Empty,-10}  {e.Summary} {citations.Mark(e.References)}",
        }));
        citations.Mark(relation.References);
        CardSections.Write(output, "References", citations.All.Select((r, i) => $"[{i + 1}] {r.ToCitation()}"));
        return 0;
    }

    private static string Describe(Mission m) => m.Kind switch
    {
        MissionKind.Embassy or MissionKind.Consulate =>
            $"{DataWords.Of(m.Kind)}{(m.City is null ? string.Empty : $" in {m.City}")}{(m.Opened is { } o ? $", opened {o}" : string.Empty)}{(m.Closed is { } c ? $", closed {c}" : string.Empty)}",
        MissionKind.NonResident => $"non-resident{(m.AccreditedFrom is null ? string.Empty : $", accredited from {m.AccreditedFrom}")}{Span(m.Opened, m.Closed)}",
        _ => "none",
    };

    private static string People(Event e) =>
        e.People.IsEmpty ? string.Empty : " — " + string.Join(", ", e.People.Select(p => p.ToString()));

    private static string Span(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        (null, null) => string.Empty,
        ({ } f, null) => $", from {f}",
        (null, { } t) => $", until {t}",
        ({ } f, { } t) => $", from {f} to {t}",
    };

    private static string Note(string? note) => note is null ? string.Empty : $" — {note}";
}

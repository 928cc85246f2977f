using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>on DATE [COUNTRY]</c>: what was in force on one day: each relation's status (in force, not in force, or unknown,
/// with why), the missions open, and for a country whether it existed. Nothing is shown as known that the sources leave open.
/// </summary>
internal static class OnCommand
{
    public static int Run(string dateText, string? code, TextWriter output)
    {
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new UsageException($"'{dateText}' is not a date; write yyyy-MM-dd, such as 2015-01-01");
        }

        var country = code is null ? null : CountryLookup.Find(code);
        var relations = country is null ? Relations.All : Relations.Of(country);
        var citations = new Citations();
        var title = $"On {day:yyyy-MM-dd}{(country is null ? string.Empty : $", {country.ShortName} ({country.Alpha2})")}";
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
        if (country is not null)
        {
            output.WriteLine($"Existed: {Existence(country, day)}");
        }

        var answers = relations.Select(r => r.StatusOn(day)).ToList();
        var undated = answers.Where(a => a.Answer == HistoryAnswer.Unknown && a.Relation.Statuses.IsEmpty && a.Relation.Established?.Date is null).ToList();
        CardSections.Write(output, "In force", answers.Where(a => a.Answer == HistoryAnswer.InForce).Select(a => $"{Pair(a.Relation)}: {Interval(a.Interval!)} {citations.Mark(a.References)}"));
        CardSections.Write(output, "Not in force", answers.Where(a => a.Answer == HistoryAnswer.NotInForce).Select(a =>
            $"{Pair(a.Relation)}: {(a.Interval is { } i ? Interval(i) : "before relations were established")} {citations.Mark(a.References)}"));
        CardSections.Write(output, "Unknown", answers.Where(a => a.Answer == HistoryAnswer.Unknown).Except(undated).Select(a => $"{Pair(a.Relation)}: {WhyUnknown(a)}"));
        if (undated.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Unknown, no dated status in the sources ({undated.Count}): {string.Join(", ", undated.Select(a => Codes(a.Relation)))}");
        }

        var missions = relations.SelectMany(r => r.MissionsOn(day)).ToList();
        CardSections.Write(output, "Missions open", missions.Where(m => m.Answer == HistoryAnswer.InForce).Select(m => $"{Mission(m.Mission)} {citations.Mark(m.Mission.References)}"));
        CardSections.Write(output, "Missions perhaps open (dates not known)", missions.Where(m => m.Answer == HistoryAnswer.Unknown).Select(m => $"{Mission(m.Mission)} {citations.Mark(m.Mission.References)}"));
        CardSections.Write(output, "References", citations.All.Select((r, i) => $"[{i + 1}] {r.ToCitation()}"));
        return Explorer.Found;
    }

    private static string Existence(Country country, DateOnly day) => country.ExistedOn(day) switch
    {
        HistoryAnswer.InForce => "yes",
        HistoryAnswer.NotInForce when country.Withdrawn is { } withdrawn && day >= withdrawn.Start => $"no (withdrawn {withdrawn})",
        HistoryAnswer.NotInForce => $"no (since {country.Since})",
        _ when country.Withdrawn is { } withdrawn && withdrawn.Contains(day) => $"unknown (withdrawn {withdrawn}, which contains the day)",
        _ => "unknown (the sources give no start date)",
    };

    private static string WhyUnknown(RelationOnDay answer) => answer.Interval is { } interval
        ? interval.EndUnknown && interval.From is { } from && answer.Day > from.End
            ? $"{Interval(interval)}; it ended at a time the sources do not give"
            : $"{Interval(interval)}; a boundary given only as a year or month contains the day"
        : "no dated status covers the day";

    private static string Interval(StatusInterval s) =>
        $"{DataWords.Of(s.Status)}{(s.From is { } f ? $" from {f}" : string.Empty)}{(s.To is { } t ? $" to {t}" : s.EndUnknown ? ", end not known" : string.Empty)}";

    private static string Mission(Mission m) =>
        $"{m.From.ShortName} in {m.To.ShortName}: {DataWords.Of(m.Kind)}{(m.City is null ? string.Empty : $" in {m.City}")}{(m.AccreditedFrom is null ? string.Empty : $", accredited from {m.AccreditedFrom}")}{(m.Opened is { } o ? $", opened {o}" : string.Empty)}{(m.Closed is { } c ? $", closed {c}" : string.Empty)}";

    private static string Pair(Relation r) => $"{Codes(r)} {r.First.ShortName} – {r.Second.ShortName}";

    private static string Codes(Relation r) => $"{r.First.Alpha2}–{r.Second.Alpha2}";
}

using System;
using System.Collections.Immutable;
using System.Linq;

namespace RelationsData;

/// <summary>The bilateral relation of an unordered pair of countries.</summary>
/// <param name="Id">The stable id used by the data files.</param>
/// <param name="First">One country of the pair (the one whose id sorts first).</param>
/// <param name="Second">The other country of the pair.</param>
/// <param name="Names">The names the relation is known by, such as "Sino–Palestinian relations".</param>
/// <param name="Established">When diplomatic relations were established, when the sources say.</param>
/// <param name="Statuses">The status over time, oldest first.</param>
/// <param name="Recognitions">Directed, dated acts of recognition.</param>
/// <param name="Missions">Diplomatic missions each way, including stated absences.</param>
/// <param name="ProtectingPowers">Third countries that represent one of the pair in the other.</param>
/// <param name="Characterisations">Cited characterisations, such as "strategic partners".</param>
/// <param name="Notes">Other cited facts about the relation.</param>
/// <param name="References">The sources that describe the relation as a whole.</param>
public sealed record Relation(
    string Id,
    Country First,
    Country Second,
    ImmutableArray<string> Names,
    Establishment? Established,
    ImmutableArray<StatusInterval> Statuses,
    ImmutableArray<Recognition> Recognitions,
    ImmutableArray<Mission> Missions,
    ImmutableArray<ProtectingPower> ProtectingPowers,
    ImmutableArray<CitedText> Characterisations,
    ImmutableArray<CitedText> Notes,
    ImmutableArray<Reference> References)
{
    /// <summary>The latest known status, or <see langword="null"/> when the sources give none.</summary>
    public StatusInterval? CurrentStatus => Statuses.IsDefaultOrEmpty ? null : Statuses[^1];

    /// <summary>Whether <paramref name="country"/> is one of the pair.</summary>
    /// <param name="country">A country.</param>
    /// <returns><see langword="true"/> for <see cref="First"/> or <see cref="Second"/>.</returns>
    public bool Involves(Country country) => First == country || Second == country;

    /// <summary>The other country of the pair.</summary>
    /// <param name="country">One of the pair.</param>
    /// <returns>The country that is not <paramref name="country"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is not one of the pair.</exception>
    public Country Other(Country country) =>
        country == First ? Second
        : country == Second ? First
        : throw new ArgumentException($"{country} is not part of the relation {Id}.", nameof(country));

    /// <summary>The missions that <paramref name="sender"/> keeps in the other country, including stated absences.</summary>
    /// <param name="sender">One of the pair.</param>
    /// <returns>The missions from <paramref name="sender"/>, oldest first.</returns>
    public ImmutableArray<Mission> MissionsFrom(Country sender) => Missions.Where(m => m.From == sender).ToImmutableArray();

    /// <summary>
    /// What the sources say of the relation on <paramref name="day"/>: the status interval that covers it (in force when
    /// active or restored), not in force (severed, suspended, never established, or before relations began), or unknown
    /// (the day falls within a partial boundary date, after an end the data marks unknown, in a gap, or before a first
    /// status that is not "active").
    /// </summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>The answer, with the interval and its citations when known.</returns>
    public RelationOnDay StatusOn(CalendarDay day) => DayRule.StatusOn(this, day);

#if !NETSTANDARD2_0
    /// <summary>What the sources say of the relation on the date part of <paramref name="day"/>; see <see cref="StatusOn(DateOnly)"/>.</summary>
    /// <param name="day">A day; its time of day is ignored.</param>
    /// <returns>The answer, with the interval and its citations when known.</returns>
    public RelationOnDay StatusOn(DateTime day) => StatusOn(Platform.CalendarDays.FromDateTime(day));

    /// <summary>The missions of the pair open on the date part of <paramref name="day"/>; see <see cref="MissionsOn(DateOnly)"/>.</summary>
    /// <param name="day">A day; its time of day is ignored.</param>
    /// <returns>Each mission not known to be closed that day, with its answer, oldest first.</returns>
    public ImmutableArray<MissionOnDay> MissionsOn(DateTime day) => MissionsOn(Platform.CalendarDays.FromDateTime(day));
#endif

    /// <summary>The missions of the pair open on <paramref name="day"/>, or possibly open (<see cref="HistoryAnswer.Unknown"/>).</summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>Each mission not known to be closed that day, with <see cref="Mission.OpenOn(CalendarDay)"/>'s answer, oldest first.</returns>
    public ImmutableArray<MissionOnDay> MissionsOn(CalendarDay day) =>
        Missions.Select(m => new MissionOnDay(m, Platform.CalendarDays.Of(day), m.OpenOn(day))).Where(m => m.Answer != HistoryAnswer.NotInForce).ToImmutableArray();

    /// <inheritdoc/>
    public override string ToString() => $"{First.ShortName}–{Second.ShortName}";
}

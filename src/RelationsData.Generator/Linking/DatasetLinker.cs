using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Linking;

/// <summary>
/// Checks the files against each other: ids resolve, nothing is defined twice, pairs and codes are unique,
/// generated names do not collide (in the kinds that get named members). A record that fails is left out (with its
/// diagnostic); the rest is kept.
/// </summary>
internal sealed class DatasetLinker
{
    private readonly List<DiagnosticInfo> diagnostics = new();
    private int errorCount;
    private Dictionary<string, CountrySpec> countries = new();
    private Dictionary<string, ReferenceSpec> references = new();
    private Dictionary<string, RelationSpec> relations = new();
    private Dictionary<string, RegionSpec> regions = new();
    private readonly int namedMemberLimit;

    private DatasetLinker(int namedMemberLimit) => this.namedMemberLimit = namedMemberLimit;

    /// <param name="files">The parsed data files, in any order.</param>
    /// <param name="namedMemberLimit">
    /// RelationsDataNamedMemberLimit: a kind with more records than this gets no named members (Tables/NamedKind.cs), so
    /// its records are not named and their names cannot collide.
    /// </param>
    /// <param name="cancellationToken">Stops the link between its checks.</param>
    /// <param name="eventsOnSecondThread">
    /// Sorts and names the events (most of a large dataset's records) on a thread-pool thread while this one does the
    /// rest: the build step asks for it; the generator keeps to the compiler's thread. The result is the same either way.
    /// </param>
    public static LinkResult Link(ImmutableArray<ParsedDataFile> files, int namedMemberLimit, CancellationToken cancellationToken, bool eventsOnSecondThread = false)
    {
        // No files (a project without data, or a build that reads the prebuilt dataset): no linker code to load and compile.
        if (files.IsEmpty)
        {
            return LinkResult.Empty;
        }

        // File order is up to the host; sort so that "first occurrence" and the output never depend on it.
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new DatasetLinker(namedMemberLimit).Run(ordered, eventsOnSecondThread, cancellationToken);
    }

    private LinkResult Run(List<ParsedDataFile> files, bool eventsOnSecondThread, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        // Files in path order, a packed file's records in its line order: "first occurrence" is well defined.
        var records = files.SelectMany(f => f.Records).ToList();

        references = Unique("reference", records.Select(r => r.Reference), r => r.Id);
        regions = Unique("region", records.Select(r => r.Region), r => r.Id)
            .Values.Where(IsValid)
            .ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
        RejectDuplicateRegionCodes();
        RejectBrokenRegionParents();
        countries = Unique("country", records.Select(r => r.Country), c => c.Id)
            .Where(pair => HasValidCodes(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        RejectDuplicateCodes();
        cancellationToken.ThrowIfCancellationRequested();

        var countryList = countries.Values.Where(IsLinked).ToList();
        var previousIds = PreviousIds.Of(countries, Add);
        countries = countryList.Select(previousIds.Current).OfType<CountrySpec>().ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
        RejectBrokenSuccessions();

        relations = Unique("relation", records.Select(r => previousIds.Current(r.Relation)), r => r.Id)
            .Values.Where(IsLinked)
            .ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
        RejectDuplicatePairs();
        cancellationToken.ThrowIfCancellationRequested();

        var events = Unique("event", records.Select(r => previousIds.Current(r.Event)), e => e.Id).Values.Where(IsLinked).ToList();

        // Naming reports into a list of its own per kind, added below in kind order, so the diagnostics come in the same
        // order wherever the events were named.
        var eventCollisions = new List<DiagnosticInfo>();
        EquatableArray<Named<EventSpec>> NameEvents() => Name("event", events.OrderBy(e => e.Date).ThenBy(e => e.Id.Value, StringComparer.Ordinal), e => e.Id, eventCollisions);
        var namingEvents = eventsOnSecondThread ? Task.Run(NameEvents, cancellationToken) : null;

        // Only what survives linking counts as citing: a reference cited only by a rejected record is still reported.
        var citedReferences = new HashSet<string>(StringComparer.Ordinal);
        Action<LocatedString> cite = citation => citedReferences.Add(citation.Value);
        foreach (var country in countries.Values)
        {
            SpecCitations.Visit(country, cite);
        }

        foreach (var relation in relations.Values)
        {
            SpecCitations.Visit(relation, cite);
        }

        foreach (var @event in events)
        {
            SpecCitations.Visit(@event, cite);
        }

        foreach (var region in regions.Values)
        {
            SpecCitations.Visit(region, cite);
        }

        foreach (var reference in references.Values.Where(r => !citedReferences.Contains(r.Id.Value)).OrderBy(r => r.Id.Value, StringComparer.Ordinal))
        {
            Add(DiagnosticInfo.Create(DiagnosticDescriptors.UncitedReference, reference.Id.Location, reference.Id.Value));
        }

        var (countryCollisions, relationCollisions, referenceCollisions, regionCollisions) = (new List<DiagnosticInfo>(), new List<DiagnosticInfo>(), new List<DiagnosticInfo>(), new List<DiagnosticInfo>());
        var namedCountries = Name("country", countries.Values.OrderBy(c => c.Id.Value, StringComparer.Ordinal), c => c.Id, countryCollisions);
        var namedRelations = Name("relation", relations.Values.OrderBy(r => r.Id.Value, StringComparer.Ordinal), r => r.Id, relationCollisions);
        var namedReferences = Name("reference", references.Values.OrderBy(r => r.Id.Value, StringComparer.Ordinal), r => r.Id, referenceCollisions);
        var namedRegions = Name("region", regions.Values.OrderBy(r => r.Id.Value, StringComparer.Ordinal), r => r.Id, regionCollisions);
        var namedEvents = namingEvents?.GetAwaiter().GetResult() ?? NameEvents();
        foreach (var collision in countryCollisions.Concat(relationCollisions).Concat(eventCollisions).Concat(referenceCollisions).Concat(regionCollisions))
        {
            Add(collision);
        }

        var dataset = new LinkedDataset(namedCountries, namedRelations, namedEvents, namedReferences) { Regions = namedRegions };
        return new LinkResult(dataset, diagnostics.ToEquatableArray());
    }

    /// <summary>Keeps the first record of each id; ids equal after Unicode normalisation and case folding are duplicates.</summary>
    [MethodImpl(HotPath.Optimized)]
    private Dictionary<string, T> Unique<T>(string kind, IEnumerable<T?> records, Func<T, LocatedString> id)
        where T : class
    {
        var firstByKey = new Dictionary<string, LocatedString>(StringComparer.Ordinal);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record is null)
            {
                continue;
            }

            var recordId = id(record);
            var key = recordId.Value.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
            if (firstByKey.TryGetValue(key, out var first))
            {
                Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicateId, recordId.Location, new[] { kind, recordId.Value, first.Location.ToString() }.ToEquatableArray(), first.Location));
                continue;
            }

            firstByKey.Add(key, recordId);
            result.Add(recordId.Value, record);
        }

        return result;
    }

    // Each check below reports every problem it finds and the record is kept exactly when it reported no error:
    // no check depends on another running first, or on '&' rather than '&&', to be heard.

    private bool HasValidCodes(CountrySpec country)
    {
        var errorsBefore = errorCount;
        CheckCode(country.Alpha2, 2, "3166-1 alpha-2");
        CheckCode(country.Alpha3, 3, "3166-1 alpha-3");
        if (country.Alpha4 is not null)
        {
            CheckCode(country.Alpha4, 4, "3166-3 alpha-4");
        }

        // A former entry (ISO 3166-3) has both its alpha-4 code and its withdrawal date; a current one has neither.
        if ((country.Alpha4 is null) != (country.Withdrawn == 0))
        {
            Report(DiagnosticDescriptors.MissingField, country.Location, $"The former country '{country.Id.Value}'", country.Alpha4 is null ? "alpha4" : "withdrawn");
        }

        if (country.Numeric > 999)
        {
            Report(DiagnosticDescriptors.MalformedCode, country.NumericLocation, country.Numeric.ToString(System.Globalization.CultureInfo.InvariantCulture), "3166-1 numeric", "numeric codes run from 000 to 999");
        }

        return errorCount == errorsBefore;
    }

    private void CheckCode(LocatedString code, int length, string kind)
    {
        if (code.Value.Length != length || !code.Value.All(c => c is >= 'A' and <= 'Z'))
        {
            Report(DiagnosticDescriptors.MalformedCode, code.Location, code.Value, kind, $"write exactly {length} capital letters A-Z");
        }
    }

    /// <summary>A region's code is three digits, and its citations and names' source are references.</summary>
    private bool IsValid(RegionSpec region)
    {
        var errorsBefore = errorCount;
        if (region.Code.Value.Length != 3 || !region.Code.Value.All(c => c is >= '0' and <= '9'))
        {
            Report(DiagnosticDescriptors.InvalidRegionCode, region.Code.Location, region.Code.Value, "write its three digits, such as \"145\" (Western Asia) or \"002\" (Africa)");
        }

        Cites(region.Citations);
        if (region.LocalizedNamesSource is { } source)
        {
            Cites(new[] { source }.ToEquatableArray());
        }

        return errorCount == errorsBefore;
    }

    private void RejectDuplicateRegionCodes()
    {
        var seen = new Dictionary<string, RegionSpec>(StringComparer.Ordinal);
        foreach (var region in regions.Values.OrderBy(r => r.Location.FilePath, StringComparer.Ordinal).ToList())
        {
            if (seen.TryGetValue(region.Code.Value, out var first))
            {
                Add(new DiagnosticInfo(DiagnosticDescriptors.InvalidRegionCode, region.Code.Location, new[] { region.Code.Value, $"the region '{first.Id.Value}' has it already" }.ToEquatableArray(), first.Code.Location));
                regions.Remove(region.Id.Value);
                continue;
            }

            seen.Add(region.Code.Value, region);
        }
    }

    /// <summary>
    /// Leaves out every region of a cycle of parents (RD0033 at each one's parent), then, until none is left, each region
    /// whose parent is not a region that survived (RD0006): the regions within a rejected one go with it.
    /// </summary>
    private void RejectBrokenRegionParents()
    {
        var cycles = regions.Values.Where(InCycle).OrderBy(r => r.Id.Value, StringComparer.Ordinal).ToList();
        foreach (var region in cycles)
        {
            var chain = new List<string> { region.Id.Value };
            for (var parent = region.Parent; parent is not null && parent.Value != region.Id.Value; parent = regions[parent.Value].Parent)
            {
                chain.Add(parent.Value);
            }

            chain.Add(region.Id.Value);
            Report(DiagnosticDescriptors.RegionWithinItself, region.Parent!.Location, region.Id.Value, string.Join(" → ", chain));
        }

        foreach (var region in cycles)
        {
            regions.Remove(region.Id.Value);
        }

        bool removed;
        do
        {
            removed = false;
            foreach (var region in regions.Values.OrderBy(r => r.Id.Value, StringComparer.Ordinal).ToList())
            {
                if (region.Parent is { } parent && !regions.ContainsKey(parent.Value))
                {
                    Report(DiagnosticDescriptors.UnknownId, parent.Location, "region", parent.Value);
                    regions.Remove(region.Id.Value);
                    removed = true;
                }
            }
        }
        while (removed);
    }

    /// <summary>Whether following the parents from <paramref name="region"/> comes back to it (a region outside a cycle that leads into one is not in it).</summary>
    private bool InCycle(RegionSpec region)
    {
        var steps = 0;
        for (var parent = region.Parent; parent is not null && regions.TryGetValue(parent.Value, out var next); parent = next.Parent)
        {
            if (next.Id.Value == region.Id.Value)
            {
                return true;
            }

            if (++steps > regions.Count)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The country's citations name references and its region is a region that survived linking (else RD0006 at its 'region').</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool IsLinked(CountrySpec country)
    {
        var errorsBefore = errorCount;
        CheckCitations(country);
        if (country.Region is { } region && !regions.ContainsKey(region.Value))
        {
            Report(DiagnosticDescriptors.UnknownId, region.Location, "region", region.Value);
        }

        return errorCount == errorsBefore;
    }

    /// <summary>Reports each citation of the country, its names source, its memberships, its notes and its succession that names no reference, and a succession without a withdrawal.</summary>
    private void CheckCitations(CountrySpec country)
    {
        Cites(country.Citations);
        if (country.LocalizedNamesSource is { } source)
        {
            Cites(new[] { source }.ToEquatableArray());
        }

        foreach (var text in country.Memberships.Concat(country.Notes))
        {
            Cites(text.Citations);
        }

        if (country.Succession is { } succession)
        {
            Cites(succession.Citations);

            // Successors follow a withdrawal (ISO 3166-3), whose date dates the succession.
            if (country.Withdrawn == DateText.None)
            {
                Report(DiagnosticDescriptors.MissingField, succession.Location, $"The country '{country.Id.Value}', which has a succession,", "withdrawn");
            }
        }
    }

    /// <summary>Leaves out a country whose successors name no country that survived linking, until none does.</summary>
    private void RejectBrokenSuccessions()
    {
        bool removed;
        do
        {
            removed = false;
            foreach (var country in countries.Values.OrderBy(c => c.Id.Value, StringComparer.Ordinal).ToList())
            {
                var unknown = country.Succession?.Successors.Where(s => !countries.ContainsKey(s.Value)).ToList();
                if (unknown is { Count: > 0 })
                {
                    foreach (var successor in unknown)
                    {
                        Report(DiagnosticDescriptors.UnknownId, successor.Location, "country", successor.Value);
                    }

                    countries.Remove(country.Id.Value);
                    removed = true;
                }
            }
        }
        while (removed);
    }

    private void RejectDuplicateCodes()
    {
        var seen = new Dictionary<string, CountrySpec>(StringComparer.Ordinal);
        foreach (var country in countries.Values.OrderBy(c => c.Location.FilePath, StringComparer.Ordinal).ToList())
        {
            // Codes are unique among current entries; a former entry's codes may since have gone to another country
            // (AI was the French Afars and Issas, now Anguilla), so only its alpha-4 code must be unique.
            var codes = country.Alpha4 is { } alpha4
                ? new List<(string Key, LocationInfo? Where, string Code)> { ("4:" + alpha4.Value, alpha4.Location, alpha4.Value) }
                : new List<(string Key, LocationInfo? Where, string Code)>
                {
                    ("2:" + country.Alpha2.Value, country.Alpha2.Location, country.Alpha2.Value),
                    ("3:" + country.Alpha3.Value, country.Alpha3.Location, country.Alpha3.Value),
                };
            if (country.Alpha4 is null && country.Numeric >= 0)
            {
                var numeric = country.Numeric.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                codes.Add(("n:" + numeric, country.NumericLocation, numeric));
            }

            var clash = codes.FirstOrDefault(c => seen.ContainsKey(c.Key));
            if (clash.Key is not null)
            {
                var first = seen[clash.Key];
                Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicateCode, clash.Where, new[] { clash.Code, first.Id.Value }.ToEquatableArray(), first.Location));
                countries.Remove(country.Id.Value);
                continue;
            }

            foreach (var code in codes)
            {
                seen.Add(code.Key, country);
            }
        }
    }

    private void RejectDuplicatePairs()
    {
        var seen = new Dictionary<string, RelationSpec>(StringComparer.Ordinal);
        foreach (var relation in relations.Values.OrderBy(r => r.Location.FilePath, StringComparer.Ordinal).ToList())
        {
            var pair = string.CompareOrdinal(relation.First.Value, relation.Second.Value) < 0
                ? relation.First.Value + "\n" + relation.Second.Value
                : relation.Second.Value + "\n" + relation.First.Value;
            if (seen.TryGetValue(pair, out var first))
            {
                Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicatePair, relation.Id.Location, new[] { relation.Id.Value, first.Id.Value }.ToEquatableArray(), first.Id.Location));
                relations.Remove(relation.Id.Value);
                continue;
            }

            seen.Add(pair, relation);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private bool IsLinked(RelationSpec relation)
    {
        var errorsBefore = errorCount;
        Known(relation.First);
        Known(relation.Second);
        Cites(relation.Citations);
        if (relation.First.Value == relation.Second.Value)
        {
            Report(DiagnosticDescriptors.SelfRelation, relation.Second.Location, relation.Id.Value, relation.First.Value);
        }

        if (relation.Established is { } established)
        {
            Cites(established.Citations);
        }

        foreach (var status in relation.Statuses)
        {
            Cites(status.Citations);
        }

        foreach (var recognition in relation.Recognitions)
        {
            Member(relation, recognition.By);
            Member(relation, recognition.Of);
            Cites(recognition.Citations);
        }

        foreach (var mission in relation.Missions)
        {
            Member(relation, mission.From);
            Member(relation, mission.To);
            Cites(mission.Citations);
        }

        foreach (var power in relation.ProtectingPowers)
        {
            Known(power.Protector);
            Member(relation, power.Protected);
            Member(relation, power.Host);
            Cites(power.Citations);
        }

        foreach (var text in relation.Characterisations.Concat(relation.Notes))
        {
            Cites(text.Citations);
        }

        return errorCount == errorsBefore;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool IsLinked(EventSpec @event)
    {
        var errorsBefore = errorCount;
        foreach (var country in @event.Countries)
        {
            Known(country);
        }

        foreach (var drafter in @event.Drafters)
        {
            Known(drafter);
        }

        foreach (var person in @event.People)
        {
            if (person.Country is { } country)
            {
                Known(country);
            }
        }

        foreach (var text in @event.Notes)
        {
            Cites(text.Citations);
        }

        Cites(@event.Citations);
        foreach (var relationId in @event.Relations)
        {
            if (!relations.TryGetValue(relationId.Value, out var relation))
            {
                Report(DiagnosticDescriptors.UnknownId, relationId.Location, "relation", relationId.Value);
            }
            else if (relation.Established is { Date: not DateText.None } established && @event.Date < established.Date && !IsSamePeriod(@event.Date, established.Date))
            {
                Report(DiagnosticDescriptors.EventOutsideRelation, @event.DateLocation, @event.Id.Value, DateText.Format(@event.Date), relation.Id.Value, "established " + DateText.Format(established.Date));
            }
            else if (EndOf(relation) is var end && end != DateText.None && @event.Date > end && !IsSamePeriod(end, @event.Date))
            {
                Report(DiagnosticDescriptors.EventOutsideRelation, @event.DateLocation, @event.Id.Value, DateText.Format(@event.Date), relation.Id.Value, "its last status ended " + DateText.Format(end));
            }
        }

        return errorCount == errorsBefore;
    }

    /// <summary>The end of a relation whose every status interval has ended; none while any is open.</summary>
    private static int EndOf(RelationSpec relation)
    {
        var end = DateText.None;
        foreach (var status in relation.Statuses)
        {
            if (status.To == DateText.None)
            {
                return DateText.None;
            }

            end = Math.Max(end, status.To);
        }

        return end;
    }

    /// <summary>"1992" does not precede "1992-04-15": a less precise date covers the more precise one.</summary>
    private static bool IsSamePeriod(int coarse, int fine)
    {
        DateText.Unpack(coarse, out var y, out var m, out var d);
        DateText.Unpack(fine, out var y2, out var m2, out _);
        return y == y2 && (m == 0 || (m == m2 && d == 0));
    }

    /// <summary>Reports a country that is unknown (RD0006), or known but not one of the relation's two (RD0006).</summary>
    private void Member(RelationSpec relation, LocatedString country)
    {
        if (Known(country) && country.Value != relation.First.Value && country.Value != relation.Second.Value)
        {
            Report(DiagnosticDescriptors.UnknownId, country.Location, $"country of the relation '{relation.Id.Value}'", country.Value);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private bool Known(LocatedString country)
    {
        if (countries.ContainsKey(country.Value))
        {
            return true;
        }

        Report(DiagnosticDescriptors.UnknownId, country.Location, "country", country.Value);
        return false;
    }

    /// <summary>Reports each citation that names no reference (RD0006).</summary>
    [MethodImpl(HotPath.Optimized)]
    private void Cites(EquatableArray<LocatedString> citations)
    {
        foreach (var citation in citations)
        {
            if (!references.ContainsKey(citation.Value))
            {
                Report(DiagnosticDescriptors.UnknownId, citation.Location, "reference", citation.Value);
            }
        }
    }

    /// <summary>
    /// Each record with its C# member name, in the order given. A kind over the named-member limit gets no members, so its
    /// records get no names either: the world's 170,000 names, made only to be dropped, were a large part of its link
    /// (docs/benchmarks.md), and two ids that would have made the same name are no error there (RD0017 is about members).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private EquatableArray<Named<T>> Name<T>(string kind, IEnumerable<T> records, Func<T, LocatedString> id, List<DiagnosticInfo> collisions)
        where T : class
    {
        var sorted = records.ToList();
        var result = new Named<T>[sorted.Count];
        if (sorted.Count > namedMemberLimit)
        {
            for (var i = 0; i < sorted.Count; i++)
            {
                result[i] = new Named<T>(string.Empty, sorted[i]);
            }

            return result.ToEquatableArray();
        }

        var taken = new Dictionary<string, LocatedString>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
        {
            var record = sorted[i];
            var recordId = id(record);
            var name = MemberNames.FromId(recordId.Value);
            if (taken.TryGetValue(name, out var first))
            {
                // Still emitted (reachable through All and ById), just without a named member.
                collisions.Add(new DiagnosticInfo(DiagnosticDescriptors.IdentifierCollision, recordId.Location, new[] { kind, first.Value, recordId.Value, name }.ToEquatableArray(), first.Location));
                result[i] = new Named<T>(string.Empty, record);
                continue;
            }

            taken.Add(name, recordId);
            result[i] = new Named<T>(name, record);
        }

        return result.ToEquatableArray();
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        Add(DiagnosticInfo.Create(descriptor, location, args));

    /// <summary>Records a diagnostic of linking, counting errors so that each check can tell whether it found one.</summary>
    private void Add(DiagnosticInfo diagnostic)
    {
        diagnostics.Add(diagnostic);
        if (diagnostic.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
        {
            errorCount++;
        }
    }
}

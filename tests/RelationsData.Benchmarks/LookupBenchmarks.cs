using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace RelationsData.Benchmarks;

/// <summary>
/// M3: lookups in the compiled tables against a Dictionary and a FrozenDictionary over the same records. The tables
/// are those of the built RelationsData app (run <c>prepare</c> first); its facade methods are called through
/// delegates, the dictionaries directly.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private Func<string, Country?> byAlpha2 = null!;
    private Func<Country, Country, Relation?> between = null!;
    private Func<Relation, ImmutableArray<Event>> eventsOf = null!;
    private Func<Country> namedMember = null!;
    private Dictionary<string, Country> dictionary = null!;
    private FrozenDictionary<string, Country> frozen = null!;
    private FrozenDictionary<(Country, Country), Relation> frozenPairs = null!;
    private FrozenDictionary<Relation, ImmutableArray<Event>> frozenEvents = null!;
    private Country first = null!;
    private Country second = null!;
    private Relation relation = null!;
    private string code = "";
    private TryFind tryFind = null!;
    private Country named = null!;
    private string localizedName = "";

    /// <summary>Countries.TryFind's shape (an out parameter: no Func).</summary>
    private delegate bool TryFind(string name, out Country? country);

    [Params("seed", "world", "world-packed-resource")]
    public string Scale { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        var scale = BenchScale.Parse(Scale);
        var assembly = Assembly.LoadFrom(ConsumerApps.Executable(scale, ConsumerApps.RelationsData));
        var countries = assembly.GetType("Bench.Data.Countries")!;
        var relations = assembly.GetType("Bench.Data.Relations")!;
        var events = assembly.GetType("Bench.Data.Events")!;
        byAlpha2 = countries.GetMethod("ByAlpha2")!.CreateDelegate<Func<string, Country?>>();
        between = relations.GetMethod("Between")!.CreateDelegate<Func<Country, Country, Relation?>>();
        eventsOf = events.GetMethod("Of", new[] { typeof(Relation) })!.CreateDelegate<Func<Relation, ImmutableArray<Event>>>();
        var all = (ImmutableArray<Country>)countries.GetProperty("All")!.GetValue(null)!;
        var named = countries.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == typeof(Country));
        namedMember = named is null ? () => all[0] : named.GetMethod!.CreateDelegate<Func<Country>>();
        var allRelations = (ImmutableArray<Relation>)relations.GetProperty("All")!.GetValue(null)!;
        var allEvents = (ImmutableArray<Event>)events.GetProperty("All")!.GetValue(null)!;

        // Codes index current countries only: a former ISO 3166-3 entry's code may belong to a current one (BQ).
        dictionary = all.Where(c => !c.IsFormer).ToDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        frozen = all.Where(c => !c.IsFormer).ToFrozenDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        frozenPairs = allRelations.SelectMany(r => new[] { KeyValuePair.Create((r.First, r.Second), r), KeyValuePair.Create((r.Second, r.First), r) }).ToFrozenDictionary();
        var eventsByRelation = allEvents.SelectMany(e => e.Relations.Select(r => (r, e))).ToLookup(p => p.r, p => p.e);
        frozenEvents = allRelations.ToFrozenDictionary(r => r, r => eventsByRelation[r].ToImmutableArray());
        relation = allRelations[allRelations.Length / 2];
        (first, second) = (relation.Second, relation.First);
        code = scale.Alpha2;

        // A name in another language (the seed's German "Aserbaidschan"), or the English name where the data has no other.
        tryFind = countries.GetMethod("TryFind")!.CreateDelegate<TryFind>();
        this.named = byAlpha2(code)!;
        localizedName = this.named.NameIn("de");
    }

    [Benchmark(Baseline = true, Description = "alpha-2: FrozenDictionary")]
    public Country? Alpha2Frozen() => frozen.GetValueOrDefault(code);

    [Benchmark(Description = "alpha-2: Dictionary")]
    public Country? Alpha2Dictionary() => dictionary.GetValueOrDefault(code);

    [Benchmark(Description = "alpha-2: RelationsData")]
    public Country? Alpha2RelationsData() => byAlpha2(code);

    [Benchmark(Description = "named member: RelationsData")]
    public Country NamedMember() => namedMember();

    [Benchmark(Description = "pair: FrozenDictionary")]
    public Relation? PairFrozen() => frozenPairs.GetValueOrDefault((first, second));

    [Benchmark(Description = "pair: RelationsData")]
    public Relation? PairRelationsData() => between(first, second);

    [Benchmark(Description = "events of relation: FrozenDictionary")]
    public ImmutableArray<Event> EventsFrozen() => frozenEvents[relation];

    [Benchmark(Description = "events of relation: RelationsData")]
    public ImmutableArray<Event> EventsRelationsData() => eventsOf(relation);

    [Benchmark(Description = "name in another language: TryFind")]
    public Country? TryFindRelationsData() => tryFind(localizedName, out var country) ? country : null;

    [Benchmark(Description = "name in a culture: NameIn(\"de-AT\")")]
    public string NameInRelationsData() => named.NameIn("de-AT");
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>Every fact cites at least one reference, and every reference is cited.</summary>
public class CitationTests
{
    [Fact]
    public void Every_fact_cites_a_resolvable_reference()
    {
        foreach (var (fact, references) in AllFacts())
        {
            Assert.False(references.IsDefaultOrEmpty, $"{fact} cites nothing");
            Assert.All(references, r => Assert.Contains(r, References.All));
        }
    }

    [Fact]
    public void Every_reference_is_cited_by_some_fact()
    {
        var cited = AllFacts().SelectMany(f => f.References).ToHashSet();

        Assert.All(References.All, r => Assert.Contains(r, cited));
    }

    [Fact]
    public void The_five_footnotes_keep_their_titles_and_dates()
    {
        var embassy = References.All.Single(r => r.Title == "Palestine`s embassy opens in Baku");
        Assert.Equal("azertag.az", embassy.ContainerTitle);
        Assert.Equal(new PartialDate(2011, 6, 29), embassy.Issued);
        Assert.Equal(new PartialDate(2018, 4, 7), References.All.Single(r => r.Title.StartsWith("Palestine attaches importance", System.StringComparison.Ordinal)).Issued);
        Assert.Equal(new PartialDate(2017, 4, 19), References.All.Single(r => r.Title.StartsWith("Riyad al-Maliki:", System.StringComparison.Ordinal)).Issued);
        Assert.Null(References.All.Single(r => r.Title.StartsWith("'RELATIONS BETWEEN", System.StringComparison.Ordinal)).Issued);
    }

    private static IEnumerable<(string Fact, ImmutableArray<Reference> References)> AllFacts()
    {
        foreach (var c in Countries.All)
        {
            yield return (c.Id, c.References);
            foreach (var t in c.Memberships.Concat(c.Notes))
            {
                yield return ($"{c.Id}: {t.Text}", t.References);
            }

            foreach (var s in c.Successors)
            {
                yield return ($"{c.Id} succeeded by {s.Successor.Id}", s.References);
            }
        }

        foreach (var r in Relations.All)
        {
            yield return (r.Id, r.References);
            if (r.Established is { } e)
            {
                yield return ($"{r.Id} established", e.References);
            }

            foreach (var s in r.Statuses)
            {
                yield return ($"{r.Id} status {s.Status}", s.References);
            }

            foreach (var x in r.Recognitions)
            {
                yield return ($"{r.Id} recognition by {x.By.Id}", x.References);
            }

            foreach (var m in r.Missions)
            {
                yield return ($"{r.Id} mission from {m.From.Id}", m.References);
            }

            foreach (var p in r.ProtectingPowers)
            {
                yield return ($"{r.Id} protecting power {p.Protector.Id}", p.References);
            }

            foreach (var t in r.Characterisations.Concat(r.Notes))
            {
                yield return ($"{r.Id}: {t.Text}", t.References);
            }
        }

        foreach (var e in Events.All)
        {
            yield return (e.Id, e.References);
            foreach (var t in e.Notes)
            {
                yield return ($"{e.Id}: {t.Text}", t.References);
            }
        }
    }
}

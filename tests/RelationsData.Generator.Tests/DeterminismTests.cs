using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The generated sources hash to one SHA-256 whatever the culture, the order the files arrive in, their line endings
/// and whether they start with a byte order mark.
/// </summary>
public class DeterminismTests
{
    private static readonly IReadOnlyList<InMemoryFile> Files = TestHelpers.ShippedDataFiles();

    // The baseline is the invariant culture's, computed as such: not whatever culture the first test happened to run in.
    private static readonly Lazy<string> Expected = new(() => InCulture("", () => Hash(Files)));

    public static IEnumerable<object[]> Cultures() => new[] { "", "tr-TR", "az-Latn-AZ", "ar-SA", "th-TH", "de-DE" }.Select(c => new object[] { c });

    /// <summary>In every culture, the snapshot corpus generates exactly the approved sources (reviewed, culture-free text).</summary>
    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_snapshot_corpus_generates_the_approved_sources_in_every_culture(string culture)
    {
        var sources = InCulture(culture, () => TestHelpers.Run(TestHelpers.SnapshotCorpus()).Result.Results[0].GeneratedSources);

        Assert.Equal(7, sources.Length);
        foreach (var source in sources)
        {
            var table = source.HintName[(TestHelpers.TestNamespace.Length + 1)..^".g.cs".Length];
            var approved = Path.Combine(TestSupport.RepositoryPaths.Root, "tests", "RelationsData.Generator.Tests", "Snapshots", $"SnapshotTests.Generated_source_matches_the_approved_snapshot.ForScenario.{table}.approved.txt");
            Assert.True(File.ReadAllText(approved).TrimStart('\uFEFF') == source.SourceText.ToString(), $"{source.HintName} in '{culture}' differs from {Path.GetFileName(approved)}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    public void Output_is_identical_in_every_culture(string culture)
    {
        var expected = Expected.Value;

        Assert.Equal(expected, InCulture(culture, () => Hash(Files)));
    }

    private static T InCulture<T>(string culture, Func<T> run)
    {
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }
    }

    [Fact]
    public void Output_is_identical_in_reversed_and_twenty_shuffled_file_orders()
    {
        Assert.Equal(Expected.Value, Hash(Files.Reverse()));
        var random = new Random(20261128);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(Expected.Value, Hash(Files.OrderBy(_ => random.Next()).ToList()));
        }
    }

    [Fact]
    public void Output_is_identical_with_crlf_or_lf_and_with_or_without_a_byte_order_mark()
    {
        Assert.All(Files, f => Assert.DoesNotContain('\r', f.Content));
        var crlf = Files.Select(f => f.WithContent(f.Content.Replace("\n", "\r\n", StringComparison.Ordinal))).ToList();

        Assert.Equal(Expected.Value, Hash(crlf));
        Assert.Equal(Expected.Value, Hash(Files.Select(f => f.WithContent("\uFEFF" + f.Content))));
        Assert.Equal(Expected.Value, Hash(crlf.Select(f => f.WithContent("\uFEFF" + f.Content))));

        // As the compiler reads a file from disk: UTF-8 bytes with a BOM, decoded by SourceText.
        Assert.Equal(Expected.Value, Hash(Files.Select(f => new InMemoryFile(f.Path, FromBytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(f.Content)).ToArray())))));
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_diagnostic_columns()
    {
        const string bad = "{\n  \"$schema\": \"../schema/reference.schema.json\",\n  \"id\": 5\n}";

        var plain = Assert.Single(TestHelpers.Run(new[] { new InMemoryFile("/data/r.json", bad) }).Result.Diagnostics, d => d.Id == "RD0002");
        var marked = Assert.Single(TestHelpers.Run(new[] { new InMemoryFile("/data/r.json", "\uFEFF" + bad) }).Result.Diagnostics, d => d.Id == "RD0002");

        Assert.Equal(plain.Location.GetLineSpan().StartLinePosition, marked.Location.GetLineSpan().StartLinePosition);
    }

    private static string FromBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream).ToString();
    }

    private static string Hash(IEnumerable<InMemoryFile> files)
    {
        var result = TestHelpers.Run(files).Result;
        Assert.Empty(result.Diagnostics);
        var all = string.Concat(result.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
        Assert.DoesNotContain('\r', all);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all)));
    }
}

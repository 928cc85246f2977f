using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RelationsData.Generator.Tests;

/// <summary>The generated sources are byte-identical whatever the culture, the file order or the line endings.</summary>
public class DeterminismTests
{
    [Fact]
    public void Output_is_identical_across_cultures_file_orders_and_line_endings()
    {
        var files = TestHelpers.ShippedDataFiles();
        var expected = Hash(files);
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "az-Latn-AZ", "ar-SA", "th-TH", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Assert.Equal(expected, Hash(files));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        Assert.Equal(expected, Hash(files.Reverse()));
        var random = new Random(20261128);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected, Hash(files.OrderBy(_ => random.Next())));
        }

        Assert.Equal(expected, Hash(files.Select(f => f.WithContent(f.Content.Replace("\n", "\r\n", StringComparison.Ordinal)))));
    }

    private static string Hash(System.Collections.Generic.IEnumerable<InMemoryFile> files)
    {
        var result = TestHelpers.Run(files).Result;
        Assert.Empty(result.Diagnostics);
        var all = string.Concat(result.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
        Assert.DoesNotContain('\r', all);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all)));
    }
}

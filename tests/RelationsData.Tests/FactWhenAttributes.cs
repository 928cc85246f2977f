using System;
using System.IO;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>
/// A test that needs Debian's iso-codes; skipped, saying how to install it, where it is missing, except in CI (CI=true),
/// where .ci/run installs it and a missing tool is a failure, not a skip.
/// </summary>
public sealed class FactWhenIsoCodesInstalledAttribute : FactAttribute
{
    public const string Json = "/usr/share/iso-codes/json";

    public FactWhenIsoCodesInstalledAttribute()
    {
        if (!File.Exists(Path.Combine(Json, "iso_3166-1.json")) && !Ci.IsCi)
        {
            Skip = $"iso-codes is not installed ({Json} is missing): apt-get install iso-codes; .ci/run installs it";
        }
    }
}

/// <summary>A test that needs Graphviz's dot on the PATH; skipped, saying how to install it, where it is missing, except in CI.</summary>
public sealed class FactWhenGraphvizInstalledAttribute : FactAttribute
{
    public FactWhenGraphvizInstalledAttribute()
    {
        if (!OnPath("dot") && !Ci.IsCi)
        {
            Skip = "Graphviz's dot is not on the PATH: apt-get install graphviz; .ci/run installs it";
        }
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}

/// <summary>
/// A test that needs cldr-core's npm tarball (artifacts/cldr, written by <c>npm pack</c>). Skipped with the command to
/// fetch it where it is missing, except in CI (CI=true), where .ci/run fetches it and a missing tarball is a failure.
/// </summary>
public sealed class FactWhenCldrCoreFetchedAttribute : FactAttribute
{
    public const string Version = "48.2.0";

    public static string Tarball => Path.Combine(TestSupport.RepositoryPaths.Root, "artifacts", "cldr", $"cldr-core-{Version}.tgz");

    /// <summary>The names in every locale (npm cldr-localenames-full), fetched beside cldr-core.</summary>
    public static string NamesTarball => Path.Combine(TestSupport.RepositoryPaths.Root, "artifacts", "cldr", $"cldr-localenames-full-{Version}.tgz");

    public FactWhenCldrCoreFetchedAttribute()
    {
        if ((!File.Exists(Tarball) || !File.Exists(NamesTarball)) && !Ci.IsCi)
        {
            Skip = $"{Tarball} or {NamesTarball} is missing: npm pack cldr-core@{Version} cldr-localenames-full@{Version} --pack-destination artifacts/cldr; .ci/run fetches them";
        }
    }
}

/// <summary>Whether the tests run in CI (CI=true, as .ci/run's callers set it), where every tool is installed and nothing may skip.</summary>
internal static class Ci
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

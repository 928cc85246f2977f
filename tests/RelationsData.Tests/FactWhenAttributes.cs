using System;
using System.IO;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>A test that needs Debian's iso-codes; skipped, saying how to install it, where it is missing.</summary>
public sealed class FactWhenIsoCodesInstalledAttribute : FactAttribute
{
    public const string Json = "/usr/share/iso-codes/json";

    public FactWhenIsoCodesInstalledAttribute()
    {
        if (!File.Exists(Path.Combine(Json, "iso_3166-1.json")))
        {
            Skip = $"iso-codes is not installed ({Json} is missing): apt-get install iso-codes; .ci/run installs it";
        }
    }
}

/// <summary>A test that needs Graphviz's dot on the PATH; skipped, saying how to install it, where it is missing.</summary>
public sealed class FactWhenGraphvizInstalledAttribute : FactAttribute
{
    public FactWhenGraphvizInstalledAttribute()
    {
        if (!OnPath("dot"))
        {
            Skip = "Graphviz's dot is not on the PATH: apt-get install graphviz; .ci/run installs it";
        }
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}

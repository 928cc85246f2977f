using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace RelationsData.Package.Tests;

/// <summary>
/// The package's netstandard2.0 library, as .NET Framework 4.6.2 and 4.8 apps get it: built with the .NET SDK (reference
/// assemblies from Microsoft.NETFramework.ReferenceAssemblies), compiled at C# 7.3 with data of their own (generated at
/// C# 7.3, with DateTime queries), run under Mono (with its facades,
/// mono-devel: a 4.7.1+ app finds netstandard.dll in the framework). The same program built for net10.0 (lib/net10.0)
/// must print exactly the same.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class FrameworkAppTests(PackageFixture package)
{
    [FactWhenMonoInstalled]
    public void Net462_and_net48_apps_run_the_netstandard2_0_library_under_Mono_and_print_what_net10_0_prints()
    {
        var app = package.BuildConsumer("FrameworkApp");
        var net10 = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "FrameworkApp.dll")).ShouldSucceed().Output;
        Assert.NotEqual(".NETStandard,Version=v2.0", TargetFrameworkOf(Path.Combine(app, "bin", "Release", "net10.0", "RelationsData.dll")));

        foreach (var framework in new[] { "net462", "net48" })
        {
            var bin = Path.Combine(app, "bin", "Release", framework);
            Assert.Equal(".NETStandard,Version=v2.0", TargetFrameworkOf(Path.Combine(bin, "RelationsData.dll")));
            Assert.True(File.Exists(Path.Combine(bin, "System.Collections.Immutable.dll")), framework);
            Assert.True(File.Exists(Path.Combine(bin, "System.Memory.dll")), framework);

            var mono = DotNetCli.Run("mono", app, new Dictionary<string, string>(), Path.Combine(bin, "FrameworkApp.exe")).ShouldSucceed().Output;
            Assert.Equal(net10, mono);
        }

        var lines = net10.Split('\n');
        Assert.Equal("Azerbaijan (AZ) AZE 031, 281 countries, 31 relations", lines[0]);
        Assert.Equal("azerbaijan-palestine established 1992-04-15, 5 events", lines[1]);
        Assert.Equal("Israel–Turkey on 2015-01-01: Unknown", lines[2]); // 13:30 on that day: the date part counts
        Assert.Equal("in force on 2015-01-01: azerbaijan-israel, azerbaijan-palestine, egypt-israel, israel-jordan", lines[3]);
        Assert.Contains("NonResident InForce on 2011-06-28", lines);
        Assert.Contains("TryFind(Aserbaidschan): azerbaijan", lines);
        Assert.Contains("NameIn(ja): 30A2 30BC 30EB 30D0 30A4 30B8 30E3 30F3, NameIn(de-AT): Aserbaidschan", lines);
        Assert.Contains("Region: Asia, Western Asia (18 countries)", lines);
        Assert.Contains("Soviet Union succeeded by RU AM AZ BY EE GE KZ KG LV LT MD TJ TM UA UZ", lines);
        Assert.Contains("By id c-te-d-ivoire: cote-d-ivoire", lines);
        Assert.Contains("own data: freedonia-sylvania InForce, 3 countries, QF, 2 relations", lines);
    }

    private static string TargetFrameworkOf(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) == "TargetFrameworkAttribute")
            {
                var value = metadata.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // prolog
                return value.ReadSerializedString() ?? string.Empty;
            }
        }

        return string.Empty;
    }
}

/// <summary>
/// A test that needs Mono with its facades (apt-get install mono-runtime mono-devel: netstandard.dll is mono-devel's);
/// skipped, saying so, where either is missing, except in CI (CI=true), where .ci/run installs them.
/// </summary>
public sealed class FactWhenMonoInstalledAttribute : FactAttribute
{
    public const string NetStandardFacade = "/usr/lib/mono/4.5/Facades/netstandard.dll";

    public FactWhenMonoInstalledAttribute()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "mono")));
        if ((!onPath || !File.Exists(NetStandardFacade)) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Mono or its netstandard facade is missing: apt-get install mono-runtime mono-devel; .ci/run installs them";
        }
    }
}

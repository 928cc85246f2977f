#!/usr/bin/env bash
# The build cost of an app's own data at C# 7.3 (byte-array form) against the latest C# (u8 literals), as a real
# `dotnet build`: an app with the shipped data files as its own, its references built once, then a clean compile of the
# app alone per run, the compiler out of process (UseSharedCompilation=false) so that the csc process itself is sampled
# for its peak memory (VmHWM), which /usr/bin/time of dotnet build does not see. Usage: tools/measure-legacy-build.sh [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work=$(mktemp -d)
mkdir -p "$work/App"
echo "<Project />" > "$work/Directory.Build.props"
echo "<Project />" > "$work/Directory.Build.targets"
cat > "$work/App/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RelationsDataNamespace>Legacy.Data</RelationsDataNamespace>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include="$repo/data/**/*.json" Exclude="$repo/data/schema/**" RelationsData="true" />
    <ProjectReference Include="$repo/src/RelationsData/RelationsData.csproj" />
    <ProjectReference Include="$repo/src/RelationsData.Generator/RelationsData.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/RelationsData/build/RelationsData.props" />
</Project>
XML
echo 'internal static class Program { private static void Main() => System.Console.WriteLine(Legacy.Data.Countries.All.Length); }' > "$work/App/Program.cs"
cd "$work/App"
dotnet build -c Release -f net10.0 > "$work/first.log" 2>&1 || { cat "$work/first.log"; exit 1; }

measure() {
  local peak=0 start end pid hwm
  start=$(date +%s.%N)
  dotnet build -c Release -f net10.0 --no-restore --no-incremental -p:BuildProjectReferences=false -p:UseSharedCompilation=false \
    -p:Nullable=disable -p:LangVersion="$1" > "$work/build.log" 2>&1 &
  local build=$!
  while kill -0 "$build" 2>/dev/null; do
    for pid in $(pgrep -f "Roslyn/bincore/csc " || true); do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      if [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ]; then peak=$hwm; fi
    done
    sleep 0.05
  done
  wait "$build" || { cat "$work/build.log"; exit 1; }
  end=$(date +%s.%N)
  printf 'C# %-6s dotnet build %5.1f s, csc peak %4d MB\n' "$1" "$(echo "$end - $start" | bc)" $((peak / 1024))
}

for _ in $(seq "$runs"); do
  measure latest
  measure 7.3
done
rm -rf "$work"

#!/usr/bin/env bash
# RelationsGenerator's own time inside the compiler (csc /reportanalyzer), without the rest of a build around it: the
# app is built once at -v:d, its csc command line is taken from the log, and csc runs that command again, once per
# round and generator, with the generator's assembly swapped in. Give two generator builds to compare them, alternating.
# Beside the generator's time, csc's own wall time: work /reportanalyzer charges to the generator may be the compiler's
# (reporting a diagnostic makes it decode the assembly's SuppressMessage attributes then rather than later).
# Usage: tools/measure-generator-in-csc.sh <app directory> <rounds> <RelationsData.Generator.dll> [another .dll ...]
# e.g.   tools/measure-generator-in-csc.sh artifacts/bench/world-packed-resource/apps/relationsdata 4 \
#            /tmp/before/RelationsData.Generator.dll src/RelationsData.Generator/bin/Release/netstandard2.0/RelationsData.Generator.dll
set -euo pipefail
app=$(cd "$1" && pwd)
rounds=$2
shift 2
generators=()
for dll in "$@"; do
  generators+=("$(cd "$(dirname "$dll")" && pwd)/$(basename "$dll")")
done

work=$(mktemp -d)
cd "$app"
rm -rf bin obj out
dotnet build -c Release -o out -p:UseSharedCompilation=false -nodeReuse:false -v:d > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }

# The app's own compile is the last csc of the build; its arguments become a response file (defines hold semicolons).
command=$(grep -E '^\s+\S+/csc /noconfig' "$work/build.log" | tail -1 | sed -E 's/^\s+//')
csc=${command%% *}
echo "${command#* }" | sed -E 's|/analyzer:[^ ]*/RelationsData\.Generator\.dll|/analyzer:@GENERATOR@|' > "$work/app.rsp"
grep -q '@GENERATOR@' "$work/app.rsp" || { echo "the app's csc command line names no RelationsData.Generator.dll" >&2; exit 1; }

for round in $(seq 1 "$rounds"); do
  for generator in "${generators[@]}"; do
    sed "s|@GENERATOR@|$generator|" "$work/app.rsp" > "$work/run.rsp"
    started=$(date +%s.%N)
    report=$("$csc" @"$work/run.rsp" /reportanalyzer 2>&1)
    whole=$(echo "$(date +%s.%N) - $started" | bc)
    seconds=$(echo "$report" | awk '/RelationsData\.Generator\.RelationsGenerator/ { print $1 }')
    # The package's analyzer runs in the same csc; its time is listed apart (it reports RD0023 and the lookup checks).
    analyzer=$(echo "$report" | awk '/RelationsData\.Generator\.Keys\.LookupAnalyzer/ { print $1 }')
    echo "round $round: ${seconds:-?} s (LookupAnalyzer ${analyzer:-?} s; csc $whole s)  $generator"
  done
done
rm -rf "$work"

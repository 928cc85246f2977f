#!/usr/bin/env bash
# Builds after a one-file edit in a build node that lives on between builds (node reuse on, the default of
# `dotnet build` on a developer's machine), beside the no-data app's builds after touching Program.cs in the same way.
# Each round and build step: the nodes are shut down, one build warms a fresh node, then <edits> builds each follow an
# edit of the data file (a word put into the title of the record on its middle line); the file is restored at the end.
# Give build-step assemblies to compare them, alternating (else the app's own). Prints wall times, the step's log line
# and the resident set of the largest dotnet process (the worker node) after each edit build.
# Usage: tools/measure-warm-edit-builds.sh <app dir> <no-data app dir> <data file> <rounds> <edits> [RelationsData.Build.dll ...]
# e.g.   tools/measure-warm-edit-builds.sh artifacts/bench/world-packed-resource/apps/relationsdata \
#            artifacts/bench/world-packed-resource/apps/relationsdata-nodata \
#            artifacts/bench/world-packed/data/events/events-010.jsonl 3 3 /tmp/before/RelationsData.Build.dll \
#            src/RelationsData.Build/bin/Release/netstandard2.0/RelationsData.Build.dll
set -uo pipefail
app=$(cd "$1" && pwd)
nodata=$(cd "$2" && pwd)
file=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
rounds=$4
edits=$5
shift 5
steps=()
for dll in "$@"; do
  steps+=("$(cd "$(dirname "$dll")" && pwd)/$(basename "$dll")")
done
[ ${#steps[@]} -gt 0 ] || steps=("")

unset MSBUILDDISABLENODEREUSE
work=$(mktemp -d)
cp "$file" "$work/data.orig"
cp "$nodata/Program.cs" "$work/Program.cs.orig"
restore() { cp "$work/data.orig" "$file"; cp "$work/Program.cs.orig" "$nodata/Program.cs"; dotnet build-server shutdown > /dev/null 2>&1; rm -rf "$work"; }
trap restore EXIT

edit() {
  python3 - "$work/data.orig" "$file" "$1" <<'EOF'
import sys
original, target, word = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(original, encoding='utf-8').read().split('\n')
i = len(lines) // 2
title = lines[i].index('"title":')
start = lines[i].index('"', title + 8) + 1
lines[i] = lines[i][:start] + word + ' ' + lines[i][start:]
open(target, 'w', encoding='utf-8', newline='').write('\n'.join(lines))
EOF
}

build() {
  local started=$(date +%s.%N)
  dotnet build -c Release -o out -p:UseSharedCompilation=false -nodeReuse:true -v:d "$@" > "$work/build.log" 2>&1 || tail -5 "$work/build.log"
  echo "$(date +%s.%N) - $started" | bc
}
node_rss() { ps -o rss= -C dotnet --sort=-rss | head -1 | tr -d ' '; }

for round in $(seq 1 "$rounds"); do
  for step in "${steps[@]}"; do
    property=()
    [ -n "$step" ] && property=("-p:RelationsDataTasksAssembly=$step")
    name=${step:-"the app's build step"}
    dotnet build-server shutdown > /dev/null 2>&1
    cd "$app" && rm -rf bin obj out
    cp "$work/data.orig" "$file"
    echo "round $round, $name: first build $(build "${property[@]}") s; $(grep -o 'RelationsData: parse.*' "$work/build.log")"
    for e in $(seq 1 "$edits"); do
      edit "Edited$round$e"
      echo "round $round, $name: edit $e $(build "${property[@]}") s, node $(node_rss) kB; $(grep -o 'RelationsData: parse.*' "$work/build.log")"
    done
  done
  dotnet build-server shutdown > /dev/null 2>&1
  cd "$nodata" && rm -rf bin obj out
  echo "round $round, no-data app: first build $(build) s"
  for e in $(seq 1 "$edits"); do
    echo "// edit $e" >> Program.cs
    echo "round $round, no-data app: edit $e $(build) s, node $(node_rss) kB"
  done
  cp "$work/Program.cs.orig" Program.cs
done

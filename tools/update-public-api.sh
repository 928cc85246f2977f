#!/usr/bin/env bash
# Rewrites the declared public API to the API the library now has, per target: what every target has goes to
# src/RelationsData/PublicAPI.Shipped.txt, what only net8.0 and later have (DateOnly members) to PublicAPI/net/, what
# only netstandard2.0 has to PublicAPI/netstandard2.0/. Each target is built; what it reports as undeclared (RS0016)
# is added and what it reports as removed (RS0017) dropped. Review the diff: a removed line is a breaking change.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/RelationsData
declared() { # the lines a target declares now: the shared file and its own
  { tail -n +2 "$dir/PublicAPI.Shipped.txt"; tail -n +2 "$dir/PublicAPI/$2/PublicAPI.Shipped.txt"; } | sed '/^$/d' | LC_ALL=C sort -u > "$1"
}
api_of() { # $1 target framework, $2 its folder, $3 output: the target's whole API
  local log; log=$(mktemp)
  dotnet build "$dir/RelationsData.csproj" -c Release -f "$1" --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
  declared "$3.declared" "$2"
  local added removed
  added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)
  removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u || true)
  { cat "$3.declared"; if [ -n "$added" ]; then echo "$added"; fi; } | grep -vxF -f <(printf '%s\n' "$removed" | sed '/^$/d') | LC_ALL=C sort -u > "$3"
  echo "$1: added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true)"
  rm -f "$log" "$3.declared"
}
work=$(mktemp -d)
api_of net10.0 net "$work/net"
api_of netstandard2.0 netstandard2.0 "$work/ns"
write() { { echo '#nullable enable'; cat "$2"; } > "$1"; }
write "$dir/PublicAPI.Shipped.txt" <(LC_ALL=C comm -12 "$work/net" "$work/ns")
write "$dir/PublicAPI/net/PublicAPI.Shipped.txt" <(LC_ALL=C comm -23 "$work/net" "$work/ns")
write "$dir/PublicAPI/netstandard2.0/PublicAPI.Shipped.txt" <(LC_ALL=C comm -13 "$work/net" "$work/ns")
rm -rf "$work"
echo "review: git diff $dir/PublicAPI.Shipped.txt $dir/PublicAPI"

#!/usr/bin/env bash
# Rewrites src/RelationsData/PublicAPI.Shipped.txt to the API the library now has: adds what the build reports as
# undeclared (RS0016), drops what it reports as removed (RS0017). Review the diff: a removed line is a breaking change.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/RelationsData/PublicAPI.Shipped.txt
log=$(mktemp)
dotnet build src/RelationsData/RelationsData.csproj -c Release -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)
removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u || true)
{
  echo '#nullable enable'
  { tail -n +2 "$api"; [ -n "$added" ] && echo "$added"; } | grep -vxF -f <(printf '%s\n' "$removed" | sed '/^$/d') | LC_ALL=C sort -u
} > "$api.new"
mv "$api.new" "$api"
rm -f "$log"
echo "added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true); review: git diff $api"

#!/usr/bin/env bash
# Runs both search benchmarks (index build in bench/search, the browser here) and writes RESULTS.md.
# Needs the .NET SDK, node, /usr/bin/chromium and `npm ci --prefix themes/default`. Takes several minutes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$here/../search" && dotnet run -c Release)"
browser="$(cd "$here" && dotnet run -c Release -- "$@")"
{
  echo "# Search benchmark results"
  echo
  echo "Written by \`bash bench/search-browser/run.sh\` on $(date -u +%Y-%m-%d)."
  echo
  echo "## Index build: C# against lunr.js"
  echo
  echo "$build"
  echo
  echo "## In the browser"
  echo
  echo "$browser"
} > "$here/RESULTS.md"
cat "$here/RESULTS.md"

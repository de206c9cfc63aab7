#!/usr/bin/env bash
# Build benchmark: PeerHub against Hugo on the same synthetic N-page corpus, and the real hub.
# Usage: bench/build/run.sh [N ...]   (default: 1000 10000; RUNS=4 timed runs per build after one warm-up)
# Prints a markdown table; wall time is the median of the timed runs, peak memory the largest.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/bench/out/build"
runs="${RUNS:-4}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2" >&2; apt-get install -y "$2" >/dev/null || sudo apt-get install -y "$2" >/dev/null; }; }
need hugo hugo
[ -x /usr/bin/time ] || need /usr/bin/time time

cd "$root"
[ -f themes/default/node_modules/lunr/lunr.min.js ] || npm ci --prefix themes/default >/dev/null
# PeerHub as it ships for this machine: a Release publish for its runtime identifier, which the project
# precompiles with ReadyToRun (a RID-neutral build JIT-compiles every method of Scriban, YamlDotNet and Markdig
# at start-up, and runs the YAML load in unoptimised tier-0 code).
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
dotnet publish generator -c Release -r "$rid" --self-contained false -o "$out/peerhub-bin" -v quiet -nologo >/dev/null
dotnet build -c Release bench/build/CorpusGen -v quiet -nologo >/dev/null
peerhub="$out/peerhub-bin/peerhub.dll"
corpusgen="$root/bench/build/CorpusGen/bin/Release/net10.0/CorpusGen.dll"

# Runs a command RUNS+1 times (the first warms the file cache and is discarded); prints "median_seconds max_rss_mib".
measure() {
  local times=() rss=0 i log
  log="$(mktemp)"
  for i in $(seq 0 "$runs"); do
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
    [ "$i" -eq 0 ] && continue
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$log")")
    local kb; kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")"
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  rm -f "$log"
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')" "$((rss / 1024))"
}

echo "| N | PeerHub | Hugo | PeerHub / Hugo | PeerHub peak memory | Hugo peak memory |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  dotnet "$corpusgen" "$n" "$corpus" >&2
  read -r ph_time ph_rss < <(measure dotnet "$peerhub" build --quiet --content "$corpus/peerhub" --output "$out/site-peerhub-$n")
  read -r hu_time hu_rss < <(measure hugo --quiet --source "$corpus/hugo" --destination "$out/site-hugo-$n")
  pages_ph="$(find "$out/site-peerhub-$n" -name '*.html' | wc -l)"
  pages_hu="$(find "$out/site-hugo-$n" -name '*.html' | wc -l)"
  echo "peerhub wrote $pages_ph HTML files, hugo $pages_hu (N = $n content pages each)" >&2
  printf '| %s | %.2f s | %.2f s | %.2f | %s MiB | %s MiB |\n' "$n" "$ph_time" "$hu_time" \
    "$(awk -v a="$ph_time" -v b="$hu_time" 'BEGIN { print a / b }')" "$ph_rss" "$hu_rss"
done

# The real hub: the build time the CLI prints is in-process (after .NET start-up); take the median.
hub=()
for i in $(seq 0 "$runs"); do
  # The console wraps long lines, so join them before looking for "Built ... in N ms".
  ms="$(dotnet "$peerhub" build --content content --output "$out/site-hub" 2>&1 | tr '\n' ' ' | sed -n 's/.*Built .* in \([0-9]*\) ms.*/\1/p')"
  [ "$i" -gt 0 ] && hub+=("$ms")
done
echo
echo "Real hub (content/): $(printf '%s\n' "${hub[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') ms in-process build time (median of $runs; excludes .NET start-up)"

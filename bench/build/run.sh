#!/usr/bin/env bash
# Build benchmark: PeerHub against Hugo on the same synthetic N-page corpus, and the real hub.
# Usage: bench/build/run.sh [N ...]   (default: 1000 10000; RUNS=4 timed runs per build after one warm-up)
# Prints a markdown table; wall time is the median of the timed runs (PeerHub and Hugo in turn), peak memory the largest.
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
{ [ -f themes/default/node_modules/lunr/lunr.min.js ] && [ -f themes/default/node_modules/lunr-languages/lunr.es.js ]; } || npm ci --prefix themes/default >/dev/null
# PeerHub as a release binary for this machine, like Hugo's: a self-contained Release publish for its runtime
# identifier, which the project precompiles with ReadyToRun as one image with the .NET libraries (a RID-neutral
# build JIT-compiles every method of Scriban, YamlDotNet and Markdig at start-up). The publish takes a few minutes.
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
rm -rf "$out/peerhub-bin"
dotnet publish generator -c Release -r "$rid" --self-contained -o "$out/peerhub-bin" -v quiet -nologo >/dev/null
dotnet build -c Release bench/build/CorpusGen -v quiet -nologo >/dev/null
peerhub="$out/peerhub-bin/peerhub"
corpusgen="$root/bench/build/CorpusGen/bin/Release/net10.0/CorpusGen.dll"

# One timed run of a command: prints "seconds max_rss_kib".
run_once() {
  local log; log="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; t = s }
              /Maximum resident set size/ { r = $2 } END { print t, r }' "$log"
  rm -f "$log"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Runs PeerHub and Hugo in turn RUNS+1 times (the first pair warms the file cache and is discarded), so both see
# the same machine: this VM's CPU and disk are shared, and a quiet or busy minute would otherwise favour one.
# Prints "peerhub_median_seconds peerhub_max_rss_mib hugo_median_seconds hugo_max_rss_mib".
measure_pair() {
  local corpus="$1" n="$2" i ph=() hu=() ph_rss=0 hu_rss=0 t r
  for i in $(seq 0 "$runs"); do
    read -r t r < <(run_once "$peerhub" build --quiet --content "$corpus/peerhub" --output "$out/site-peerhub-$n")
    [ "$i" -gt 0 ] && { ph+=("$t"); [ "$r" -gt "$ph_rss" ] && ph_rss="$r"; }
    read -r t r < <(run_once hugo --quiet --source "$corpus/hugo" --destination "$out/site-hugo-$n")
    [ "$i" -gt 0 ] && { hu+=("$t"); [ "$r" -gt "$hu_rss" ] && hu_rss="$r"; }
  done
  echo "peerhub runs: ${ph[*]} s; hugo runs: ${hu[*]} s" >&2
  printf '%s %s %s %s\n' "$(printf '%s\n' "${ph[@]}" | median)" "$((ph_rss / 1024))" "$(printf '%s\n' "${hu[@]}" | median)" "$((hu_rss / 1024))"
}

echo "| N | PeerHub | Hugo | PeerHub / Hugo | PeerHub peak memory | Hugo peak memory |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  dotnet "$corpusgen" "$n" "$corpus" >&2
  read -r ph_time ph_rss hu_time hu_rss < <(measure_pair "$corpus" "$n")
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
  ms="$("$peerhub" build --content content --output "$out/site-hub" 2>&1 | tr '\n' ' ' | sed -n 's/.*Built .* in \([0-9]*\) ms.*/\1/p')"
  [ "$i" -gt 0 ] && hub+=("$ms")
done
echo
echo "Real hub (content/): $(printf '%s\n' "${hub[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') ms in-process build time (median of $runs; excludes .NET start-up)"

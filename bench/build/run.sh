#!/usr/bin/env bash
# Build benchmark: PeerHub against Hugo on the same synthetic N-page corpus, and the real hub.
# Usage: bench/build/run.sh [N ...]   (default: 1000 10000; RUNS=4 timed runs per build after one warm-up)
#        SPANISH="0 0.5" bench/build/run.sh 10000   (each N as an English-only hub and as a bilingual one, half of its
#        pages translated to Spanish; every build of every corpus runs in each round, in turn; default SPANISH=0)
#        BASE=fda2d67 bench/build/run.sh 10000   (also builds that commit, on the English corpus its own CorpusGen
#        writes, in the same rounds: "within 5% of the last figures" is then measured against the same moments of the
#        machine. CorpusGen keeps its draws when fields are added, so both corpora hold the same pages.)
# Prints a markdown table; wall and CPU time (user+sys) are the medians of the timed runs (PeerHub and Hugo in turn),
# peak memory the largest; the ratios are PeerHub's median over Hugo's.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/bench/out/build"
runs="${RUNS:-4}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
read -r -a shares <<< "${SPANISH:-0}"

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2" >&2; apt-get install -y "$2" >/dev/null || sudo apt-get install -y "$2" >/dev/null; }; }
need hugo hugo
[ -x /usr/bin/time ] || need /usr/bin/time time

cd "$root"
{ [ -f themes/default/node_modules/lunr/lunr.min.js ] && [ -f themes/default/node_modules/lunr-languages/lunr.es.js ]; } || npm ci --prefix themes/default >/dev/null
# PeerHub as a release binary for this machine, like Hugo's: a self-contained Release publish for its runtime
# identifier, which the project precompiles with ReadyToRun as one image with the .NET libraries (a RID-neutral
# build JIT-compiles every method of Scriban, YamlDotNet and Markdig at start-up). The publish takes a few minutes.
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
# REUSE_BIN=1 keeps the binary of the last run (for runs of the same commit only).
if [ "${REUSE_BIN:-0}" != 1 ] || [ ! -x "$out/peerhub-bin/peerhub" ]; then
rm -rf "$out/peerhub-bin"
dotnet publish generator -c Release -r "$rid" --self-contained -o "$out/peerhub-bin" -v quiet -nologo >/dev/null
fi
dotnet build -c Release bench/build/CorpusGen -v quiet -nologo >/dev/null
peerhub="$out/peerhub-bin/peerhub"
corpusgen="$root/bench/build/CorpusGen/bin/Release/net10.0/CorpusGen.dll"
# BASE: the commit's sources (its theme with this checkout's npm packages), its publish and its corpus generator.
base_src="$out/base-src"
if [ -n "${BASE:-}" ]; then
  rm -rf "$base_src" && mkdir -p "$base_src"
  git -C "$root" archive "$BASE" | tar -x -C "$base_src"
  ln -s "$root/themes/default/node_modules" "$base_src/themes/default/node_modules"
  rm -rf "$out/base-bin"
  dotnet publish "$base_src/generator" -c Release -r "$rid" --self-contained -o "$out/base-bin" -v quiet -nologo >/dev/null
  dotnet build -c Release "$base_src/bench/build/CorpusGen" -v quiet -nologo >/dev/null
fi

# One timed run of a command: prints "wall_seconds max_rss_kib cpu_seconds" (CPU: user + system time).
run_once() {
  local log; log="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; t = s }
              /User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { y = $2 }
              /Maximum resident set size/ { r = $2 } END { print t, r, u + y }' "$log"
  rm -f "$log"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Runs PeerHub and Hugo on every corpus of one N in turn, RUNS+1 rounds (the first warms the file cache and is
# discarded), so all builds see the same moments of this VM, whose CPU and disk are shared: a quiet or busy minute
# would otherwise favour one. Fills the arrays below with each build's timed runs, keyed "tool share".
declare -A wall cpu rss
measure_round_robin() {
  local n="$1" i share tool t r c
  for key in "${!wall[@]}"; do unset "wall[$key]" "cpu[$key]" "rss[$key]"; done
  for i in $(seq 0 "$runs"); do
    for share in "${shares[@]}"; do
      local corpus="$out/corpus-$n-$share"
      for tool in peerhub base hugo; do
        if [ "$tool" = base ]; then
          { [ -n "${BASE:-}" ] && [ "$share" = 0 ]; } || continue
          read -r t r c < <(run_once "$out/base-bin/peerhub" build --quiet --content "$out/corpus-$n-base/peerhub" \
            --theme "$base_src/themes/default" --output "$out/site-base-$n")
        elif [ "$tool" = peerhub ]; then
          read -r t r c < <(run_once "$peerhub" build --quiet --content "$corpus/peerhub" --output "$out/site-peerhub-$n-$share")
        else
          read -r t r c < <(run_once hugo --quiet --source "$corpus/hugo" --destination "$out/site-hugo-$n-$share")
        fi
        [ "$i" -eq 0 ] && continue
        wall["$tool $share"]+="$t "; cpu["$tool $share"]+="$c "
        [ "${rss["$tool $share"]:-0}" -lt "$r" ] && rss["$tool $share"]="$r"
      done
    done
  done
  return 0
}

med() { printf '%s\n' $1 | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "| N | languages | PeerHub wall | Hugo wall | wall ratio | PeerHub CPU | Hugo CPU | CPU ratio | PeerHub peak memory | Hugo peak memory |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  for share in "${shares[@]}"; do
    if awk -v s="$share" 'BEGIN { exit !(s > 0) }'; then
      dotnet "$corpusgen" "$n" "$out/corpus-$n-$share" --spanish "$share" >&2
    else
      dotnet "$corpusgen" "$n" "$out/corpus-$n-$share" >&2
    fi
  done
  if [ -n "${BASE:-}" ]; then dotnet "$base_src/bench/build/CorpusGen/bin/Release/net10.0/CorpusGen.dll" "$n" "$out/corpus-$n-base" >&2; fi
  measure_round_robin "$n"
  for share in "${shares[@]}"; do
    pages_ph="$(find "$out/site-peerhub-$n-$share" -name '*.html' | wc -l)"
    pages_hu="$(find "$out/site-hugo-$n-$share" -name '*.html' | wc -l)"
    echo "N = $n, Spanish share $share: peerhub wrote $pages_ph HTML files, hugo $pages_hu" >&2
    for tool in peerhub hugo; do echo "  $tool wall: ${wall["$tool $share"]}s; CPU: ${cpu["$tool $share"]}s" >&2; done
    languages="English"
    awk -v s="$share" 'BEGIN { exit !(s > 0) }' && languages="English and Spanish ($(awk -v s="$share" 'BEGIN { print s * 100 }')% translated)"
    pw="$(med "${wall["peerhub $share"]}")"; hw="$(med "${wall["hugo $share"]}")"
    pc="$(med "${cpu["peerhub $share"]}")"; hc="$(med "${cpu["hugo $share"]}")"
    printf '| %s | %s | %.2f s | %.2f s | %s | %.2f s | %.2f s | %s | %s MiB | %s MiB |\n' "$n" "$languages" "$pw" "$hw" "$(ratio "$pw" "$hw")" \
      "$pc" "$hc" "$(ratio "$pc" "$hc")" "$((${rss["peerhub $share"]} / 1024))" "$((${rss["hugo $share"]} / 1024))"
    if [ -n "${BASE:-}" ] && [ "$share" = 0 ]; then
      echo "  base wall: ${wall["base 0"]}s; CPU: ${cpu["base 0"]}s" >&2
      bw="$(med "${wall["base 0"]}")"; bc="$(med "${cpu["base 0"]}")"
      printf '| %s | English, %s | %.2f s | %.2f s | %s | %.2f s | %.2f s | %s | %s MiB | %s MiB |\n' "$n" "$BASE" "$bw" "$hw" "$(ratio "$bw" "$hw")" \
        "$bc" "$hc" "$(ratio "$bc" "$hc")" "$((${rss["base 0"]} / 1024))" "$((${rss["hugo 0"]} / 1024))"
    fi
  done
  if [ -n "${BASE:-}" ] && [ -n "${cpu["base 0"]:-}" ]; then echo "N = $n: this checkout's CPU is $(ratio "$(med "${cpu["peerhub 0"]}")" "$(med "${cpu["base 0"]}")") times $BASE's, its wall time $(ratio "$(med "${wall["peerhub 0"]}")" "$(med "${wall["base 0"]}")") times"; fi
done

# The real hub: the build time the CLI prints is in-process (after .NET start-up); take the median.
hub=()
for i in $(seq 0 "$runs"); do
  # The console wraps long lines, so join them before looking for "Built ... in N ms".
  # (A line may wrap after a space, so spaces are squeezed too: "... in \n2714 ms" read "in  2714 ms" and matched nothing.)
  ms="$("$peerhub" build --content content --output "$out/site-hub" 2>&1 | tr '\n' ' ' | tr -s ' ' | sed -n 's/.*Built .* in \([0-9]*\) ms.*/\1/p')"
  [ "$i" -gt 0 ] && hub+=("$ms")
done
echo
echo "Real hub (content/): $(printf '%s\n' "${hub[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') ms in-process build time (median of $runs; excludes .NET start-up)"

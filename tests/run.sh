#!/usr/bin/env bash
# Runs every test of PeerHub on a fresh machine with the .NET SDK: installs what the tests need first
# (Debian's chromium and poppler-utils for browser and PDF tests, wamerican and wspanish for the stemmer checks,
# the theme's locked npm packages, the local .NET tools), then the C# suite and the node suite, and ends with one line:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
[ -f /usr/share/dict/american-english ] || need_apt+=(wamerican)
[ -f /usr/share/dict/spanish ] || need_apt+=(wspanish)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} with apt-get..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "could not install ${need_apt[*]}; install them and run again"; echo "0 passed, 1 failed"; exit 1; }
fi

if [ -f themes/default/package-lock.json ]; then
echo "Installing the theme's locked npm packages (npm ci)..."
(cd themes/default && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# The repository's local .NET tools (.config/dotnet-tools.json: PowerShell, for the publish.ps1 test).
echo "Restoring the local .NET tools (dotnet tool restore)..."
dotnet tool restore || { echo "dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test PeerHub.sln --logger "console;verbosity=normal" 2>&1 | tee "$log"
dotnet_status=${PIPESTATUS[0]}

node_log=$(mktemp)
node_status=0
if compgen -G "tests/*-js/*.test.mjs" >/dev/null; then
  node --test tests/*-js/ 2>&1 | tee "$node_log"
  node_status=${PIPESTATUS[0]}
fi

# Totals from the runners' own summaries: "Failed: 0, Passed: 19, Skipped: 0" and node's "# pass N" / "# fail N".
passed=$(grep -hoE "Passed: +[0-9]+" "$log" | grep -oE "[0-9]+" | paste -sd+ | bc 2>/dev/null || echo 0)
failed=$(grep -hoE "Failed: +[0-9]+" "$log" | grep -oE "[0-9]+" | paste -sd+ | bc 2>/dev/null || echo 0)
node_passed=$(grep -hoE "^# pass [0-9]+" "$node_log" | grep -oE "[0-9]+" | paste -sd+ | bc 2>/dev/null || echo 0)
node_failed=$(grep -hoE "^# fail [0-9]+" "$node_log" | grep -oE "[0-9]+" | paste -sd+ | bc 2>/dev/null || echo 0)
passed=$(( ${passed:-0} + ${node_passed:-0} ))
failed=$(( ${failed:-0} + ${node_failed:-0} ))
# A runner that failed without counting a test (a build error) still counts as a failure.
if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$node_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
# The failures again at the very end, where a reader of a long log's tail will find them: each failed test's name and
# the first lines of its message (the console logger's "Failed NAME [time]" blocks, node's "not ok" lines).
if [ "$failed" -ne 0 ]; then
  echo "Failed tests:"
  awk '/^ +Failed [^ ]/ { n = 1 } /^ +(Passed|Skipped) [^ ]/ { n = 0 } n > 0 && n <= 25 { print; n++ }' "$log"
  grep -hE "^not ok " "$node_log"
fi
rm -f "$log" "$node_log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

#!/usr/bin/env pwsh
# Thin wrapper over `peerhub publish`: every step (build into a clean folder, check, deploy) is in C#.
# Examples:
#   ./publish.ps1 --to-folder /var/www/peerhub --dry-run
#   ./publish.ps1 --to-branch gh-pages
$ErrorActionPreference = 'Stop'
Push-Location $PSScriptRoot
try {
    npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    dotnet run --project generator -- publish @args
    exit $LASTEXITCODE
}
finally {
    Pop-Location
}

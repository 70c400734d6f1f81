#!/usr/bin/env bash
# Main job: restore, build everything in Release and pack CydShunt.Protocol into artifacts/packages.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build CydShunt.sln -c Release -nologo
dotnet pack CydShunt.Protocol/CydShunt.Protocol.csproj -c Release -nologo --no-build
echo "Packages:"
ls -1 artifacts/packages

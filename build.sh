#!/usr/bin/env bash
# Packaging helper: restore, build everything in Release and pack CydShunt.Protocol into artifacts/packages.
# (The main command is `dotnet run --project CydShunt.Simulator`, see README.md.)
set -euo pipefail
cd "$(dirname "$0")"
dotnet build CydShunt.sln -c Release -nologo
dotnet pack CydShunt.Protocol/CydShunt.Protocol.csproj -c Release -nologo --no-build
echo "Packages:"
ls -1 artifacts/packages

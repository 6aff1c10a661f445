#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine of this kind: installs what the tests
# need (idempotently), starts the servers they talk to on 127.0.0.1, runs the suites and prints
# one closing line "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

source scripts/lib/install-deps.sh
source scripts/lib/postgres.sh

install_deps
start_postgres
trap stop_postgres EXIT

# Kizuki's tests read the real tracker exports beside the repository; a checkout elsewhere on a
# machine of this kind still finds them in the shared folder's usual place.
if [[ -z "${KIZUKI_DEFECTS_DIR:-}" && ! -d "$root/../shared/data/defects" \
      && -d /work/shared/data/defects ]]; then
  export KIZUKI_DEFECTS_DIR=/work/shared/data/defects
fi

results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

status=0
dotnet build kura-kizuki.slnx -c Release 2>&1 | tail -n 3 || status=$?
if [[ $status -ne 0 ]]; then
  echo "build failed"
  exit $status
fi

for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=normal" || status=$?
done

python3 scripts/lib/summarize-trx.py "$results"
exit $status

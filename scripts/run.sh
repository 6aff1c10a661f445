#!/usr/bin/env bash
# Runs Kura and Kizuki together with embedded defaults, no outside server needed:
#   Kura's S3 API on 127.0.0.1:9000 and its console on 127.0.0.1:9001, serving ./data/kura,
#   with the bucket "kizuki";
#   Kizuki on 127.0.0.1:8080, storing defects in ./data/kizuki.db (SQLite) and publishing its
#   daily export to that bucket.
# Override the credentials with KURA_ROOT_USER/KURA_ROOT_PASSWORD. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

export KURA_ROOT_USER="${KURA_ROOT_USER:-kura-admin}"
export KURA_ROOT_PASSWORD="${KURA_ROOT_PASSWORD:-kura-local-secret}"
export KURA_BUCKETS="${KURA_BUCKETS:-kizuki}"
export KIZUKI_S3_ACCESS_KEY="$KURA_ROOT_USER" KIZUKI_S3_SECRET_KEY="$KURA_ROOT_PASSWORD"

mkdir -p data
dotnet build src/Kura -c Release -v quiet -nologo >/dev/null
dotnet build src/Kizuki -c Release -v quiet -nologo >/dev/null

if [[ ! -f data/kizuki.yaml ]]; then
  cat > data/kizuki.yaml <<'YAML'
store: sqlite:data/kizuki.db
time_zone: Asia/Tokyo
export:
  directory: data/exports
  s3:
    endpoint: http://127.0.0.1:9000
    bucket: kizuki
    prefix: exports/
    access_key_env: KIZUKI_S3_ACCESS_KEY
    secret_key_env: KIZUKI_S3_SECRET_KEY
schedule:
  sync: ""
  export: "0 6 * * *"
YAML
fi

dotnet src/Kura/bin/Release/net10.0/kura.dll server data/kura --address 127.0.0.1:9000 \
  --console-address 127.0.0.1:9001 &
kura=$!
trap 'kill $kura 2>/dev/null; wait $kura 2>/dev/null' EXIT

# Ready means this Kura answers: another server already on :9000 would answer too, so the
# process must also still be alive (a port in use makes it exit).
for _ in $(seq 1 100); do
  kill -0 "$kura" 2>/dev/null || { echo "Kura did not start (see its message above)." >&2; exit 1; }
  curl -fs http://127.0.0.1:9000/minio/health/ready >/dev/null && break
  sleep 0.2
done
kill -0 "$kura" 2>/dev/null || { echo "Kura did not start (see its message above)." >&2; exit 1; }

echo "Kura:   http://127.0.0.1:9000 (S3) and http://127.0.0.1:9001 (console);" \
  "access key $KURA_ROOT_USER, secret key $KURA_ROOT_PASSWORD"
echo "Kizuki: http://127.0.0.1:8080; in another shell, with KIZUKI_S3_ACCESS_KEY and" \
  "KIZUKI_S3_SECRET_KEY set to that pair:"
echo "  dotnet src/Kizuki/bin/Release/net10.0/kizuki.dll import FILE --config data/kizuki.yaml"
echo "  dotnet src/Kizuki/bin/Release/net10.0/kizuki.dll export --config data/kizuki.yaml"
dotnet src/Kizuki/bin/Release/net10.0/kizuki.dll serve --config data/kizuki.yaml --urls http://127.0.0.1:8080

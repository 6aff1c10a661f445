#!/usr/bin/env bash
# Benchmarks Kura against moto, s3rver, nginx and the disk's fdatasync rate, and prints the
# figures and the ratios Kura's targets are stated in (docs/benchmarks.md). About 10 minutes.
#
#   bench/run-kura-bench.sh [kura-bench options]     e.g. --seconds 10, --fill api
#
# Environment:
#   KURA_BENCH_WORK=DIR    scratch folder on disk (default: a new folder under /var/tmp)
#   KURA_BENCH_PEERS=DIR   reuse peers already started with `peers.sh start DIR` instead of
#                          starting (and afterwards stopping) them here
#   KURA_BENCH_KEEP=1      keep Kura's data folder and the peers' data afterwards
#   PEERS_SH=PATH          the shared peers script (default /work/shared/bench/peers.sh)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
peers_sh=${PEERS_SH:-/work/shared/bench/peers.sh}
# /var/tmp rather than /tmp, which is a RAM disk on many systems: the write figures must hit disk.
work=${KURA_BENCH_WORK:-$(mktemp -d /var/tmp/kura-bench.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
# mktemp makes the folder private; nginx's worker (another user) must read DIR/www below it.
chmod 755 "$work"
echo "work folder: $work" >&2

# Published copies, so that rebuilds in the repository during the run do not change the binaries.
echo "publishing Kura and the load generator (Release)..." >&2
dotnet publish "$repo/src/Kura" -c Release -o "$work/kura-bin" -v quiet -nologo >"$work/publish.log"
dotnet publish "$repo/bench/Kura.Bench" -c Release -o "$work/bench-bin" -v quiet -nologo >>"$work/publish.log"

peers=${KURA_BENCH_PEERS:-}
cleanup() {
  if [ -f "$work/kura.pid" ] && kill -0 "$(cat "$work/kura.pid")" 2>/dev/null; then
    kill "$(cat "$work/kura.pid")" || true
  fi
  if [ -z "${KURA_BENCH_PEERS:-}" ] && [ -n "$peers" ]; then
    "$peers_sh" stop "$peers" || true
  fi
  if [ "${KURA_BENCH_KEEP:-0}" != 1 ]; then
    rm -rf "$work/kura-data" "$work/peers/s3rver/data" "$work/peers/www"
  fi
}
trap cleanup EXIT

if [ -z "$peers" ]; then
  for port in 5000 4568 8088; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is taken: stop the other peers, or set KURA_BENCH_PEERS to their folder" >&2
      exit 1
    fi
  done
  peers="$work/peers"
  "$peers_sh" start "$peers" >&2
fi

# dd prints e.g. "1073741824 bytes (1.1 GB, 1.0 GiB) copied, 3.49 s, 307 MB/s"; bytes over
# seconds avoids depending on the unit dd picks.
disk_line=$("$peers_sh" disk "$work")
echo "disk: $disk_line" >&2
fdatasync_mbps=$(awk '{ printf "%.1f", $1 / $(NF-3) / 1e6 }' <<<"$disk_line")
# One durable 4 KiB write per call: the rate a server that fsyncs once per small PUT cannot beat.
dsync_line=$(dd if=/dev/zero of="$work/dsync.bin" bs=4k count=2000 oflag=dsync 2>&1 | tail -n 1)
rm -f "$work/dsync.bin"
echo "disk, 4 KiB O_DSYNC: $dsync_line" >&2
dsync_writes=$(awk '{ printf "%.0f", 2000 / $(NF-3) }' <<<"$dsync_line")

dotnet "$work/bench-bin/kura-bench.dll" \
  --kura-dll "$work/kura-bin/kura.dll" \
  --work "$work" \
  --peers "$peers" \
  --fdatasync-mbps "$fdatasync_mbps" \
  --dsync-writes "$dsync_writes" \
  --fill-budget 180 \
  --out "$work/results.md" \
  "$@"
echo "tables written to $work/results.md; Kura's log is $work/kura.log" >&2

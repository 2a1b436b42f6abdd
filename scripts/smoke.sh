#!/usr/bin/env bash
# The run path end to end on a throwaway database: migrate, seed, serve, request /.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
port=${SMOKE_PORT:-8765}
export DATABASE_URL="sqlite:///$dir/parallax.db"
.venv/bin/parallax serve --port "$port" >"$dir/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
fetch() {
  .venv/bin/python -c "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())" "$1"
}
for _ in $(seq 1 120); do
  if fetch "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$dir/serve.log"; echo "smoke: the server exited"; exit 1; fi
  sleep 0.5
done
page=$(fetch "http://127.0.0.1:$port/")
cat "$dir/serve.log"
for needle in "Putin–Biden video call" "Bolton"; do
  if ! grep -q "$needle" <<<"$page"; then echo "smoke: / does not list '$needle'"; exit 1; fi
done
fetch "http://127.0.0.1:$port/events/2021-12-07-putin-biden-video-call" >/dev/null
echo "smoke: OK — / lists both seed events and the event page answers"

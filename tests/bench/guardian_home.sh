#!/usr/bin/env bash
# Load benchmark: the signed-in guardian home page (GET /family) served by Carnet,
# beside nginx serving a saved copy of the same page, on the same machine, in one run.
#
#   tests/bench/guardian_home.sh
#
# Environment (all optional):
#   DURATION=15s     wrk duration of each measured run
#   WARMUP=5s        wrk duration of the warm-up run before each measured run
#   CONNECTIONS=32   open connections
#   THREADS=2        wrk threads
#   ENCODING=gzip    Accept-Encoding sent to both servers (identity: no compression)
#   NGINX_GZIP_LEVEL=6   gzip level for nginx (6 = flate2's default, which Carnet's
#                        tower-http CompressionLayer uses; nginx's own default is 1)
#   CARNET_BIN=path  use this binary instead of building target/release/carnet
#   KEEP_TMP=1       keep the temporary directory (logs, saved page, nginx config)
#
# Only 127.0.0.1 is loaded. Both servers are stopped on exit.
set -euo pipefail

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ENCODING=${ENCODING:-gzip}
NGINX_GZIP_LEVEL=${NGINX_GZIP_LEVEL:-6}
PHONE_TYPED='06 39 98 00 03'
PHONE_DIGITS=33639980003

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TMP=$(mktemp -d /tmp/carnet-bench.XXXXXX)
CARNET_PID=""
NGINX_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

cleanup() {
    local status=$?
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    if [[ -n $CARNET_PID ]] && kill -0 "$CARNET_PID" 2>/dev/null; then
        kill -TERM "$CARNET_PID" 2>/dev/null || true
        wait "$CARNET_PID" 2>/dev/null || true
    fi
    if [[ ${KEEP_TMP:-0} == 1 || $status -ne 0 ]]; then
        log "temporary files kept in $TMP"
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -----------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
    log "installing ${need[*]}"
    # Wait for another apt/dpkg run instead of failing on its lock.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_http() { # url: until it answers, 10 s at most
    for _ in $(seq 100); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 0.1
    done
    return 1
}

# --- Carnet ----------------------------------------------------------------------------
if [[ -n ${CARNET_BIN:-} ]]; then
    BIN=$CARNET_BIN
else
    log "cargo build --release (waits for the cargo lock if another build runs)"
    (cd "$ROOT" && cargo build --release --quiet)
    BIN=$ROOT/target/release/carnet
fi
[[ -x $BIN ]] || die "no binary at $BIN"

CARNET_PORT=$(free_port)
CARNET="http://127.0.0.1:$CARNET_PORT"
"$BIN" demo --db "$TMP/carnet.db" --listen "127.0.0.1:$CARNET_PORT" >"$TMP/carnet.log" 2>&1 &
CARNET_PID=$!
wait_http "$CARNET/healthz" || { cat "$TMP/carnet.log" >&2; die "Carnet did not start"; }
log "Carnet demo (pid $CARNET_PID) on $CARNET"

# --- sign in as the demo guardian ----------------------------------------------------
JAR=$TMP/cookies.txt
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
    --data-urlencode "phone=$PHONE_TYPED" --data-urlencode "delivery=sms" "$CARNET/sign-in")
[[ $status == 303 ]] || die "POST /sign-in answered $status, expected 303"
grep -q carnet_challenge "$JAR" || die "no carnet_challenge cookie after POST /sign-in"

code=""
for _ in $(seq 50); do
    code=$(curl -s "$CARNET/simulator/$PHONE_DIGITS" |
        grep -o '<p class="body"[^>]*>[^<]*</p>' | tail -n 1 | grep -oE '[0-9]{6}' | head -n 1 || true)
    [[ -n $code ]] && break
    sleep 0.2
done
[[ -n $code ]] || die "no code arrived in /simulator/$PHONE_DIGITS"

status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
    --data-urlencode "code=$code" "$CARNET/sign-in/code")
[[ $status == 303 ]] || die "POST /sign-in/code answered $status, expected 303"
SESSION=$(awk '$6 == "carnet_session" { print $7 }' "$JAR" | tail -n 1)
[[ -n $SESSION ]] || die "no carnet_session cookie after POST /sign-in/code"
log "signed in as $PHONE_TYPED"

COOKIE_HEADER="Cookie: carnet_session=$SESSION"
GZIP_HEADER="Accept-Encoding: $ENCODING"

# --- the saved copy --------------------------------------------------------------------
mkdir -p "$TMP/www" "$TMP/nginx"
status=$(curl -s -o "$TMP/www/family.html" -w '%{http_code}' -H "$COOKIE_HEADER" "$CARNET/family")
[[ $status == 200 ]] || die "GET /family answered $status, expected 200"
grep -q '<main' "$TMP/www/family.html" || die "GET /family did not return the page"
PAGE_BYTES=$(wc -c <"$TMP/www/family.html")
log "saved /family: $PAGE_BYTES bytes uncompressed"

# --- nginx -----------------------------------------------------------------------------
NGINX_PORT=$(free_port)
NGINXURL="http://127.0.0.1:$NGINX_PORT"
cat >"$TMP/nginx/nginx.conf" <<EOF
# Generated by tests/bench/guardian_home.sh
user root;
worker_processes auto;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    # hyper keeps a connection for any number of requests; nginx closes after 1000 by default.
    keepalive_requests 1000000;
    # text/html is always in gzip_types; the level matches Carnet's (flate2 default 6).
    gzip on;
    gzip_comp_level $NGINX_GZIP_LEVEL;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        # The same headers Carnet sends, so both responses weigh about the same.
        add_header Content-Security-Policy "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'" always;
        add_header X-Content-Type-Options nosniff always;
        add_header Referrer-Policy same-origin always;
        add_header Cache-Control no-store always;
        location = /family {
            types { }
            default_type text/html;
            charset utf-8;
            alias $TMP/www/family.html;
        }
    }
}
EOF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
NGINX_PID=$!
wait_http "$NGINXURL/family" || { cat "$TMP/nginx/error.log" >&2; die "nginx did not start"; }
log "nginx (pid $NGINX_PID) on $NGINXURL"

# Both must answer 200 (with gzip when asked for); note the size of each body.
gz_bytes() { # url [header...]
    local url=$1; shift
    local args=()
    for h in "$@"; do args+=(-H "$h"); done
    local out
    out=$(curl -s -o "$TMP/probe.gz" -D "$TMP/probe.headers" -w '%{http_code}' "${args[@]}" "$url")
    [[ $out == 200 ]] || die "$url answered $out"
    if [[ $ENCODING == gzip ]]; then
        grep -qi '^content-encoding: *gzip' "$TMP/probe.headers" || die "$url did not answer with gzip"
    fi
    wc -c <"$TMP/probe.gz"
}
CARNET_GZ=$(gz_bytes "$CARNET/family" "$COOKIE_HEADER" "$GZIP_HEADER")
NGINX_GZ=$(gz_bytes "$NGINXURL/family" "$COOKIE_HEADER" "$GZIP_HEADER")

# --- load ------------------------------------------------------------------------------
# CPU time (user + system, in clock ticks) used so far by these processes and their threads.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
CLK_TCK=$(getconf CLK_TCK)

run_wrk() { # name url duration pid...
    local name=$1 url=$2 duration=$3
    shift 3
    local before after
    before=$(cpu_ticks "$@")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency \
        -H "$COOKIE_HEADER" -H "$GZIP_HEADER" "$url" >"$TMP/wrk-$name.txt" 2>&1 ||
        { cat "$TMP/wrk-$name.txt" >&2; die "wrk failed against $url"; }
    after=$(cpu_ticks "$@")
    echo $((after - before)) >"$TMP/cpu-$name.txt"
    if grep -q 'Non-2xx or 3xx' "$TMP/wrk-$name.txt"; then
        cat "$TMP/wrk-$name.txt" >&2
        die "$name answered errors under load"
    fi
}

NGINX_PIDS=("$NGINX_PID" $(pgrep -P "$NGINX_PID" || true))
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up $WARMUP each)"
run_wrk carnet-warmup "$CARNET/family" "$WARMUP" "$CARNET_PID"
run_wrk carnet "$CARNET/family" "$DURATION" "$CARNET_PID"
run_wrk nginx-warmup "$NGINXURL/family" "$WARMUP" "${NGINX_PIDS[@]}"
run_wrk nginx "$NGINXURL/family" "$DURATION" "${NGINX_PIDS[@]}"

# Requests/s and latency percentiles (in ms) out of wrk's report.
rps() { awk '/^Requests\/sec:/ { print $2 }' "$TMP/wrk-$1.txt"; }
pct() { # name percent -> milliseconds
    awk -v p="$2%" '$1 == p {
        v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
        if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
        printf "%.2f", v
    }' "$TMP/wrk-$1.txt"
}
errors() { awk '/Socket errors/ { print }' "$TMP/wrk-$1.txt"; }
cpu_us() { # name -> server CPU microseconds per request
    awk -v ticks="$(cat "$TMP/cpu-$1.txt")" -v hz="$CLK_TCK" '/requests in/ { printf "%.0f", ticks * 1e6 / hz / $1 }' "$TMP/wrk-$1.txt"
}

C_RPS=$(rps carnet) N_RPS=$(rps nginx)
C50=$(pct carnet 50) C99=$(pct carnet 99) N50=$(pct nginx 50) N99=$(pct nginx 99)

echo
echo "GET /family, guardian $PHONE_TYPED: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, Accept-Encoding: $ENCODING"
echo "page $PAGE_BYTES bytes; body sent: Carnet $CARNET_GZ bytes, nginx $NGINX_GZ bytes (nginx gzip level $NGINX_GZIP_LEVEL)"
echo "$(nproc) cores shared by wrk and both servers; load average before the runs: $LOAD_BEFORE"
echo
printf '%-8s %12s %10s %10s %16s\n' server 'requests/s' 'p50 ms' 'p99 ms' 'server CPU us/req'
printf '%-8s %12.0f %10s %10s %16s\n' carnet "$C_RPS" "$C50" "$C99" "$(cpu_us carnet)"
printf '%-8s %12.0f %10s %10s %16s\n' nginx "$N_RPS" "$N50" "$N99" "$(cpu_us nginx)"
awk -v c="$C_RPS" -v n="$N_RPS" -v c99="$C99" -v n99="$N99" 'BEGIN {
    printf "\nratio carnet/nginx: throughput %.2f (target >= 0.50: %s), p99 %.2fx\n",
        c / n, (c / n >= 0.5 ? "met" : "NOT met"), c99 / n99
}'
for name in carnet nginx; do
    e=$(errors "$name")
    [[ -z $e ]] || echo "$name: $e"
done

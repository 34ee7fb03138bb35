#!/usr/bin/env bash
# The portal as a cluster on one machine, in the foreground: two WildFly nodes of the same build (standalone-ha.xml,
# port offsets 100 and 200) behind WildFly's mod_cluster load balancer on port 8080, sharing the MariaDB of
# PORTAL_DB_*. Ctrl-C (or SIGTERM) stops everything it started. Run by "mvn package -Pcluster -DskipTests"; the
# cluster tests run it too.
#
# Usage: cluster.sh <server dir> <portal.ear> <work dir> <data dir>. "kill -USR1 <its pid>" starts a stopped node again.
#   work dir: the servers' base directories (configuration, deployments, logs), made afresh at each start;
#   data dir: what outlives a start (each node's PORTAL_DATA_DIR, the generated secret key).
set -euo pipefail

server=$1 ear=$2 work=$3 data=$4
nodes=(node1 node2)
declare -A offset=([node1]=100 [node2]=200)
started=()

say() { echo "[cluster] $*"; }

if [[ "${PORTAL_DB_DRIVER:-}" != mariadb || -z "${PORTAL_DB_URL:-}" ]]; then
    say "The nodes share one MariaDB database: set PORTAL_DB_DRIVER=mariadb, PORTAL_DB_URL, PORTAL_DB_USER and"
    say "PORTAL_DB_PASSWORD (README, \"Running as a cluster\")."
    exit 2
fi

# One key for both nodes: the operator's, or one generated at the first start and kept in the data directory.
mkdir -p "$data"
if [[ -z "${PORTAL_SECRET_KEY:-}" ]]; then
    if [[ ! -s "$data/secret.key" ]]; then
        (umask 077 && head -c 32 /dev/urandom | base64 > "$data/secret.key")
        say "Generated the nodes' secret key in $data/secret.key (or set PORTAL_SECRET_KEY)"
    fi
    PORTAL_SECRET_KEY=$(tr -d '\n' < "$data/secret.key")
fi
export PORTAL_SECRET_KEY
export PORTAL_CLUSTER=true
# The balancer runs here and reaches the nodes from the loopback address; it names the real client.
export PORTAL_TRUSTED_PROXIES=127.0.0.1
export LAUNCH_JBOSS_IN_BACKGROUND=1

stop() {
    trap - INT TERM
    say "Stopping"
    for pid in "${started[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for _ in $(seq 1 60); do
        alive=0
        for pid in "${started[@]}"; do
            kill -0 "$pid" 2>/dev/null && alive=1
        done
        [[ $alive == 0 ]] && break
        sleep 1
    done
    for pidfile in "$work"/*/server.pid; do
        [[ -f "$pidfile" ]] && kill -KILL "$(cat "$pidfile")" 2>/dev/null || true
    done
    say "Stopped"
    exit 0
}
trap stop INT TERM

# A fresh base directory per server, with the configuration the build made; the node's own logs land there too.
base_dir() {
    rm -rf "${work:?}/$1"
    mkdir -p "$work/$1/deployments"
    cp -r "$server/standalone/configuration" "$work/$1/configuration"
    rm -rf "$work/$1/configuration/standalone_xml_history"
}

# A WildFly in the background, its console prefixed with its name; its Java process id lands in server.pid.
start_server() {
    local name=$1
    shift
    JBOSS_PIDFILE="$work/$name/server.pid" "$server/bin/standalone.sh" \
        -Djboss.server.base.dir="$work/$name" "$@" > >(trap '' INT; sed -u "s/^/[$name] /") 2>&1 &
    started+=($!)
}

began=$(date +%s)
base_dir balancer
start_server balancer -c standalone-load-balancer.xml

start_node() {
    mkdir -p "$data/$1"
    PORTAL_DATA_DIR="$data/$1" start_server "$1" -c standalone-ha.xml \
        -Djboss.node.name="$1" -Djboss.tx.node.id="$1" -Djboss.socket.binding.port-offset="${offset[$1]}"
}
for node in "${nodes[@]}"; do
    base_dir "$node"
    cp "$ear" "$work/$node/deployments/"
    start_node "$node"
done

# SIGUSR1 starts again a node that has stopped (killed, or crashed), in its base directory as it was.
revive() {
    for node in "${nodes[@]}"; do
        # standalone.sh removes the pid file when its server ends.
        pid=$(cat "$work/$node/server.pid" 2>/dev/null || true)
        if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
            say "Starting $node again"
            start_node "$node"
        fi
    done
}
trap revive USR1

# Ready when each node answers on its own port and the balancer reaches the portal.
ready() {
    for node in "${nodes[@]}"; do
        curl -sf -o /dev/null "http://127.0.0.1:$((8080 + offset[$node]))/api/health" || return 1
    done
    curl -sf -o /dev/null "http://127.0.0.1:8080/api/health"
}
until ready; do
    sleep 1
    if (( $(date +%s) - began > 600 )); then
        say "The cluster did not become ready within 10 minutes: see $work/*/log/server.log"
        stop
    fi
done
say "Ready after $(( $(date +%s) - began )) s at http://localhost:8080/ (nodes at :8180 and :8280). Ctrl-C stops it."

while true; do
    sleep 1 &
    wait $! || true
done

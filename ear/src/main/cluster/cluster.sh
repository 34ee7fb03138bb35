#!/usr/bin/env bash
# The portal as a cluster on one machine, in the foreground: two WildFly nodes of the same build (standalone-ha.xml,
# port offsets 100 and 200) behind WildFly's mod_cluster load balancer on port 8080, sharing the MariaDB of
# PORTAL_DB_* and one OpenSearch node on port 9200 for the search index. Ctrl-C (or SIGTERM) stops everything it started. Run by "mvn package -Pcluster -DskipTests"; the
# cluster tests run it too.
#
# Usage: cluster.sh <server dir> <portal.ear> <work dir> <data dir> <OpenSearch dir> <analysis-common jar> <java home>
# ("kill -USR1 <its pid>" starts a stopped node again).
#   work dir: the servers' base directories (configuration, deployments, logs), made afresh at each start;
#   data dir: what outlives a start (each node's PORTAL_DATA_DIR, the generated secret key).
set -euo pipefail

server=$1 ear=$2 work=$3 data=$4 opensearch_home=$5 analysis_jar=$6 java_home=$7
# The start and stop of OpenSearch the search tests use too (as an unprivileged user when run as root).
opensearch=("$(dirname "$0")/../../test/opensearch/opensearch.sh")
opensearch_port=9200
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
export PORTAL_SEARCH_BACKEND=opensearch
export PORTAL_OPENSEARCH_URL="http://127.0.0.1:$opensearch_port"
# The balancer runs here and reaches the nodes from the loopback address; it names the real client.
export PORTAL_TRUSTED_PROXIES=127.0.0.1
export LAUNCH_JBOSS_IN_BACKGROUND=1

# Stops what was started; exits with $1 (0 when asked to stop).
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
    "${opensearch[@]}" stop "$opensearch_home" "$analysis_jar" "$opensearch_port" "$java_home" || true
    say "Stopped"
    exit "${1:-0}"
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

# Another server on one of these ports (a test server, a cluster started before) would answer in the cluster's place.
for port in 8080 8090 9990 8180 10090 8280 10190 7700 7800 "$opensearch_port"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        say "Port $port is in use: stop what listens there first."
        exit 1
    fi
done

began=$(date +%s)
# The nodes' search backend answers before they start: they check it when the portal deploys. It starts with an
# empty index, which the nodes fill from the database as they start (IndexIntegrity).
"${opensearch[@]}" start "$opensearch_home" "$analysis_jar" "$opensearch_port" "$java_home" || stop 1
base_dir balancer
start_server balancer -c standalone-load-balancer.xml

start_node() {
    mkdir -p "$data/$1"
    PORTAL_DATA_DIR="$data/$1" start_server "$1" -c standalone-ha.xml \
        -Djboss.node.name="$1" -Djboss.tx.node.id="$1" -Djboss.socket.binding.port-offset="${offset[$1]}"
}
answers() {
    curl -sf -o /dev/null "$1/api/health"
}
# One node after the other: the first creates the search index and fills it from the database; two at once would
# both create it (one fails its deployment) or drop each other's.
for node in "${nodes[@]}"; do
    base_dir "$node"
    cp "$ear" "$work/$node/deployments/"
    start_node "$node"
    until answers "http://127.0.0.1:$((8080 + offset[$node]))"; do
        sleep 1
        if (( $(date +%s) - began > 600 )); then
            say "$node did not start within 10 minutes: see $work/$node/log/server.log"
            stop 1
        fi
    done
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

# Ready when the balancer reaches the portal.
until answers "http://127.0.0.1:8080"; do
    sleep 1
    if (( $(date +%s) - began > 600 )); then
        say "The balancer did not reach the nodes within 10 minutes: see $work/balancer/log/server.log"
        stop 1
    fi
done
say "Ready after $(( $(date +%s) - began )) s at http://localhost:8080/ (nodes at :8180 and :8280, OpenSearch at"\
" :$opensearch_port). Ctrl-C stops it."

while true; do
    sleep 1 &
    wait $! || true
done

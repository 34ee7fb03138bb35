#!/usr/bin/env bash
# Starts or stops the single OpenSearch node of the integration tests on PORTAL_SEARCH_BACKEND=opensearch (the ear
# module's opensearch profile): opensearch.sh start|stop <unpacked distribution> <analysis-common jar> <http port>
# <java home>. Each start begins with an empty data directory, as the test database does. OpenSearch refuses to run
# as root, so root runs it as the system user "opensearch", created when missing.
set -euo pipefail
action=$1 home=$2 analysis_jar=$3 port=$4 java_home=$5
# Root runs a copy in /tmp that the user "opensearch" owns: the checkout may lie where other users cannot read (/root).
if [ "$(id -u)" = 0 ]; then
    run_home=/tmp/leadportal-opensearch-$port
else
    run_home=$home
fi
pidfile="$run_home/opensearch.pid"

stop() {
    if [ -f "$pidfile" ]; then
        pid=$(cat "$pidfile")
        if kill "$pid" 2>/dev/null; then
            for _ in $(seq 1 60); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.5
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$pidfile"
    fi
}

# Whether the node answers its health request with 200 (bash's own TCP, so that no HTTP client is needed).
answers() {
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET /_cluster/health?wait_for_status=yellow&timeout=1s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    local status
    read -r _ status _ <&3 || true
    exec 3<&-
    [ "$status" = 200 ]
}

case "$action" in
stop)
    stop
    echo "OpenSearch stopped"
    ;;
start)
    stop
    # The language analyzers (stemmers, synonyms, edge n-grams) are the analysis-common module, which this minimal
    # distribution lacks and Maven Central has as a jar: installed as a plugin, without the scripted filters that
    # would need the Painless module.
    plugin="$home/plugins/analysis-common"
    if [ ! -f "$plugin/plugin-descriptor.properties" ]; then
        version=$(basename "$analysis_jar" .jar)
        version=${version#analysis-common-}
        mkdir -p "$plugin"
        cp "$analysis_jar" "$plugin/"
        cat >"$plugin/plugin-descriptor.properties" <<DESCRIPTOR
name=analysis-common
description=The analysis-common module, as a plugin
version=$version
opensearch.version=$version
java.version=11
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
DESCRIPTOR
    fi
    as_user=()
    if [ "$(id -u)" = 0 ]; then
        id opensearch >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin opensearch
        rm -rf "$run_home"
        cp -a "$home" "$run_home"
        chown -R opensearch "$run_home"
        as_user=(runuser -u opensearch --)
    fi
    rm -rf "$run_home/data" "$run_home/logs"
    "${as_user[@]}" mkdir -p "$run_home/data" "$run_home/logs"
    started=$(date +%s)
    "${as_user[@]}" env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
        "$run_home/bin/opensearch" -d -p "$pidfile" -E discovery.type=single-node -E network.host=127.0.0.1 \
        -E http.port="$port" -E transport.port=$((port + 100)) -E path.data="$run_home/data" \
        -E path.logs="$run_home/logs" >"$run_home/console.log" 2>&1 </dev/null
    for second in $(seq 1 180); do
        if answers 2>/dev/null; then
            echo "OpenSearch answers on port $port after $(($(date +%s) - started)) s"
            exit 0
        fi
        # The node writes its pid file early in its start and removes it when it stops.
        if [ "$second" -gt 15 ] && { [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; }; then
            echo "OpenSearch stopped while starting; its log:" >&2
            tail -n 30 "$run_home/logs/opensearch.log" "$run_home/console.log" >&2 || true
            exit 1
        fi
        sleep 1
    done
    echo "OpenSearch did not answer on port $port within 180 s; its log:" >&2
    tail -n 50 "$run_home/logs/opensearch.log" "$run_home/console.log" >&2 || true
    stop
    exit 1
    ;;
*)
    echo "usage: $0 start|stop <home> <analysis-common jar> <port> <java home>" >&2
    exit 2
    ;;
esac

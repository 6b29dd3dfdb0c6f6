#!/usr/bin/env bash
# Starts, stops and reports on the project's own embedded Neo4j (neo4j-launcher/), one instance per folder.
#   scripts/neo4j.sh start|stop|status DATA_DIR PORT
# The pid file in DATA_DIR is how `stop` knows exactly which process the project started.
set -euo pipefail

cmd=${1:?usage: neo4j.sh start|stop|status DATA_DIR PORT}
dir=${2:?data folder}
port=${3:?bolt port}
heap=${NEO4J_HEAP:-1g}
pagecache_mb=${NEO4J_PAGECACHE_MB:-256}
# Per-transaction and all-transactions memory limits (MiB) and the server's backstop timeout (s); see README.
tx_memory_mb=${NEO4J_TX_MEMORY_MB:-192}
tx_total_memory_mb=${NEO4J_TX_TOTAL_MEMORY_MB:-512}
tx_timeout_seconds=${NEO4J_TX_TIMEOUT_SECONDS:-120}
here=$(cd "$(dirname "$0")/.." && pwd)
pidfile="$dir/neo4j.pid"
log="$dir/neo4j.log"

running() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  # Check the command line too: after a reboot the old pid may belong to another program.
  kill -0 "$pid" 2>/dev/null && ps -ww -p "$pid" -o args= | grep -q "songgraph.Neo4jLauncher"
}

case "$cmd" in
  start)
    if running; then
      echo "neo4j: already running (pid $(cat "$pidfile"), bolt://127.0.0.1:$port)"
      exit 0
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "neo4j: port $port is already in use by another program; set another port (see README)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    cp_lib="$here/neo4j-launcher/target/classes:$here/neo4j-launcher/target/lib/*"
    NEO4J_HOME_DIR="$dir" NEO4J_BOLT_PORT="$port" NEO4J_PAGECACHE_MB="$pagecache_mb" \
      NEO4J_TX_MEMORY_MB="$tx_memory_mb" NEO4J_TX_TOTAL_MEMORY_MB="$tx_total_memory_mb" \
      NEO4J_TX_TIMEOUT_SECONDS="$tx_timeout_seconds" \
      nohup java "-Xmx$heap" -XX:+UseG1GC -cp "$cp_lib" songgraph.Neo4jLauncher >"$log" 2>&1 &
    echo $! >"$pidfile"
    echo "neo4j: starting (pid $!, bolt://127.0.0.1:$port, data $dir, log $log)"
    if ! NEO4J_URI="bolt://127.0.0.1:$port" "$here/.venv/bin/songgraph" wait-ready --timeout "${NEO4J_START_TIMEOUT:-180}"; then
      echo "neo4j: did not become ready; last lines of $log:" >&2
      tail -n 40 "$log" >&2 || true
      exit 1
    fi
    echo "neo4j: ready"
    ;;
  stop)
    if ! running; then
      rm -f "$pidfile"
      echo "neo4j: not running ($dir)"
      exit 0
    fi
    pid=$(cat "$pidfile")
    kill -TERM "$pid"
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "neo4j: pid $pid ignored SIGTERM for 60s; killing it" >&2
      kill -KILL "$pid" || true
    fi
    rm -f "$pidfile"
    echo "neo4j: stopped (pid $pid)"
    ;;
  status)
    if running; then echo "neo4j: running (pid $(cat "$pidfile"), $dir)"; else echo "neo4j: not running ($dir)"; exit 1; fi
    ;;
  *)
    echo "usage: neo4j.sh start|stop|status DATA_DIR PORT" >&2
    exit 2
    ;;
esac

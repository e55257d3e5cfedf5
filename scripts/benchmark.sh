#!/usr/bin/env bash
# Runs the benchmarks described in docs/performance.md, one Maven build each.
set -euo pipefail

NAMES=(trigger-poll robot-events webhook-burst timeline-read retention-purge script-engine)

usage() {
  cat <<'EOF'
Usage: scripts/benchmark.sh [--list] [NAME...] [-- MAVEN_OPTION...]

Runs the named benchmarks (default: all), one after another, each as
  mvn -B -pl <module> -am test -Dtest=<Class> -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
(-am builds the modules it needs, so no prior install is needed). Everything after
"--" goes to every Maven command as given, e.g. -Dbenchmark.seconds=60 or -o.
Each run's Maven output is also kept in <module>/target/benchmark-<NAME>.log.

  --list       print the benchmark names, one line each, and run nothing
  -h, --help   print this help

Figures, targets and options: docs/performance.md. Other work on the machine skews
the figures; the load average is printed before each run.
EOF
}

describe() {
  case "$1" in
    trigger-poll) echo "IFTTT trigger polls vs GET /health/live, 1,000,000 events in PostgreSQL, 32 connections" ;;
    robot-events) echo "robot MQTT publish to Realtime API call, steady rate then burst (private Mosquitto)" ;;
    webhook-burst) echo "1,000 fired webhooks (10% repeats) with a slow Connect API: acknowledge and drain" ;;
    timeline-read) echo "timeline reads through the persistence adapter, 1,000,000 events, 32 readers" ;;
    retention-purge) echo "the retention purge deleting 1,000,000 rolled-off trigger events while polls run" ;;
    script-engine) echo "runtime-script overhead of a 10-line async script: p50/p99 one at a time, runs/s 8 side by side" ;;
    *) return 1 ;;
  esac
}

module() {
  case "$1" in
    trigger-poll | webhook-burst | retention-purge) echo acceptance-tests ;;
    robot-events) echo bootstrap ;;
    timeline-read) echo adapters-persistence ;;
    script-engine) echo adapters-ifttt-connect ;;
  esac
}

test_class() {
  case "$1" in
    trigger-poll) echo TriggerPollBenchmark ;;
    robot-events) echo RobotEventsToRealtimeBenchmark ;;
    webhook-burst) echo WebhookBurstTest ;;
    timeline-read) echo TimelineReadBenchmark ;;
    retention-purge) echo RetentionPurgeBenchmark ;;
    script-engine) echo ScriptBenchmark ;;
  esac
}

# Options a benchmark gets before the ones after "--" (a later -D of the same name wins).
defaults() {
  case "$1" in
    robot-events) echo "-Dbench.broker=mosquitto" ;;
  esac
}

results() {
  case "$1" in
    trigger-poll)
      echo "acceptance-tests/target/trigger-poll-benchmark.md (the table);"
      echo "  acceptance-tests/target/acceptance-app.log (lines 'trigger poll benchmark', 'polls/baseline',"
      echo "  'timeline index during the polls')"
      ;;
    robot-events) echo "the line starting with 'RESULT' in bootstrap/target/benchmark-robot-events.log" ;;
    webhook-burst) echo "the line 'Webhook burst: ...' in acceptance-tests/target/acceptance-app.log" ;;
    timeline-read)
      echo "the lines 'timeline reads: ...' and 'poll transactions: ...' in"
      echo "  adapters-persistence/target/benchmark-timeline-read.log"
      ;;
    retention-purge) echo "acceptance-tests/target/retention-purge-benchmark.md (the table and the purge's rate)" ;;
    script-engine) echo "the lines 'with Meta.currentUserTime' and 'without moment' in adapters-ifttt-connect/target/benchmark-script-engine.log" ;;
  esac
}

list=false
selected=()
maven_options=()
while (($# > 0)); do
  case "$1" in
    --list) list=true ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      maven_options=("$@")
      break
      ;;
    -*)
      echo "benchmark.sh: unknown option $1 (Maven options go after --)" >&2
      usage >&2
      exit 2
      ;;
    *)
      if ! describe "$1" >/dev/null; then
        echo "benchmark.sh: no benchmark named $1 (see --list)" >&2
        exit 2
      fi
      selected+=("$1")
      ;;
  esac
  shift
done

if $list; then
  for name in "${NAMES[@]}"; do
    printf '%-16s %s\n' "$name" "$(describe "$name")"
  done
  exit 0
fi

if ((${#selected[@]} == 0)); then
  selected=("${NAMES[@]}")
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."

run() {
  local name=$1 mod cls log
  mod=$(module "$name")
  cls=$(test_class "$name")
  log="$mod/target/benchmark-$name.log"
  local command=(mvn -B -pl "$mod" -am test "-Dtest=$cls" -Dsurefire.failIfNoSpecifiedTests=false
    -Djacoco.skip=true)
  local extra
  extra=$(defaults "$name")
  if [[ -n $extra ]]; then
    command+=("$extra")
  fi
  command+=(${maven_options[@]+"${maven_options[@]}"})
  echo "== $name: $(describe "$name")"
  if [[ -r /proc/loadavg ]]; then
    echo "   load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  fi
  echo "+ ${command[*]}"
  mkdir -p "$mod/target"
  "${command[@]}" 2>&1 | tee "$log"
}

failed=()
for name in "${selected[@]}"; do
  if run "$name"; then
    echo "== $name done; results: $(results "$name")"
  else
    echo "== $name FAILED (a missed target fails the run too); results, if any: $(results "$name")"
    failed+=("$name")
  fi
done

if ((${#failed[@]} > 0)); then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi

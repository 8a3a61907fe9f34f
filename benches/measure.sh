# Shared by the analyze benchmarks (sourced, not run): needs $work (a scratch directory) and
# $RUNS. A script may define before_run (run before each timed run, e.g. to empty a cache).

median() {
  sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# measure NAME CMD...: RUNS timed runs; sets MED (wall seconds), CPU (user + system seconds,
# less sensitive than wall time to other load on a shared machine) and PEAK (KiB, the largest)
measure() {
  local name=$1 times=() cpus=() secs kb cpu r
  shift
  PEAK=0
  for ((r = 1; r <= RUNS; r++)); do
    if declare -F before_run >/dev/null; then before_run; fi
    /usr/bin/time -v -o "$work/time" "$@" >"$work/run.out" 2>"$work/run.err" || true
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/time")
    times+=("$secs")
    cpus+=("$cpu")
    ((kb > PEAK)) && PEAK=$kb
    echo "  $name run $r: ${secs}s (cpu ${cpu}s), $((kb / 1024)) MiB, $(wc -c <"$work/run.out") bytes of output" >&2
  done
  MED=$(printf '%s\n' "${times[@]}" | median)
  CPU=$(printf '%s\n' "${cpus[@]}" | median)
}

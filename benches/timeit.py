#!/usr/bin/env python3
"""Times whole commands (start-up included) and prints median, p90 and min of each.

Usage: timeit.py RUNS LABEL -- CMD ARGS... [:: LABEL -- CMD ARGS...]...
Each command runs RUNS times with its output discarded; a failing command stops the bench.
"""
import statistics
import subprocess
import sys
import time


def cases(argv):
    case = []
    for a in argv + ["::"]:
        if a == "::":
            if case:
                label, sep, cmd = case[0], case[1], case[2:]
                assert sep == "--" and cmd, f"expected LABEL -- CMD, got {case}"
                yield label, cmd
            case = []
        else:
            case.append(a)


def main():
    runs = int(sys.argv[1])
    for label, cmd in cases(sys.argv[2:]):
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p90 = times[max(int(len(times) * 0.9) - 1, 0)]
        print(f"{label}: median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms, min {times[0]:.1f} ms ({runs} runs)")


if __name__ == "__main__":
    main()

"""Runs one command and prints its wall time and peak RSS as JSON (stdlib only).

usage: measure.py COMMAND [ARG...]
Prints {"seconds": ..., "max_rss_kb": ..., "exit": ...} on the last line of stdout; the
command's own output goes to stderr so it cannot be mistaken for the measurement.
"""
import json
import resource
import subprocess
import sys
import time

start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=sys.stderr, stderr=sys.stderr)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "max_rss_kb": rss, "exit": proc.returncode}))

"""Starts `placegraph serve` on a free port and stops it with Ctrl-C (SIGINT), for the live
page's checks. Checks only: never part of placegraph."""
import os
import re
import signal
import subprocess
import time
import urllib.request


class Server:
    def __init__(self, binary, map_path, *extra):
        self.process = subprocess.Popen(
            [binary, "serve", map_path, "--port", "0", "--as-of", "2026-01-01", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"})
        line = self.process.stdout.readline()
        found = re.search(r"at (http://\S+)", line)
        if not found:
            self.process.kill()
            raise RuntimeError("serve printed no URL: %r %r" % (line, self.process.stderr.read()))
        self.url = found.group(1)
        self.base = re.match(r"http://[^/]+", self.url).group(0)

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return response.read(), dict(response.headers)

    def rss_kib(self):
        with open("/proc/%d/status" % self.process.pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return -1

    def stop(self):
        """Ctrl-C; returns the exit status and the seconds the server took to stop."""
        start = time.monotonic()
        self.process.send_signal(signal.SIGINT)
        try:
            code = self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise RuntimeError("serve did not stop within 10 s of Ctrl-C")
        return code, time.monotonic() - start

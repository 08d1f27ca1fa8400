"""How long `placegraph serve` takes from a save of the map to the new state reaching a page:
the time from writing the file to the `state` event on the event stream (the server has then
re-read, re-analysed and re-drawn the map), and to the page's two requests that follow it
answered, for SAVES saves of the Camden example (each changes one interaction's effect). Beside it, as the peer, a cold
`placegraph render` of the same map to SVG: what a facilitator re-running the drawing by hand
would wait. Prints JSON. Checks only: never part of placegraph.

Usage: reload_latency.py PLACEGRAPH_BINARY REPOSITORY_ROOT WORK_FOLDER [SAVES]"""
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from serve_process import Server  # noqa: E402

binary, root, work = sys.argv[1:4]
saves = int(sys.argv[4]) if len(sys.argv) > 4 else 20
map_path = os.path.join(work, "map.yaml")
shutil.copy(os.path.join(root, "examples/camden-estate/map.yaml"), map_path)
original = open(map_path).read()
server = Server(binary, map_path)
host, port = server.base[len("http://"):].rsplit(":", 1)
connection = http.client.HTTPConnection(host, int(port), timeout=30)
connection.request("GET", "/api/events")
stream = connection.getresponse().fp


def next_state():
    while True:
        line = stream.readline()
        if not line:
            raise RuntimeError("the event stream ended")
        if line.startswith(b"event: state"):
            return


next_state()  # the greeting
server.get("/api/map.svg")  # as a page does, so each reload draws the map again before telling pages
times, pages, rss = [], [], []
for n in range(saves):
    text = original.replace("effect: counteracting", "effect: constraining", 1) if n % 2 == 0 else original
    start = time.monotonic()
    with open(map_path, "w") as handle:
        handle.write(text)
    next_state()
    times.append((time.monotonic() - start) * 1000)
    server.get("/api/state")
    server.get("/api/map.svg")
    pages.append((time.monotonic() - start) * 1000)
    rss.append(server.rss_kib())
    time.sleep(0.15)
connection.close()
server.stop()

renders = []
for _ in range(5):
    start = time.monotonic()
    subprocess.run([binary, "render", map_path, "-o", os.path.join(work, "peer.svg")], check=True, capture_output=True)
    renders.append((time.monotonic() - start) * 1000)
median, peer = statistics.median(times), statistics.median(renders)
print(json.dumps({"saves": saves, "medianMs": round(median, 1), "maxMs": round(max(times), 1),
                  "withStateAndDrawingFetchedMedianMs": round(statistics.median(pages), 1),
                  "peerRenderMedianMs": round(peer, 1), "ratioToPeer": round(median / peer, 2),
                  "rssKiBAfterFirstSave": rss[0], "rssKiBAfterLastSave": rss[-1]}, indent=2, sort_keys=True))
sys.exit(0 if max(times) < 1000 else 1)

"""A bounded load test of `placegraph serve --edit` on loopback: LISTENERS pages listening on
the event stream while CLIENTS clients make EDITS edits at once, each a new interaction made
against the version the client last read. Every accepted edit must be in the file, every
refused one must have had a clear answer (409 with the current state), the file must validate
after each accepted edit, and the server's memory must stay flat. Prints the figures as JSON.
Checks only: never part of placegraph.

Usage: load_test.py PLACEGRAPH_BINARY REPOSITORY_ROOT WORK_FOLDER [LISTENERS CLIENTS EDITS]"""
import http.client
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
from serve_process import Server  # noqa: E402

binary, root, work = sys.argv[1:4]
listeners, clients, edits = (int(n) for n in (sys.argv[4:7] or [50, 5, 200]))
map_path = os.path.join(work, "map.yaml")
shutil.copy(os.path.join(root, "examples/camden-estate/map.yaml"), map_path)
server = Server(binary, map_path, "--edit")
host, port = server.base[len("http://"):].rsplit(":", 1)
problems = []
lock = threading.Lock()


def fail(message):
    with lock:
        problems.append(message)


def request(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


# The pages: each reads its event stream until told to stop, counting state events.
stop = threading.Event()
counts = [0] * listeners


def listen(index):
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    connection.request("GET", "/api/events")
    response = connection.getresponse()
    while not stop.is_set():
        line = response.fp.readline()
        if not line:
            break
        if line.startswith(b"event: state"):
            counts[index] += 1
        elif line.startswith(b"event: problems"):
            fail("a page was sent problems: the file did not validate at some point")
    connection.close()


threads = [threading.Thread(target=listen, args=(n,), daemon=True) for n in range(listeners)]
for thread in threads:
    thread.start()
state = json.loads(request("GET", "/api/state")[2])
request("GET", "/api/map.svg")
# Each client re-scores its own share of the map's interactions (so the map keeps its size and
# any growth in memory is the server's own), one field each time, always against the version it
# last read; edits by different clients still race for the same file.
targets = [(i["from"], i["to"]) for i in state["interactions"] if not i["mutual"]]
accepted, refused = [], []


def validate(snapshot):
    copy = os.path.join(work, "check-%d.yaml" % threading.get_ident())
    with open(copy, "wb") as handle:
        handle.write(snapshot)
    run = subprocess.run([binary, "validate", copy], capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    if run.returncode != 0:
        fail("the file did not validate after an edit: " + run.stderr.decode()[:300])


def client(number, count, tag):
    mine = targets[number::clients]
    for index in range(count):
        a, b = mine[index % len(mine)]
        status, headers, _ = request("GET", "/api/state")
        etag = headers.get("ETag")
        words = "%s client %d edit %d" % (tag, number, index)
        body = json.dumps({"because": words, "confidence": ["low", "medium", "high"][index % 3]})
        path = "/api/interactions/%s/%s" % (urllib.parse.quote(a, safe=""), urllib.parse.quote(b, safe=""))
        status, headers, answer = request("PATCH", path, body, {"Content-Type": "application/json", "If-Match": etag})
        reply = json.loads(answer)
        if status == 200:
            with lock:
                accepted.append((a, b, words))
            with open(map_path, "rb") as handle:
                validate(handle.read())
        elif status == 409 and "changed" in reply.get("error", "") and "state" in reply:
            with lock:
                refused.append((a, b, words))
        else:
            fail("edit %s -> %s got %d %s" % (a, b, status, reply))


def round_of(count, tag):
    workers = [threading.Thread(target=client, args=(n, count // clients, tag)) for n in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


# A first round warms the server up (its caches, the allocator's arenas for its threads), so the
# measured round shows growth that would go on, not a one-off.
round_of(edits // 4, "warm-up")
time.sleep(1)
rss_before = server.rss_kib()
warm_accepted = len(accepted)
del accepted[:], refused[:]
started = time.monotonic()
round_of(edits, "measured")
seconds = time.monotonic() - started
time.sleep(1)
rss_after = server.rss_kib()
# The last accepted edit of each interaction must be in the file, word for word: a later one
# replaced each earlier one only after reading it, so none was lost.
with open(map_path) as handle:
    text = handle.read()
last = {}
for a, b, words in accepted:
    last[(a, b)] = words
missing = [words for words in last.values() if "because: " + words not in text]
if missing:
    fail("%d accepted edits are not in the file: %s" % (len(missing), missing[:3]))
stop.set()
code, stop_seconds = server.stop()
if code not in (130, -2):
    fail("Ctrl-C ended the server with %s" % code)
growth = rss_after - rss_before
if growth > 40 * 1024:
    fail("the server's memory grew by %d KiB" % growth)
if len(accepted) + len(refused) != edits:
    fail("%d edits answered of %d" % (len(accepted) + len(refused), edits))
print(json.dumps({
    "listeners": listeners, "warmUpAccepted": warm_accepted, "clients": clients, "edits": len(accepted) + len(refused),
    "accepted": len(accepted), "refused": len(refused), "seconds": round(seconds, 2),
    "rssBeforeKiB": rss_before, "rssAfterKiB": rss_after, "stateEventsPerPage": min(counts) if counts else 0,
    "stopSeconds": round(stop_seconds, 2), "problems": problems,
}, indent=2, sort_keys=True))
sys.exit(1 if problems else 0)

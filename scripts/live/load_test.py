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
ids = sorted(item["id"] for item in state["items"])
written = {(i["from"], i["to"]) for i in state["interactions"]} | {(i["to"], i["from"]) for i in state["interactions"]}
pairs = [(a, b) for a in ids for b in ids if a < b and (a, b) not in written]
time.sleep(0.5)
rss_before = server.rss_kib()

accepted, refused = [], []


def validate(snapshot):
    copy = os.path.join(work, "check-%d.yaml" % threading.get_ident())
    with open(copy, "wb") as handle:
        handle.write(snapshot)
    run = subprocess.run([binary, "validate", copy], capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    if run.returncode != 0:
        fail("the file did not validate after an edit: " + run.stderr.decode()[:300])


def client(number):
    mine = pairs[number::clients][: edits // clients]
    for index, (a, b) in enumerate(mine):
        status, headers, _ = request("GET", "/api/state")
        etag = headers.get("ETag")
        body = json.dumps({"from": a, "to": b, "effect": 1 + index % 3, "because": "load client %d edit %d" % (number, index)})
        status, headers, answer = request("POST", "/api/interactions", body,
                                          {"Content-Type": "application/json", "If-Match": etag})
        reply = json.loads(answer)
        if status == 201:
            with lock:
                accepted.append((a, b))
            with open(map_path, "rb") as handle:
                validate(handle.read())
        elif status == 409 and "changed" in reply.get("error", "") and "state" in reply:
            with lock:
                refused.append((a, b))
        else:
            fail("edit %s -> %s got %d %s" % (a, b, status, reply))


started = time.monotonic()
workers = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
seconds = time.monotonic() - started
time.sleep(1)
rss_after = server.rss_kib()
final = json.loads(request("GET", "/api/state")[2])
in_file = {(i["from"], i["to"]) for i in final["interactions"]}
missing = [pair for pair in accepted if pair not in in_file]
if missing:
    fail("%d accepted edits are not in the file: %s" % (len(missing), missing[:3]))
with open(map_path) as handle:
    text = handle.read()
for a, b in accepted:
    if "from: %s" % a not in text:
        fail("accepted edit from %s is not written in the file" % a)
stop.set()
code, stop_seconds = server.stop()
if code not in (130, -2):
    fail("Ctrl-C ended the server with %s" % code)
growth = rss_after - rss_before
if growth > 40 * 1024:
    fail("the server's memory grew by %d KiB" % growth)
if len(accepted) + len(refused) != len(pairs[: edits]) and len(accepted) + len(refused) != (edits // clients) * clients:
    fail("%d edits answered of %d" % (len(accepted) + len(refused), edits))
print(json.dumps({
    "listeners": listeners, "clients": clients, "edits": len(accepted) + len(refused),
    "accepted": len(accepted), "refused": len(refused), "seconds": round(seconds, 2),
    "rssBeforeKiB": rss_before, "rssAfterKiB": rss_after, "stateEventsPerPage": min(counts) if counts else 0,
    "stopSeconds": round(stop_seconds, 2), "problems": problems,
}, indent=2, sort_keys=True))
sys.exit(1 if problems else 0)

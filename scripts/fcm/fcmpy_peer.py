"""Runs fuzzy-cognitive-map jobs through FCMpy's simulator, the independent peer that the
simulation tests and scripts/bench-simulate compare placegraph with.

    fcmpy_peer.py JOBS.json            prints {"results": [{"states": [[...], ...]}, ...]}
    fcmpy_peer.py --time JOBS.json     prints {"results": [{"steps": n, "seconds": s}, ...]}

Each job: {"ids": [...], "weights": [[w_ij, ...], ...] (row i, column j: i's effect on j),
"initial": [...], "rule": "kosko" | "modified-kosko" | "rescaled", "function": "sigmoid" |
"tanh" | "bivalent" | "trivalent", "lambda": 1, "threshold": 0.001, "maxSteps": 100}.

FCMpy (Mkhitaryan et al., "FCMpy: a python module for constructing and analyzing fuzzy
cognitive maps", PeerJ Computer Science 8:e1078, 2022) is installed with --no-deps by
scripts/setup into .build/fcm-venv. Its package __init__ imports its machine-learning
classifiers and so TensorFlow, which the simulator never uses; the simulator's own modules are
imported directly instead, from a package object that skips that __init__. Checks only: never
part of placegraph.
"""
import contextlib
import importlib.util
import json
import os
import sys
import time
import types
import warnings


def simulator():
    spec = importlib.util.find_spec("fcmpy")
    if spec is None:
        sys.exit("fcmpy_peer: FCMpy is not installed; run scripts/setup")
    package = types.ModuleType("fcmpy")
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules["fcmpy"] = package
    from fcmpy.simulator.simulator import FcmSimulator
    return FcmSimulator


RULES = {"kosko": "kosko", "modified-kosko": "mKosko", "rescaled": "rescaled"}


def run(simulate, job, pandas):
    ids = job["ids"]
    weights = pandas.DataFrame(job["weights"], index=ids, columns=ids, dtype=float)
    # FCMpy prints "The values converged ..." on standard output; keep ours clean for JSON.
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        results = simulate(initial_state=dict(zip(ids, job["initial"])), weight_matrix=weights,
                           transfer=job["function"], inference=RULES[job["rule"]], thresh=job["threshold"],
                           iterations=job["maxSteps"], l=job.get("lambda", 1))
        seconds = time.perf_counter() - start
    return results[ids].to_numpy(dtype=float).tolist(), seconds


def main():
    timing = sys.argv[1] == "--time"
    with open(sys.argv[-1]) as file:
        jobs = json.load(file)
    import pandas
    simulate = simulator().simulate
    out = []
    for job in jobs:
        states, seconds = run(simulate, job, pandas)
        out.append({"steps": len(states) - 1, "seconds": seconds} if timing else {"states": states})
    json.dump({"results": out}, sys.stdout)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reads a GraphML or GEXF file with networkx and prints its nodes and edges as JSON, so the
interchange tests can compare what another tool sees with the map placegraph wrote.
Checks only: never part of placegraph."""
import json
import sys

import networkx as nx


def main(path):
    graph = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
    nodes = {str(node): {key: value for key, value in data.items() if key != "viz"} for node, data in graph.nodes(data=True)}
    edges = []
    for source, target, data in graph.edges(data=True):
        edges.append([str(source), str(target), {key: value for key, value in data.items() if key not in ("viz", "id")}])
    edges.sort(key=lambda edge: (edge[0], edge[1]))
    json.dump({"directed": graph.is_directed(), "graph": {k: v for k, v in graph.graph.items() if isinstance(v, str)},
               "nodes": nodes, "edges": edges}, sys.stdout, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])

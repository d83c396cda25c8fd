"""Reference values for the ego indicators effective size and constraint, with networkx 2.8.

Reads the graphs in tests/fixtures/reference/*.json (written by networkx_metrics.py) and writes
tests/core/metrics/recovery/networkx-ego.json: per graph, effective_size and constraint of every
node (unweighted, undirected; NaN for isolates, written as null).

Run from the repository root:  python3 scripts/reference/networkx_ego.py
(with the system Python that has networkx 2.8).
"""
import json
import os

import networkx as nx

IN = os.path.join("tests", "fixtures", "reference")
OUT = os.path.join("tests", "core", "metrics", "recovery", "networkx-ego.json")


def number(value):
    return None if value != value else float(value)  # NaN -> null


def main():
    out = {"source": f"networkx {nx.__version__}", "graphs": {}}
    for name in sorted(os.listdir(IN)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(IN, name), encoding="utf-8") as handle:
            fixture = json.load(handle)
        graph = nx.Graph()
        graph.add_nodes_from(fixture["nodes"])
        graph.add_edges_from((u, v) for u, v, _w in fixture["edges"])
        size = nx.effective_size(graph)
        constraint = nx.constraint(graph)
        out["graphs"][fixture["name"]] = {
            "effective_size": [number(size[v]) for v in fixture["nodes"]],
            "constraint": [number(constraint[v]) for v in fixture["nodes"]],
        }
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(out, handle, indent=1)
        handle.write("\n")
    print(f"wrote {OUT}: {len(out['graphs'])} graphs")


if __name__ == "__main__":
    main()

"""Read a leadsim network file with NetworkX and print its nodes and edges as JSON (for network.test.ts)."""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
graph = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
assert graph.is_directed() and graph.is_multigraph(), type(graph)
edges = [[key, source, target, {k: v for k, v in data.items() if k != "id"}] for source, target, key, data in graph.edges(keys=True, data=True)]
print(json.dumps({"nodes": {node: data for node, data in graph.nodes(data=True)}, "edges": edges}))

"""Sobol' indices by OpenTURNS for a given design and outputs (test/sensitivity/openturns.test.ts).

Reads JSON {"design": [[...], ...], "outputs": [...], "samples": N} on stdin: rows laid out as
OpenTURNS' SobolIndicesExperiment (A, B, then E^1 ... E^k). Prints JSON with each algorithm's
first- and total-order indices.
"""
import json
import sys

import openturns as ot

data = json.load(sys.stdin)
design = ot.Sample(data["design"])
outputs = ot.Sample([[y] for y in data["outputs"]])
result = {}
for name, algorithm in [("jansen", ot.JansenSensitivityAlgorithm), ("saltelli", ot.SaltelliSensitivityAlgorithm)]:
    analysis = algorithm(design, outputs, data["samples"])
    result[name] = {"first": list(analysis.getFirstOrderIndices()), "total": list(analysis.getTotalOrderIndices())}
json.dump(result, sys.stdout)

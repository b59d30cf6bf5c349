// Test-only: reads a GraphML or GEXF file with graphology's parsers (what
// Gephi Lite uses, in Node with @xmldom/xmldom as the DOM) and prints nodes and
// edges as JSON, so the C++ tests can compare values with what repnet wrote.
//   node read_graph.cjs graphml|gexf FILE
"use strict";
const fs = require("fs");
const { MultiGraph } = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");

const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, "utf8");
// Gephi Lite's options (packages/gephi-lite/src/core/file/utils.ts).
const graph =
  format === "gexf"
    ? gexf.parse(MultiGraph, text, { allowUndeclaredAttributes: true, addMissingNodes: true })
    : graphml.parse(MultiGraph, text, { addMissingNodes: true });
const out = { type: graph.type, multi: graph.multi, attributes: graph.getAttributes(), nodes: {}, edges: [] };
graph.forEachNode((node, attributes) => {
  out.nodes[node] = attributes;
});
graph.forEachEdge((edge, attributes, source, target) => {
  out.edges.push({ key: edge, source, target, attributes });
});
process.stdout.write(JSON.stringify(out));

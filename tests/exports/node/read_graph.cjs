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
const nodeValues = {};
const edgeValues = {};
const collect = (into, attributes) => {
  for (const key in attributes) (into[key] = into[key] || []).push(attributes[key]);
};
graph.forEachNode((node, attributes) => {
  out.nodes[node] = attributes;
  collect(nodeValues, attributes);
});
graph.forEachEdge((edge, attributes, source, target) => {
  out.edges.push({ key: edge, source, target, attributes });
  collect(edgeValues, attributes);
});

// The type Gephi Lite gives each column, ported from inferFieldType in
// packages/gephi-lite/src/core/graph/fieldModel.ts (gephi/gephi-lite): booleans are tried
// before dates and dates before numbers; a column is boolean when fewer than 5% of its
// values fall outside {true, false, "true", "false", 1, 0}, a date when one format fits
// at least 10% of the values and no more than 5% fail it, a number when fewer than 1%
// are not numeric. Only the ISO date formats repnet writes are checked (Luxon's yyyy,
// yyyy-MM, yyyy-MM-dd); URL, colour, keyword and category guesses are "other".
const BOOLEAN_VALUES = new Set([true, false, "true", "false", 1, 0]);
const DATE_FORMATS = [/^\d{4}$/, /^\d{4}-\d{2}$/, /^\d{4}-\d{2}-\d{2}$/];
const errorRatio = (values, ok) => (values.length - values.filter(ok).length) / values.length;
const isNumber = (v) => typeof v === "number" || (typeof v === "string" && !isNaN(+v));
function inferType(values) {
  if (errorRatio(values, (v) => BOOLEAN_VALUES.has(typeof v === "string" ? v.trim().toLowerCase() : v)) < 0.05)
    return "boolean";
  const strings = values.slice(0, 100).map((v) => "" + v);
  const fits = DATE_FORMATS.map((f) => strings.filter((v) => f.test(v)).length);
  const best = fits.indexOf(Math.max(...fits));
  if (fits[best] >= strings.length / 10 && errorRatio(strings, (v) => DATE_FORMATS[best].test(v)) <= 0.05)
    return "date";
  if (errorRatio(values, isNumber) < 0.01) return "number";
  return "other";
}
const types = (byKey) => Object.fromEntries(Object.entries(byKey).map(([k, v]) => [k, inferType(v)]));
out.nodeFieldTypes = types(nodeValues);
out.edgeFieldTypes = types(edgeValues);
process.stdout.write(JSON.stringify(out));

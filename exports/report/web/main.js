// The page of `repnet report` (docs/report.md). Reads the payload of <script id="repnet-data"> that
// exports/report_html.cpp wrote; loads nothing else. Bundled by build.sh with esbuild.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";

const P = JSON.parse(document.getElementById("repnet-data").textContent);
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

// ---- tables of the payload -------------------------------------------------------------------------------------
function columns(t) {
  const m = {};
  t.names.forEach((n, i) => (m[n] = t.values[i]));
  return m;
}
const N = columns(P.nodes);
const E = columns(P.edges);
const ids = P.node_ids;
const n = ids.length;
const indexOf = new Map(ids.map((id, i) => [id, i]));
const label = N.label;
const type = N.type;
const cluster = N.cluster || [];
const esrc = P.edges.source;
const etgt = P.edges.target;
const m = esrc.length;
const incident = Array.from({ length: n }, () => []);
for (let e = 0; e < m; e++) {
  incident[esrc[e]].push(e);
  if (etgt[e] !== esrc[e]) incident[etgt[e]].push(e);
}
const measureNames = Object.keys((P.centrality && P.centrality.measures) || {}).filter((k) => N[k]);

// ---- colours --------------------------------------------------------------------------------------------------
// Okabe-Ito and Tableau colours: distinguishable with common colour-vision deficiencies, dark enough on white.
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#7F7F7F",
  "#B8860B", "#1F77B4", "#9467BD", "#2CA02C", "#D62728", "#17BECF", "#BCBD22", "#E377C2"];
const TYPE_COLOUR = { person: "#D55E00", prosecution: "#0072B2", court: "#7F7F7F", authority: "#000000",
  organisation: "#009E73", movement: "#CC79A7", media: "#E69F00", event: "#56B4E9", company: "#8C564B" };
const types = [...new Set(type)].sort();
const typeColour = {};
types.forEach((t, i) => (typeColour[t] = TYPE_COLOUR[t] || PALETTE[(i + 7) % PALETTE.length]));
function colourOf(v) {
  if ($("colour-by").value === "cluster") {
    const c = cluster[v];
    return c === null || c === undefined ? "#c8c8c8" : PALETTE[c % PALETTE.length];
  }
  return typeColour[type[v]];
}

// ---- the network ----------------------------------------------------------------------------------------------
const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
// Deterministic start: a sunflower spiral in node order, so the layout gives the same picture every time.
for (let v = 0; v < n; v++) {
  const r = Math.sqrt(v + 0.5) * 10;
  const a = v * 2.399963229728653;
  graph.addNode(String(v), { x: r * Math.cos(a), y: r * Math.sin(a), label: label[v], size: 3, color: "#999" });
}
for (let e = 0; e < m; e++) graph.addDirectedEdgeWithKey(String(e), String(esrc[e]), String(etgt[e]), { size: 0.6, color: "#bbb" });
// Bounded ForceAtlas2: a fixed number of iterations, fewer for big graphs, run a few at a time after the first
// paint so the page answers at once; the same data gives the same picture every time.
const iterations = n + m > 20000 ? 30 : n + m > 3000 ? 100 : 200;
const chunk = n + m > 20000 ? 1 : 10;
let layoutDone = 0;
let layoutMs = 0;
const fa2Settings = n > 1 ? forceAtlas2.inferSettings(graph) : null;
if (fa2Settings) fa2Settings.barnesHutOptimize = n > 1000;
function layoutNote() {
  $("layout-note").textContent = `Layout: ForceAtlas2, ${layoutDone} of ${iterations} iterations from a fixed start ` +
    `(${layoutMs} ms). Drag to pan, scroll or pinch to zoom, click a node for its dossier.`;
}
function layoutStep() {
  const t0 = performance.now();
  if (fa2Settings && layoutDone < iterations) forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - layoutDone), settings: fa2Settings });
  layoutDone = Math.min(iterations, layoutDone + chunk);
  layoutMs += Math.round(performance.now() - t0);
  layoutNote();
  if (layoutDone < iterations) setTimeout(layoutStep, 0);
  else window.repnetReport.layoutDone = true;
}

let sizeValues = new Float64Array(n).fill(1);
function computeSizes() {
  const name = $("size-by").value;
  const col = N[name] || [];
  let max = 0;
  for (let v = 0; v < n; v++) max = Math.max(max, Number(col[v]) || 0);
  const small = n > 2000 ? 1.5 : 3;
  const big = n > 2000 ? 12 : 18;
  for (let v = 0; v < n; v++) {
    const x = max > 0 ? (Number(col[v]) || 0) / max : 0;
    sizeValues[v] = small + (big - small) * Math.sqrt(x);
  }
}
function restyle() {
  computeSizes();
  graph.forEachNode((k, attrs) => {
    const v = Number(k);
    attrs.color = colourOf(v);
    attrs.size = sizeValues[v];
  });
  renderer && renderer.refresh();
  drawLegend();
}
const sizeSel = $("size-by");
for (const name of measureNames) sizeSel.append(el("option", { value: name }, name));
if (measureNames.includes("degree")) sizeSel.value = "degree";

// The date slider: the world as of a date hides relations dated after it and nodes that only appear later.
const edgeDate = E.date || [];
const dates = [...new Set(edgeDate.filter((d) => d))].sort();
const slider = $("as-of");
slider.max = String(dates.length);
slider.value = String(dates.length);
function asOf() {
  const i = Number(slider.value);
  return i >= dates.length ? null : dates[i];
}
function updateAsOfLabel() {
  const d = asOf();
  $("as-of-label").textContent = d === null ? "all dates" : d;
  slider.setAttribute("aria-valuetext", d === null ? "all dates" : d);
}
const nodeStart = N.start || [];
let hiddenNode = new Uint8Array(n);
let hiddenEdge = new Uint8Array(m);
function applyAsOf() {
  const d = asOf();
  hiddenNode = new Uint8Array(n);
  hiddenEdge = new Uint8Array(m);
  if (d !== null) {
    const visibleTie = new Uint8Array(n);
    for (let e = 0; e < m; e++) {
      if (edgeDate[e] && edgeDate[e] > d) hiddenEdge[e] = 1;
      else visibleTie[esrc[e]] = visibleTie[etgt[e]] = 1;
    }
    for (let v = 0; v < n; v++) if ((nodeStart[v] && nodeStart[v] > d) || (!visibleTie[v] && incident[v].length)) hiddenNode[v] = 1;
  }
  updateAsOfLabel();
  renderer && renderer.refresh();
}

let selected = -1;
let renderer = null;
const container = $("graph");
try {
  renderer = new Sigma(graph, container, {
    labelRenderedSizeThreshold: n > 2000 ? 14 : 8,
    labelColor: { color: "#111" },
    nodeReducer: (k, attrs) => {
      const v = Number(k);
      if (hiddenNode[v]) return { ...attrs, hidden: true };
      if (v === selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 1 };
      return attrs;
    },
    edgeReducer: (k, attrs) => (hiddenEdge[Number(k)] ? { ...attrs, hidden: true } : attrs),
  });
  renderer.on("clickNode", ({ node }) => openDossier(Number(node), true));
} catch (err) {
  container.replaceChildren(el("p", { class: "note" }, "The network needs WebGL, which this browser does not offer: " + err.message));
}
$("colour-by").addEventListener("change", restyle);
sizeSel.addEventListener("change", restyle);
slider.addEventListener("input", applyAsOf);

function drawLegend() {
  const ul = $("legend");
  ul.replaceChildren();
  if ($("colour-by").value === "type") {
    for (const t of types) ul.append(el("li", {}, el("span", { class: "swatch", style: `background:${typeColour[t]}` }), t));
  } else {
    ul.append(el("li", {}, "Colour = co-prosecution cluster (see the clusters table); grey = not a person or in no cluster"));
  }
}
restyle();
applyAsOf();

// ---- search ---------------------------------------------------------------------------------------------------
// The query goes through the same levels as names/name_key.hpp: letters transliterated (the table is ICU's output
// per letter, exported by repnet), tokens split, variant rules applied in order, doubled letters collapsed, stems.
const S = P.search;
function toAscii(text) {
  let out = "";
  for (const ch of text.toLowerCase()) out += S.letters[ch] !== undefined ? S.letters[ch] : S.letters[ch.toUpperCase()] ?? ch;
  return out.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}
function variant(t) {
  if (/[0-9]/.test(t)) return t;
  for (const [from, to] of S.variant_rules) t = t.split(from).join(to);
  return t.replace(/(.)\1+/g, "$1");
}
function stem(t) {
  for (const end of ["uli", "kizi"]) if (t.length >= end.length + 4 && t.endsWith(end)) return t.slice(0, -end.length);
  for (const end of ["ovich", "evich", "ovna", "evna", "ova", "eva", "ov", "ev"]) if (t.length >= end.length + 4 && t.endsWith(end)) return t.slice(0, -end.length);
  return t;
}
function tokens(text) {
  return toAscii(text).replace(/'/g, "").split(/[^a-z0-9]+/).filter((t) => t);
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2 = [], prev = [], cur = [];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
const nodeKeys = S.keys.map((k) => (k ? k.split(" ") : []));
function tokenScore(q, keys, last) {
  let best = 0;
  const allowed = q.length >= 8 ? 2 : q.length >= 5 ? 1 : 0;
  const qs = stem(q);
  for (const k of keys) {
    if (k === q || k === qs) return 1;
    if (last && q.length >= 2 && k.startsWith(q)) best = Math.max(best, 0.8);
    else if (allowed && editDistance(q, k, allowed) <= allowed) best = Math.max(best, 0.6);
  }
  return best;
}
function search(text) {
  const qs = tokens(text).map(variant).filter((t) => !["uli", "kizi", "ogli"].includes(t));
  if (!qs.length) return [];
  const hits = [];
  for (let v = 0; v < n; v++) {
    let score = 0;
    let ok = true;
    for (let i = 0; i < qs.length && ok; i++) {
      const s = tokenScore(qs[i], nodeKeys[v], i === qs.length - 1);
      if (s === 0) ok = false;
      score += s;
    }
    if (ok) hits.push([score / qs.length + (type[v] === "person" ? 0.01 : 0), v]);
  }
  hits.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return hits.slice(0, 20);
}
const results = $("search-results");
function showResults() {
  const hits = search($("search").value);
  results.replaceChildren(...hits.map(([, v]) =>
    el("li", {}, el("button", { type: "button", "data-node": ids[v], onclick: () => openDossier(v, true) },
      `${label[v]} (${type[v]})`))));
  if (!hits.length && $("search").value.trim()) results.append(el("li", { class: "note" }, "No match."));
}
$("search").addEventListener("input", showResults);
$("search").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter") {
    const first = results.querySelector("button");
    if (first) first.click();
  } else if (ev.key === "ArrowDown") {
    const first = results.querySelector("button");
    if (first) { first.focus(); ev.preventDefault(); }
  }
});

// ---- dossier --------------------------------------------------------------------------------------------------
function nodeLink(v) {
  return el("button", { type: "button", class: "link", onclick: () => openDossier(v, true) }, label[v]);
}
function nodeLinkById(id, name) {
  const v = indexOf.get(id);
  return v === undefined ? name : nodeLink(v);
}
function cite(sources, notes) {
  return el("span", { class: "cite" }, sources ? `[${sources}]` : "[no source]", notes ? ` ${notes}` : "");
}
function fmt(x) {
  return typeof x === "number" ? (Number.isInteger(x) ? String(x) : x.toPrecision(4)) : x ?? "";
}
function table(head, rows) {
  return el("div", { class: "table-wrap" }, el("table", {},
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", typeof c === "number" ? { class: "num" } : {}, typeof c === "number" ? fmt(c) : c)))))));
}

// The severity ladder as a step line: each dated action a dot at its rank, in time order.
function ladder(events) {
  const dated = events.filter((e) => e.date);
  if (dated.length === 0) return null;
  const W = 900, H = 220, L = 170, R = 20, T = 10, B = 30;
  const day = (d) => Date.parse(d.length === 4 ? d + "-07-01" : d.length === 7 ? d + "-15" : d);
  const xs = dated.map((e) => day(e.date));
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const ranks = new Map();
  for (const e of events) ranks.set(e.rank, e.severity);
  const maxRank = Math.max(1, ...events.map((e) => e.rank));
  const X = (t) => L + (x1 > x0 ? ((t - x0) / (x1 - x0)) * (W - L - R) : (W - L - R) / 2);
  const Y = (r) => T + (1 - r / maxRank) * (H - T - B);
  const svgNS = "http://www.w3.org/2000/svg";
  const s = (tag, attrs, text) => {
    const e = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const svg = s("svg", { class: "ladder", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Actions on the severity ladder over time" });
  for (const [r, name] of [...ranks].sort((a, b) => a[0] - b[0])) {
    svg.append(s("line", { x1: L, x2: W - R, y1: Y(r), y2: Y(r), stroke: "#ddd" }));
    svg.append(s("text", { x: L - 6, y: Y(r) + 4, "text-anchor": "end", "font-size": 12, fill: "#333" }, `${r} ${name}`));
  }
  let path = "";
  dated.forEach((e, i) => { path += `${i ? "L" : "M"}${X(xs[i]).toFixed(1)},${Y(e.level_after ?? e.rank).toFixed(1)}`; });
  svg.append(s("path", { d: path, fill: "none", stroke: "#0b4f9c", "stroke-width": 1.5 }));
  dated.forEach((e, i) => {
    const c = s("circle", { cx: X(xs[i]), cy: Y(e.rank), r: 5, fill: "#D55E00", stroke: "#111" });
    c.append(s("title", {}, `${e.date} ${e.severity} (${e.edge.relation}) [${e.edge.sources}]`));
    svg.append(c);
  });
  svg.append(s("text", { x: L, y: H - 8, "font-size": 12, fill: "#333" }, dated[0].date));
  svg.append(s("text", { x: W - R, y: H - 8, "font-size": 12, fill: "#333", "text-anchor": "end" }, dated[dated.length - 1].date));
  return svg;
}

function openDossier(v, focus) {
  selected = v;
  renderer && renderer.refresh();
  const box = $("dossier");
  const parts = [el("h2", { id: "dossier-h" }, `Dossier: ${label[v]}`)];
  const facts = [["Type", type[v]], ["Id", ids[v]]];
  for (const k of ["aliases", "start", "end", "prosecution_kind", "articles", "opened", "decided", "outcome", "sentence", "severity"])
    if (N[k] && N[k][v] !== null && N[k][v] !== "") facts.push([k.replace(/_/g, " "), N[k][v]]);
  if (cluster[v] !== null && cluster[v] !== undefined) facts.push(["Cluster", String(cluster[v])]);
  for (const k of measureNames) if (N[k][v] !== null) facts.push([k, fmt(N[k][v])]);
  if (N.sources && N.sources[v]) facts.push(["Sources", cite(N.sources[v], N.notes ? N.notes[v] : "")]);
  parts.push(el("dl", { class: "facts" }, facts.map(([k, x]) => [el("dt", {}, k), el("dd", {}, x)])));

  const tl = P.timelines[String(v)];
  if (tl) {
    parts.push(el("h3", {}, "Timeline of actions"));
    parts.push(el("p", { class: "note" }, `Peak: ${tl.peak_severity ?? tl.peak ?? "none"}` +
      (tl.peak_date ? ` on ${tl.peak_date}` : "") + `; ${tl.escalation_steps} escalation steps, ${tl.de_escalations} de-escalations.`));
    const all = [...(tl.events || []), ...(tl.undated || [])];
    const chart = ladder(tl.events || []);
    if (chart) parts.push(chart);
    parts.push(el("div", { id: "timeline" }, table(["Date", "Action", "Severity", "By", "Citation"],
      all.map((e) => [e.date || "undated", e.edge.relation, el("span", { class: "sev" }, `${e.severity} (${e.rank})`),
        nodeLinkById(e.actor.id, e.actor.name), cite(e.edge.sources, e.edge.notes)]))));
  }
  // Prosecutions and co-defendants.
  const cases = [];
  for (const e of incident[v]) {
    const o = esrc[e] === v ? etgt[e] : esrc[e];
    if (type[o] === "prosecution" && !cases.includes(o)) cases.push(o);
  }
  if (type[v] === "prosecution") cases.push(v);
  if (cases.length) {
    parts.push(el("h3", {}, "Prosecutions"));
    parts.push(table(["Case", "Outcome", "Co-defendants", "Citation"], cases.map((c) => {
      const co = [];
      for (const e of incident[c]) {
        const o = esrc[e] === c ? etgt[e] : esrc[e];
        if (o !== v && type[o] === "person" && E.type[e] === "defendant_in" && !co.includes(o)) co.push(o);
      }
      return [nodeLink(c), (N.outcome && N.outcome[c]) || "", co.length ? co.flatMap((o, i) => [i ? ", " : "", nodeLink(o)]) : "—",
        cite(N.sources ? N.sources[c] : "", "")];
    })));
  }
  parts.push(el("h3", {}, `Ties (${incident[v].length})`));
  parts.push(table(["Relation", "With", "Date", "Citation"], incident[v].map((e) => {
    const out = esrc[e] === v;
    const o = out ? etgt[e] : esrc[e];
    return [out ? E.type[e] : `${E.type[e]} (by)`, nodeLink(o), edgeDate[e] || "", cite(E.sources ? E.sources[e] : "", E.notes ? E.notes[e] : "")];
  })));
  box.replaceChildren(...parts);
  if (focus) box.focus();
}

// ---- at risk --------------------------------------------------------------------------------------------------
function renderAtRisk() {
  const R = P.at_risk || {};
  const body = $("at-risk-body");
  // The people section of the at-risk list ({candidates, excluded, ranking: [...]}); older outputs had one ranking.
  const section = R.people && !Array.isArray(R.people) ? R.people : R;
  const ranking = section.ranking || (Array.isArray(R.people) ? R.people : []);
  const model = R.model || {};
  body.append(el("p", { class: "note" }, `${model.method || "at-risk model"}; ${section.candidates ?? ranking.length} candidates, ` +
    `${R.seeds ?? "?"} seed actions${model.as_of ? `, as of ${model.as_of}` : ""}. Each entry says whose recent actions flow to it, and over which ties.`));
  const ol = el("ol", { id: "at-risk-list" });
  for (const x of ranking) {
    const node = x.node || x.person || {};
    const because = (x.because || []).map((b) => el("li", {},
      b.neighbour ? nodeLinkById(b.neighbour.id, b.neighbour.name) : "",
      b.share !== undefined ? ` (${(100 * b.share).toFixed(0)}% of the score)` : "",
      b.via ? [" via ", nodeLinkById(b.via.id, b.via.name)] : "",
      (b.ties || []).map((t) => el("div", { class: "cite" }, `${t.relation}${t.date ? " " + t.date : ""} [${t.sources}] ${t.notes || ""}`)),
      (b.hits || []).map((h) => el("div", { class: "cite" }, `action: ${h.relation} ${h.date || "undated"} ${h.severity || ""} [${h.sources}] ${h.notes || ""}`)),
      b.explanation || b.text || ""));
    ol.append(el("li", {}, nodeLinkById(node.id, node.name), ` (${node.type}), score ${fmt(x.score)}`,
      x.explanation ? el("p", {}, x.explanation) : "",
      because.length ? el("details", {}, el("summary", {}, "Why"), el("ul", {}, because)) : ""));
  }
  body.append(ol);
}

// ---- clusters -------------------------------------------------------------------------------------------------
function renderClusters() {
  const C = P.clusters || {};
  const body = $("clusters-body");
  body.append(el("p", { class: "note" }, `${C.algorithm || ""} on the ${C.view || ""} network, modularity ${fmt(C.modularity)}, ` +
    `${C.count ?? (C.clusters || []).length} clusters among ${C.nodes ?? "?"} people.`));
  const list = (xs) => (xs || []).flatMap((x, i) => [i ? ", " : "", nodeLinkById(x.id, x.name)]);
  body.append(table(["#", "Size", "Members", "Prosecutions", "Peak severity", "Dates"],
    (C.clusters || []).filter((c) => c.size > 1).map((c) => [c.cluster, c.size, list(c.members), list(c.prosecutions),
      c.peak_severity || "", `${c.first_date || ""} – ${c.last_date || ""}`])));
}

// ---- methods --------------------------------------------------------------------------------------------------
const MEASURES = {
  degree: "number of distinct neighbours",
  strength: "number of ties, parallel relations counted",
  betweenness: "share of shortest paths passing through the node (a broker between groups)",
  closeness: "inverse mean distance to the nodes it can reach",
  harmonic: "mean inverse distance to every other node",
  pagerank: "PageRank: importance from being tied to important nodes",
  eigenvector: "eigenvector centrality: ties to well-connected nodes",
  katz: "Katz centrality: walks of every length, longer walks discounted",
  hits_hub: "HITS hub score",
  hits_authority: "HITS authority score",
  coreness: "k-core number: the densest core the node belongs to",
  clustering: "local clustering coefficient",
};
function renderMethods() {
  const body = $("methods-body");
  const rows = Object.entries(P.centrality.measures).map(([k, x]) =>
    [k, MEASURES[k] || "", x.converged === undefined ? "exact" : `${x.converged ? "converged" : "NOT converged"} in ${x.iterations} iterations`]);
  body.append(el("h3", {}, "Measures"), el("p", {}, `Computed on the ${P.centrality.view}.`), table(["Measure", "Meaning", "Computation"], rows));
  const C = P.clusters || {};
  body.append(el("h3", {}, "Clusters"), el("p", {}, `${C.algorithm}, ${C.quality_function}, resolution ${C.resolution}, seed ${C.seed}, ` +
    `${C.iterations} iterations (${C.converged ? "converged" : "not converged"}), links: ${C.links || "co-prosecution"}, weighting: ${C.weighting}.`));
  const model = (P.at_risk || {}).model || {};
  body.append(el("h3", {}, "At risk"), el("p", {}, Object.entries(model).map(([k, x]) => `${k}: ${x}`).join("; ")));
  body.append(el("h3", {}, "Search"), el("p", {}, `Names are matched by repnet's keys (docs/names.md): ICU transliteration ` +
    `"${S.transliterator}", the regional variant rules (${S.variant_rules.map((r) => r.join("→")).join(", ")}), doubled letters, ` +
    "patronymic and surname endings, and small spelling errors."));
  const sum = P.summary || {};
  const checksum = document.querySelector('meta[name="repnet-payload-sha256"]').content;
  body.append(el("h3", {}, "Data"), el("dl", { class: "facts" },
    el("dt", {}, "Dataset"), el("dd", {}, String(P.dataset ?? "")),
    el("dt", {}, "Graph"), el("dd", {}, `${sum.nodes} nodes, ${sum.edges} relations, ${sum.components} components`),
    el("dt", {}, "Dates"), el("dd", {}, `${sum.first_date || "?"} to ${sum.last_date || "?"}`),
    el("dt", {}, "Payload SHA-256"), el("dd", {}, el("code", { id: "checksum" }, checksum)),
  ), el("p", { class: "note" }, "The checksum is of the text of the page's <script id=\"repnet-data\"> element; " +
    "two pages with the same checksum show the same data."));
}

$("title").textContent = `repnet report: ${P.dataset}`;
document.title = `repnet report: ${P.dataset}`;
$("subtitle").textContent = `${n} nodes, ${m} relations. Every fact cites its source report and paragraph.`;
renderAtRisk();
renderClusters();
renderMethods();
window.repnetReport = { ready: true, layoutDone: false, nodes: n, edges: m, layoutMs: () => layoutMs };
setTimeout(layoutStep, 0);
document.documentElement.dataset.ready = "true";

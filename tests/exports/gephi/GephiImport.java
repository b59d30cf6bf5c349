// A test-only transcription of how Gephi (0.10, github.com/gephi/gephi at
// 8821311e) imports GraphML and GEXF files with its default import settings,
// printing what Gephi would hold as JSON. Run as
//   java [-cp woodstox-core.jar:stax2-api.jar] GephiImport.java graphml|gexf FILE
// It uses XMLInputFactory.newInstance() exactly as the importers do, so it
// runs on the JDK's own StAX parser or, with Woodstox on the class path (Gephi
// ships woodstox-core 6.4.0 in its ImportPlugin module), on Woodstox.
//
// Followed, with line numbers of that commit:
//  - ImporterGraphML.java 113-136: property associations. Node keys whose id,
//    else attr.name, is label/nodelabel, x/y/z, xpos/ypos/zpos, size, r/g/b,
//    color become visual properties; edge keys label/edgelabel, weight,
//    "Edge Weight", r/g/b, color likewise (617-635). A property is not a column.
//  - 282-316, 511-528: <data> text is the concatenation of the CHARACTERS and
//    CDATA events for which isWhiteSpace() is false; an empty result sets
//    nothing (318, 530).
//  - 432-451: the <edge label="..."> attribute, trimmed, is the edge type.
//  - 536: an edge weight is Float.parseFloat (after ',' -> '.').
//  - 690-768: attr.type mapping; a column whose id exists already (the container
//    looks ids up lower-cased, ImportContainerImpl 570-585) is dropped.
//  - graphstore AttributeUtils.parse 369-411: "" and "null" (any case) are no
//    value; booleans "1"/"0" are true/false, else Boolean.valueOf.
//  - ImportContainerImpl.addEdge 257-263: an edge whose id exists is dropped.
//  - DefaultProcessor 174-245: edges with the same source, target and type
//    (unordered pair for undirected edges) are merged unless the strategy is
//    "Don't merge"; the default strategy is Sum (ImportContainerParameters 58):
//    weights add up and the later edge's attributes overwrite (AbstractProcessor
//    289-291).
//  - ImporterGEXF.java 232-259: <meta><description> keeps the text of the last
//    non-whitespace CHARACTERS event (CDATA events are not looked at);
//    826-906: edge weight (Float.parseFloat), label, kind (the edge type);
//    attvalues by attribute id; spells parsed with graphstore's DATE_TIME_PARSER
//    (AttributeUtils 232-242): a date is 00:00 UTC of that day.
import java.io.FileReader;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.*;
import javax.xml.stream.*;

public class GephiImport {
    static final Set<String> NODE_PROPS = Set.of("label", "nodelabel", "x", "y", "z", "xpos", "ypos", "zpos", "size", "r", "g", "b", "color");
    static final Set<String> EDGE_PROPS = Set.of("label", "edgelabel", "weight", "Edge Weight", "r", "g", "b", "color");

    static final class Column { String id, title, type; }
    static final class Element {
        String id, label, source, target, type;
        double weight = 1.0;
        boolean hasWeight;
        int merged = 1;
        double spellStart = Double.NaN, spellEnd = Double.NaN;
        final Map<String, Object> values = new LinkedHashMap<>();  // by column title
    }

    final Map<String, Column> nodeColumns = new LinkedHashMap<>(), edgeColumns = new LinkedHashMap<>();  // lower-cased id
    final Map<String, String> nodeProps = new HashMap<>(), edgeProps = new HashMap<>();  // key id -> property
    final Map<String, Element> nodes = new LinkedHashMap<>();
    final List<Element> edgeDrafts = new ArrayList<>();
    final Set<String> edgeIds = new HashSet<>();
    final List<String> issues = new ArrayList<>();
    String description;
    boolean undirectedDefault;
    XMLStreamReader r;

    // graphstore AttributeUtils.parse
    static Object parse(String str, String type) {
        if (str == null || str.isEmpty() || str.equalsIgnoreCase("null")) return null;
        switch (type) {
            case "long": return Long.valueOf(str);
            case "int": case "integer": return Long.valueOf(Integer.valueOf(str));
            case "double": return Double.valueOf(str);
            case "float": return (double) Float.valueOf(str);
            case "boolean": case "bool":
                if (str.length() == 1 && str.charAt(0) == '1') return Boolean.TRUE;
                if (str.length() == 1 && str.charAt(0) == '0') return Boolean.FALSE;
                return Boolean.valueOf(str);
            default: return str;
        }
    }

    static final DateTimeFormatter DATE_TIME_PARSER = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendOptional(DateTimeFormatter.ISO_DATE).appendOptional(DateTimeFormatter.ofPattern("yyyyMMdd"))
        .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_TIME).optionalEnd()
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
        .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
        .toFormatter().withZone(ZoneOffset.UTC);

    static double parseDateTime(String s) { return (double) DATE_TIME_PARSER.parse(s, Instant::from).toEpochMilli(); }

    String attr(String name) {
        for (int i = 0; i < r.getAttributeCount(); i++)
            if (r.getAttributeLocalName(i).equalsIgnoreCase(name)) return r.getAttributeValue(i);
        return null;
    }

    // The text of an element as Gephi's GraphML importer collects it.
    String gephiText(String endName) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        while (r.hasNext()) {
            int t = r.next();
            if ((t == XMLStreamConstants.CHARACTERS || t == XMLStreamConstants.CDATA) && !r.isWhiteSpace()) value.append(r.getText());
            else if (t == XMLStreamConstants.END_ELEMENT && r.getLocalName().equalsIgnoreCase(endName)) break;
        }
        return value.toString();
    }

    void graphmlKey() throws XMLStreamException {
        String id = Optional.ofNullable(attr("id")).orElse("").trim();
        String type = Optional.ofNullable(attr("attr.type")).orElse("string").trim().toLowerCase();
        String title = Optional.ofNullable(attr("attr.name")).orElse("").trim();
        String forStr = Optional.ofNullable(attr("for")).orElse("all").trim().toLowerCase();
        if (title.isEmpty()) title = id;
        if (forStr.equals("node") && (NODE_PROPS.contains(id) || NODE_PROPS.contains(title))) {
            nodeProps.put(id, NODE_PROPS.contains(id) ? id : title);
            return;
        }
        if (forStr.equals("edge") && (EDGE_PROPS.contains(id) || EDGE_PROPS.contains(title))) {
            edgeProps.put(id, EDGE_PROPS.contains(id) ? id : title);
            return;
        }
        Column c = new Column();
        c.id = id;
        c.title = title;
        c.type = type;
        Map<String, Column> target = forStr.equals("edge") ? edgeColumns : nodeColumns;
        if (target.containsKey(id.toLowerCase())) {
            issues.add("column " + id + " exists already (ids are compared lower-cased): dropped");
            return;
        }
        target.put(id.toLowerCase(), c);
    }

    void setValue(Element e, Map<String, Column> columns, String key, String value) {
        Column c = columns.get(key.toLowerCase());
        if (c == null) return;
        try {
            Object v = parse(value, c.type);
            if (v != null) e.values.put(c.title, v);
        } catch (RuntimeException ex) {
            issues.add("value of " + key + " on " + e.id + " does not parse as " + c.type);
        }
    }

    void graphmlElement(boolean isNode) throws XMLStreamException {
        Element e = new Element();
        e.id = Optional.ofNullable(attr("id")).orElse("");
        if (!isNode) {
            e.source = attr("source");
            e.target = attr("target");
            String label = attr("label");
            if (label != null && !label.trim().isEmpty()) e.type = label.trim();
        }
        String end = isNode ? "node" : "edge";
        while (r.hasNext()) {
            int t = r.next();
            if (t == XMLStreamConstants.START_ELEMENT && r.getLocalName().equalsIgnoreCase("data")) {
                String key = Optional.ofNullable(attr("key")).orElse("").trim();
                String value = gephiText("data");
                if (value.isEmpty()) continue;
                String prop = (isNode ? nodeProps : edgeProps).get(key);
                if (prop != null) {
                    if (prop.equals("label") || prop.equals("nodelabel") || prop.equals("edgelabel")) e.label = value;
                    if (prop.equals("weight") || prop.equals("Edge Weight")) {
                        e.weight = Float.parseFloat(value.replace(',', '.'));
                        e.hasWeight = true;
                    }
                }
                setValue(e, isNode ? nodeColumns : edgeColumns, key, value);
            } else if (t == XMLStreamConstants.END_ELEMENT && r.getLocalName().equalsIgnoreCase(end)) {
                break;
            }
        }
        if (isNode) {
            if (!nodes.containsKey(e.id)) nodes.put(e.id, e);
        } else {
            addEdge(e);
        }
    }

    void addEdge(Element e) {
        if (!e.id.isEmpty() && !edgeIds.add(e.id)) {
            issues.add("edge id " + e.id + " exists already: edge dropped");
            return;
        }
        if (!nodes.containsKey(e.source) || !nodes.containsKey(e.target)) {
            issues.add("edge " + e.id + " has an unknown end");
            return;
        }
        edgeDrafts.add(e);
    }

    void gexfAttributes(String cls) throws XMLStreamException {
        Map<String, Column> target = "edge".equalsIgnoreCase(cls) ? edgeColumns : nodeColumns;
        while (r.hasNext()) {
            int t = r.next();
            if (t == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("attribute")) {
                Column c = new Column();
                c.id = attr("id");
                c.title = Optional.ofNullable(attr("title")).orElse(c.id);
                c.type = Optional.ofNullable(attr("type")).orElse("string").toLowerCase();
                if (target.containsKey(c.id.toLowerCase())) issues.add("column " + c.id + " exists already: dropped");
                else target.put(c.id.toLowerCase(), c);
            } else if (t == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("attributes")) {
                break;
            }
        }
    }

    void gexfElement(boolean isNode) throws XMLStreamException {
        Element e = new Element();
        e.id = Optional.ofNullable(attr("id")).orElse("");
        String label = attr("label");
        if (label != null && !label.isEmpty()) e.label = label;
        if (!isNode) {
            e.source = attr("source");
            e.target = attr("target");
            String kind = attr("kind");
            if (kind != null && !kind.isEmpty()) e.type = kind;
            String w = attr("weight");
            if (w != null && !w.isEmpty()) {
                e.weight = Float.parseFloat(w);
                e.hasWeight = true;
            }
        }
        String end = isNode ? "node" : "edge";
        while (r.hasNext()) {
            int t = r.next();
            if (t == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("attvalue")) {
                setValue(e, isNode ? nodeColumns : edgeColumns, Optional.ofNullable(attr("for")).orElse(""), attr("value"));
            } else if (t == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("spell")) {
                String s = attr("start"), en = attr("end");
                if (s != null) e.spellStart = parseDateTime(s);
                if (en != null) e.spellEnd = parseDateTime(en);
            } else if (t == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(end)) {
                break;
            }
        }
        if (isNode) nodes.putIfAbsent(e.id, e);
        else addEdge(e);
    }

    void gexfMeta() throws XMLStreamException {
        String element = "";
        while (r.hasNext()) {
            int t = r.next();
            if (t == XMLStreamConstants.START_ELEMENT) element = r.getLocalName();
            else if (t == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace() && element.equalsIgnoreCase("description"))
                description = r.getText();
            else if (t == XMLStreamConstants.END_ELEMENT && r.getLocalName().equalsIgnoreCase("meta")) break;
        }
    }

    void read(String format, Reader in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newInstance();
        if (f.isPropertySupported("javax.xml.stream.isValidating")) f.setProperty("javax.xml.stream.isValidating", Boolean.FALSE);
        r = f.createXMLStreamReader(in);
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
            String name = r.getLocalName();
            if (name.equalsIgnoreCase("graph")) {
                String d = attr(format.equals("gexf") ? "defaultedgetype" : "edgedefault");
                undirectedDefault = d != null && d.trim().equalsIgnoreCase("undirected");
            } else if (format.equals("graphml") && name.equalsIgnoreCase("key")) graphmlKey();
            else if (format.equals("graphml") && name.equalsIgnoreCase("node")) graphmlElement(true);
            else if (format.equals("graphml") && name.equalsIgnoreCase("edge")) graphmlElement(false);
            else if (format.equals("gexf") && name.equals("meta")) gexfMeta();
            else if (format.equals("gexf") && name.equals("attributes")) gexfAttributes(attr("class"));
            else if (format.equals("gexf") && name.equals("node")) gexfElement(true);
            else if (format.equals("gexf") && name.equals("edge")) gexfElement(false);
        }
    }

    // DefaultProcessor: one graph edge per (source, target, type), Sum of weights, later attributes overwrite.
    List<Element> process() {
        Map<String, Element> byKey = new LinkedHashMap<>();
        for (Element e : edgeDrafts) {
            String a = e.source, b = e.target;
            if (undirectedDefault && a.compareTo(b) > 0) { String x = a; a = b; b = x; }
            String key = a + "\u0000" + b + "\u0000" + e.type;
            Element existing = byKey.get(key);
            if (existing == null) {
                byKey.put(key, e);
            } else {
                existing.weight += e.weight;
                existing.values.putAll(e.values);
                existing.merged++;
            }
        }
        return new ArrayList<>(byKey.values());
    }

    static void json(StringBuilder out, Object v) {
        if (v == null) out.append("null");
        else if (v instanceof Boolean) out.append(v);
        else if (v instanceof Long) out.append(v);
        else if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isFinite(d)) out.append(d); else json(out, String.valueOf(d));
        } else {
            String s = v.toString();
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') out.append('\\').append(c);
                else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) out.append(String.format("\\u%04x", (int) c));
                else out.append(c);
            }
            out.append('"');
        }
    }

    static void element(StringBuilder out, Element e) {
        out.append("{\"id\":"); json(out, e.id);
        out.append(",\"label\":"); json(out, e.label);
        if (e.source != null) {
            out.append(",\"source\":"); json(out, e.source);
            out.append(",\"target\":"); json(out, e.target);
            out.append(",\"type\":"); json(out, e.type);
            out.append(",\"weight\":"); json(out, e.weight);
            out.append(",\"merged\":").append(e.merged);
        }
        if (!Double.isNaN(e.spellStart)) out.append(",\"spell_start\":").append((long) e.spellStart);
        if (!Double.isNaN(e.spellEnd)) out.append(",\"spell_end\":").append((long) e.spellEnd);
        out.append(",\"values\":{");
        boolean first = true;
        for (Map.Entry<String, Object> kv : e.values.entrySet()) {
            if (!first) out.append(',');
            first = false;
            json(out, kv.getKey());
            out.append(':');
            json(out, kv.getValue());
        }
        out.append("}}");
    }

    public static void main(String[] args) throws Exception {
        GephiImport g = new GephiImport();
        try (Reader in = new FileReader(args[1], java.nio.charset.StandardCharsets.UTF_8)) {
            g.read(args[0], in);
        }
        List<Element> edges = g.process();
        StringBuilder out = new StringBuilder();
        out.append("{\"parser\":"); json(out, XMLInputFactory.newInstance().getClass().getName());
        out.append(",\"description\":"); json(out, g.description);
        out.append(",\"issues\":[");
        for (int i = 0; i < g.issues.size(); i++) { if (i > 0) out.append(','); json(out, g.issues.get(i)); }
        out.append("],\"node_columns\":[");
        boolean first = true;
        for (Column c : g.nodeColumns.values()) { if (!first) out.append(','); first = false; json(out, c.title); }
        out.append("],\"edge_columns\":[");
        first = true;
        for (Column c : g.edgeColumns.values()) { if (!first) out.append(','); first = false; json(out, c.title); }
        out.append("],\"nodes\":[");
        first = true;
        for (Element e : g.nodes.values()) { if (!first) out.append(','); first = false; element(out, e); }
        out.append("],\"edge_drafts\":").append(g.edgeDrafts.size()).append(",\"edges\":[");
        first = true;
        for (Element e : edges) { if (!first) out.append(','); first = false; element(out, e); }
        out.append("]}\n");
        System.out.write(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        System.out.flush();
    }
}

#pragma once
// Builds small typed graphs in code for the temporal and risk tests.
#include <string>

#include "engine/errors.hpp"
#include "engine/graph.hpp"

namespace repnet::test {

struct TinyGraph {
    Graph g;
    NodeId node(const std::string& id, const std::string& type = "person") {
        NodeData d;
        d.id = g.strings().intern(id);
        d.name = g.strings().intern(id);
        d.type = *g.vocabulary().entity_types.find(type);
        const NodeId v = g.add_node(d);
        g.add_id(id, v);
        return v;
    }
    NodeId prosecution(const std::string& id, const std::string& opened = "", const std::string& decided = "") {
        const NodeId v = node(id, "prosecution");
        ProsecutionInfo info;
        info.kind = g.strings().intern("criminal");
        if (!opened.empty()) info.opened = *parse_date(opened);
        if (!decided.empty()) info.decided = *parse_date(decided);
        g.node(v).prosecution = info;
        return v;
    }
    // date: "" (undated), "2020", "2020-03", "2020-03-05" or "START/END"; severity: "" or a ladder label.
    EdgeId edge(NodeId s, NodeId t, const std::string& relation, const std::string& date = "",
                const std::string& severity = "") {
        EdgeData d;
        d.source = s;
        d.target = t;
        d.type = *g.vocabulary().relation_types.find(relation);
        std::string id = "e";  // not "e" + ...: GCC 12 -Wrestrict false positive
        id += std::to_string(g.edge_count());
        d.id = g.strings().intern(id);
        if (!date.empty()) d.when = *parse_date_range(date);
        if (!severity.empty()) d.severity = *parse_severity(severity);
        return g.add_edge(d);
    }
};

}  // namespace repnet::test

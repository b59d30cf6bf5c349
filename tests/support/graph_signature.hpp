#pragma once
// A canonical text of a graph (one line per node and per edge, in load order) for round-trip
// tests: two graphs are the same when their signatures are equal, and a mismatch shows the
// first differing line.
#include <algorithm>
#include <charconv>
#include <sstream>
#include <string>
#include <vector>

#include "engine/graph.hpp"
#include "engine/severity.hpp"

namespace repnet::test {

struct SignatureParts {
    bool attributes = true;
    bool evidence = true;
    bool prosecution = true;  // prosecution records, proceedings of actions, derived-edge flags
};

inline std::string attr_text(const Graph& g, const AttrValue& v) {
    return std::visit(
        [&](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, bool>)
                return x ? "b:true" : "b:false";
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return "i:" + std::to_string(x);
            else if constexpr (std::is_same_v<T, double>) {
                char buf[32];
                auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
                (void)ec;
                return "d:" + std::string(buf, end);
            } else
                return "s:" + g.str(x.id);
        },
        v);
}

inline std::string graph_signature(const Graph& g, SignatureParts parts = {}) {
    std::ostringstream out;
    auto evidence = [&](const std::vector<Evidence>& list) {
        if (!parts.evidence) return;
        out << " ev[";
        for (const auto& e : list)
            out << g.str(g.sources()[e.source].id) << "@" << g.str(e.locator) << "#" << g.str(e.note) << ";";
        out << "]";
    };
    auto attributes = [&](const std::vector<Attribute>& list) {
        if (!parts.attributes) return;
        // Sorted: attribute order is not part of a graph (the exports write columns by name).
        std::vector<std::string> items;
        for (const auto& a : list) items.push_back(g.str(a.key) + "=" + attr_text(g, a.value));
        std::sort(items.begin(), items.end());
        out << " attrs[";
        for (const auto& item : items) out << item << ";";
        out << "]";
    };
    for (NodeId v = 0; v < g.node_count(); ++v) {
        const NodeData& n = g.node(v);
        out << "node " << g.str(n.id) << " type=" << g.node_type_name(v) << " name=" << g.str(n.name) << " aliases=";
        for (StrId a : n.aliases) out << g.str(a) << ";";
        out << " dates=" << n.dates.str() << " generic=" << n.generic;
        attributes(n.attributes);
        if (parts.prosecution && n.prosecution) {
            const auto& p = *n.prosecution;
            out << " pros[" << g.str(p.kind) << "|" << p.opened.str() << "|" << p.decided.str() << "|"
                << g.str(p.outcome) << "|" << g.str(p.sentence) << "|" << severity_name(p.severity) << "|";
            for (StrId a : p.articles) out << g.str(a) << ";";
            out << "]";
        }
        evidence(n.evidence);
        out << "\n";
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        out << "edge " << g.str(d.id) << " " << g.str(g.node(d.source).id) << " -> " << g.str(g.node(d.target).id)
            << " type=" << g.edge_type_name(e) << " when=" << d.when.str() << " severity=" << severity_name(d.severity)
            << " weight=" << d.weight;
        if (parts.prosecution)
            out << " proceeding=" << (d.prosecution ? g.str(g.node(*d.prosecution).id) : "")
                << " derived=" << d.from_prosecution_field;
        attributes(d.attributes);
        evidence(d.evidence);
        out << "\n";
    }
    return out.str();
}

// The first line where two signatures differ, for a readable failure.
inline std::string first_difference(const std::string& a, const std::string& b) {
    std::istringstream x(a), y(b);
    std::string l, r;
    for (int line = 1;; ++line) {
        const bool more_l = static_cast<bool>(std::getline(x, l));
        const bool more_r = static_cast<bool>(std::getline(y, r));
        if (!more_l && !more_r) return "";
        if (l != r || more_l != more_r)
            return "line " + std::to_string(line) + ":\n  expected: " + (more_l ? l : "(end)") +
                   "\n  actual:   " + (more_r ? r : "(end)");
    }
}

}  // namespace repnet::test

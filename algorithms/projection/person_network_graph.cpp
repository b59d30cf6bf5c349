#include "algorithms/projection/person_network_graph.hpp"

#include <algorithm>

namespace repnet {
namespace {

// Strings live in each graph's own table, so every StrId is re-interned.
struct Copier {
    const Graph& from;
    Graph& to;
    StrId s(StrId id) { return id == kNoString ? kNoString : to.strings().intern(from.str(id)); }
    std::vector<StrId> s(const std::vector<StrId>& ids) {
        std::vector<StrId> out;
        out.reserve(ids.size());
        for (StrId id : ids) out.push_back(s(id));
        return out;
    }
    std::vector<Attribute> attributes(const std::vector<Attribute>& attrs) {
        std::vector<Attribute> out;
        out.reserve(attrs.size());
        for (const auto& a : attrs) {
            AttrValue v = a.value;
            if (auto* x = std::get_if<StrValue>(&v)) x->id = s(x->id);
            out.push_back({s(a.key), v});
        }
        return out;
    }
    std::vector<Evidence> evidence(const std::vector<Evidence>& ev) {
        std::vector<Evidence> out;
        out.reserve(ev.size());
        for (const auto& e : ev) out.push_back({e.source, s(e.locator), s(e.note)});
        return out;
    }
};

}  // namespace

Graph person_network_graph(const Graph& from, const PersonNetwork& net) {
    Graph to(from.vocabulary());
    const TypeId link_type = to.vocabulary().relation_types.add("person_link");
    Copier c{from, to};
    for (const Source& src : from.sources())
        to.add_source(
            {c.s(src.id), c.s(src.publisher), c.s(src.title), c.s(src.file), c.s(src.url), src.period, src.published});
    for (NodeId v : net.members) {
        const NodeData& d = from.node(v);
        NodeData n;
        n.id = c.s(d.id);
        n.type = d.type;
        n.name = c.s(d.name);
        n.aliases = c.s(d.aliases);
        n.attributes = c.attributes(d.attributes);
        n.dates = d.dates;
        n.evidence = c.evidence(d.evidence);
        n.merged_ids = c.s(d.merged_ids);
        n.generic = d.generic;
        to.add_node(std::move(n));
    }
    const StrId k_count = to.strings().intern("shared_prosecutions"), k_ids = to.strings().intern("prosecutions"),
                k_pros = to.strings().intern("prosecution_weight"), k_court = to.strings().intern("court_weight"),
                k_article = to.strings().intern("article_weight"), k_movement = to.strings().intern("movement_weight"),
                k_affiliation = to.strings().intern("affiliation_weight");
    // The affiliation column appears only when that rule contributed, so the
    // co-defendant export keeps its columns.
    const bool any_affiliation =
        std::any_of(net.links.begin(), net.links.end(), [](const PersonLink& l) { return l.by_affiliation != 0; });
    for (const PersonLink& l : net.links) {
        EdgeData e;
        e.source = l.a;
        e.target = l.b;
        e.type = link_type;
        e.weight = l.weight;
        // "p<a>-<b>" from the two people's positions (ascending NodeId): stable for a
        // given dataset and a valid xs:NMTOKEN whatever the person ids contain.
        std::string id(1, 'p');  // built piecewise: "p" + to_string(...) trips GCC 12's -Wrestrict
        id += std::to_string(l.a);
        id += '-';
        id += std::to_string(l.b);
        e.id = to.strings().intern(id);
        std::string ids;
        for (NodeId p : l.prosecutions) {
            ids += (ids.empty() ? "" : "; ") + from.str(from.node(p).id);
            for (const auto& ev : c.evidence(from.node(p).evidence))
                if (std::none_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& x) {
                        return x.source == ev.source && x.locator == ev.locator && x.note == ev.note;
                    }))
                    e.evidence.push_back(ev);
        }
        e.attributes.push_back({k_count, std::int64_t(l.prosecutions.size())});
        if (!ids.empty()) e.attributes.push_back({k_ids, StrValue{to.strings().intern(ids)}});
        e.attributes.push_back({k_pros, l.by_prosecution});
        e.attributes.push_back({k_court, l.by_court});
        e.attributes.push_back({k_article, l.by_article});
        e.attributes.push_back({k_movement, l.by_movement});
        if (any_affiliation) e.attributes.push_back({k_affiliation, l.by_affiliation});
        to.add_edge(std::move(e));
    }
    return to;
}

}  // namespace repnet

#include "exports/ftm.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"

namespace repnet {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// The property list of one entity, in the order written.
using Props = std::vector<std::pair<std::string, std::vector<std::string>>>;

void add(Props& props, std::string key, std::string value) {
    for (auto& [k, values] : props)
        if (k == key) {
            values.push_back(std::move(value));
            return;
        }
    props.emplace_back(std::move(key), std::vector<std::string>{});
    props.back().second.push_back(std::move(value));
}

void write_string(Writer& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string number_text(double x) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
    (void)ec;
    return std::string(buf, end);
}

// A scalar attribute as a JSON value (repnet:attr:NAME keeps its type this way).
std::string json_scalar(const Graph& g, const AttrValue& v) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, bool>)
                w.Bool(x);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                w.Int64(x);
            else if constexpr (std::is_same_v<T, double>) {
                std::string t = number_text(x);
                if (t.find_first_of(".eE") == std::string::npos) t += ".0";  // stays a double when read back
                w.RawValue(t.c_str(), t.size(), rapidjson::kNumberType);
            } else
                write_string(w, g.str(x.id));
        },
        v);
    return buf.GetString();
}

template <class Fn>
std::string json_object(Fn fill) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    fill(w);
    w.EndObject();
    return buf.GetString();
}

void member(Writer& w, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    write_string(w, key);
    write_string(w, value);
}

// Node schema and the loader's default repnet type for it.
std::pair<std::string_view, std::string_view> node_schema(std::string_view type) {
    if (type == "person") return {"Person", "person"};
    if (type == "organisation" || type == "movement" || type == "media") return {"Organization", "organisation"};
    if (type == "company") return {"Company", "company"};
    if (type == "authority" || type == "court") return {"PublicBody", "authority"};
    return {"LegalEntity", "legal_entity"};
}

struct LinkSchema {
    std::string_view schema, from, to, type;
};
LinkSchema link_schema(std::string_view type) {
    if (type == "member_of") return {"Membership", "member", "organization", "member_of"};
    if (type == "leads") return {"Directorship", "director", "organization", "leads"};
    if (type == "works_for") return {"Employment", "employee", "employer", "works_for"};
    if (type == "owns") return {"Ownership", "owner", "asset", "owns"};
    if (type == "relative_of") return {"Family", "person", "relative", "relative_of"};
    if (type == "associate_of") return {"Associate", "person", "associate", "associate_of"};
    return {"UnknownLink", "subject", "object", "linked_to"};
}

class FtmWriter {
public:
    FtmWriter(std::ostream& out, const Graph& g) : out_(out), g_(g) {}

    void run() {
        for (NodeId v = 0; v < g_.node_count(); ++v) node_ids_.insert(g_.str(g_.node(v).id));
        for (NodeId v = 0; v < g_.node_count(); ++v) write_node(v);
        for (EdgeId e = 0; e < g_.edge_count(); ++e) write_edge(e);
        out_.flush();
        if (!out_) throw IoError({}, "the FtM stream could not be written");
    }

private:
    void write_record(std::string_view id, std::string_view schema, const Props& props) {
        rapidjson::StringBuffer buf;
        Writer w(buf);
        w.StartObject();
        member(w, "id", id);
        member(w, "schema", schema);
        write_string(w, "properties");
        w.StartObject();
        for (const auto& [key, values] : props) {
            write_string(w, key);
            w.StartArray();
            for (const auto& v : values) write_string(w, v);
            w.EndArray();
        }
        w.EndObject();
        w.EndObject();
        out_ << buf.GetString() << '\n';
    }

    // A data attribute: natively where FtM has the property and the loader maps it back, else
    // repnet:attr:NAME (text) or repnet:typed:NAME (a JSON number or boolean, so 12 and "12" stay apart).
    void attribute(Props& props, const Attribute& a, bool native) {
        const std::string& key = g_.str(a.key);
        if (native && std::holds_alternative<StrValue>(a.value)) {
            add(props, key, g_.str(std::get<StrValue>(a.value).id));
            return;
        }
        if (key.starts_with("ftm:") && std::holds_alternative<StrValue>(a.value)) {
            add(props, key.substr(4), g_.str(std::get<StrValue>(a.value).id));
            return;
        }
        if (std::holds_alternative<StrValue>(a.value))
            add(props, "repnet:attr:" + key, g_.str(std::get<StrValue>(a.value).id));
        else
            add(props, "repnet:typed:" + key, json_scalar(g_, a.value));
    }

    // Native provenance for Aleph (publisher, sourceUrl, notes) and repnet's exact evidence.
    void provenance(Props& props, const std::vector<Evidence>& evidence) {
        for (const auto& e : evidence) {
            const Source& s = g_.sources()[e.source];
            if (s.publisher != kNoString) add_unique(props, "publisher", g_.str(s.publisher));
            if (s.url != kNoString) add_unique(props, "sourceUrl", g_.str(s.url));
            if (e.note != kNoString) add_unique(props, "notes", g_.str(e.note));
        }
        for (const auto& e : evidence) {
            const Source& s = g_.sources()[e.source];
            add(props, "repnet:evidence", json_object([&](Writer& w) {
                    member(w, "source", g_.str(s.id));
                    if (e.locator != kNoString) member(w, "locator", g_.str(e.locator));
                    if (e.note != kNoString) member(w, "note", g_.str(e.note));
                }));
        }
        for (const auto& e : evidence) {
            if (!written_sources_.insert(e.source).second) continue;
            const Source& s = g_.sources()[e.source];
            add(props, "repnet:source", json_object([&](Writer& w) {
                    member(w, "id", g_.str(s.id));
                    if (s.publisher != kNoString) member(w, "publisher", g_.str(s.publisher));
                    if (s.title != kNoString) member(w, "title", g_.str(s.title));
                    if (s.file != kNoString) member(w, "file", g_.str(s.file));
                    if (s.url != kNoString) member(w, "url", g_.str(s.url));
                    member(w, "published", s.published.str());
                    member(w, "period", s.period.str());
                }));
        }
    }

    static void add_unique(Props& props, const std::string& key, const std::string& value) {
        for (auto& [k, values] : props)
            if (k == key) {
                if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
                return;
            }
        props.push_back({key, {value}});
    }

    void write_node(NodeId v) {
        const NodeData& n = g_.node(v);
        const std::string& type = g_.node_type_name(v);
        const auto [schema, default_type] = node_schema(type);
        const bool person = schema == "Person";
        Props props;
        add(props, "name", g_.str(n.name));
        for (StrId a : n.aliases) add(props, "alias", g_.str(a));
        if (type != default_type) add(props, "repnet:type", type);
        for (const auto& a : n.attributes) {
            const std::string& key = g_.str(a.key);
            if (person && key == "birth_year" && std::holds_alternative<std::int64_t>(a.value) &&
                std::get<std::int64_t>(a.value) >= 1000 && std::get<std::int64_t>(a.value) <= 9999) {
                add(props, "birthDate", std::to_string(std::get<std::int64_t>(a.value)));
                continue;
            }
            attribute(props, a,
                      key == "country" || (person && (key == "gender" || key == "citizenship" || key == "ethnicity")));
        }
        if (!n.dates.start.empty()) add(props, "repnet:start", n.dates.start.str());
        if (!n.dates.end.empty()) add(props, "repnet:end", n.dates.end.str());
        if (n.generic && type != "unidentified") add(props, "repnet:generic", "true");
        for (StrId d : n.distinct_from) add(props, "repnet:distinct_from", g_.str(d));
        for (StrId m : n.merged_ids) add(props, "repnet:merged_ids", g_.str(m));
        if (n.prosecution) {
            const ProsecutionInfo& p = *n.prosecution;
            add(props, "repnet:prosecution_kind", g_.str(p.kind));
            for (StrId a : p.articles) add(props, "repnet:articles", g_.str(a));
            if (!p.opened.empty()) add(props, "repnet:opened", p.opened.str());
            if (!p.decided.empty()) add(props, "repnet:decided", p.decided.str());
            if (p.outcome != kNoString) add(props, "repnet:outcome", g_.str(p.outcome));
            if (p.sentence != kNoString) add(props, "repnet:sentence", g_.str(p.sentence));
            if (p.severity != Severity::none) add(props, "repnet:severity", std::string(severity_name(p.severity)));
        }
        provenance(props, n.evidence);
        write_record(g_.str(n.id), schema, props);
    }

    void write_edge(EdgeId e) {
        const EdgeData& d = g_.edge(e);
        const std::string& type = g_.edge_type_name(e);
        const LinkSchema s = link_schema(type);
        Props props;
        add(props, std::string(s.from), g_.str(g_.node(d.source).id));
        add(props, std::string(s.to), g_.str(g_.node(d.target).id));
        if (type != s.type) add(props, "repnet:type", type);
        if (d.when.is_point()) {
            add(props, "date", d.when.start.str());
        } else {
            if (!d.when.start.empty()) add(props, "startDate", d.when.start.str());
            if (!d.when.end.empty()) add(props, "endDate", d.when.end.str());
        }
        for (const auto& a : d.attributes) {
            const std::string& key = g_.str(a.key);
            attribute(props, a, key == "role" || key == "relationship" || key == "country");
        }
        if (d.severity != Severity::none) add(props, "repnet:severity", std::string(severity_name(d.severity)));
        if (d.weight != 1.0) add(props, "repnet:weight", number_text(d.weight));
        if (d.prosecution) add(props, "repnet:prosecution", g_.str(g_.node(*d.prosecution).id));
        if (d.from_prosecution_field) add(props, "repnet:derived", "true");
        std::string id = g_.str(d.id);
        // FtM has one id space; an edge id that is also a node id is written under another.
        if (node_ids_.count(id)) {
            add(props, "repnet:id", id);
            id = "repnet-edge:" + id;
        }
        provenance(props, d.evidence);
        write_record(id, s.schema, props);
    }

    std::ostream& out_;
    const Graph& g_;
    std::unordered_set<std::string> node_ids_;
    std::unordered_set<SourceIndex> written_sources_;
};

}  // namespace

void write_ftm(std::ostream& out, const Graph& graph) {
    FtmWriter(out, graph).run();
}

void export_ftm(const std::filesystem::path& path, const Graph& graph) {
    write_file_atomically(path, [&](std::ostream& out) { write_ftm(out, graph); });
}

}  // namespace repnet

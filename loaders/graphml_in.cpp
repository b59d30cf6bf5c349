#include "loaders/graphml_in.hpp"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "engine/errors.hpp"
#include "engine/severity.hpp"
#include "loaders/input_file.hpp"
#include "loaders/name_key.hpp"

namespace repnet {
namespace {

enum class Format { unknown, graphml, gexf };
enum class ValueType { string, integer, real, boolean };

struct KeyDecl {
    std::string id, name;
    ValueType type = ValueType::string;
    bool for_node = false, for_edge = false;
    std::optional<std::string> fallback;  // <default>
};

struct Element {
    std::string id, source, target, label;
    std::optional<bool> directed;
    std::optional<std::string> weight;                        // GEXF weight attribute
    std::string start, end;                                   // GEXF start/end attributes or spells
    std::vector<std::pair<std::size_t, std::string>> values;  // key index, text
    std::size_t line = 0, column = 0;
};

ValueType value_type(std::string_view t) {
    if (t == "int" || t == "long" || t == "integer" || t == "short" || t == "byte") return ValueType::integer;
    if (t == "float" || t == "double") return ValueType::real;
    if (t == "boolean") return ValueType::boolean;
    return ValueType::string;
}

std::string_view local_name(const XML_Char* name) {
    std::string_view n(name);
    const auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* attribute(const XML_Char** atts, std::string_view name) {
    for (std::size_t i = 0; atts[i]; i += 2)
        if (name == atts[i]) return atts[i + 1];
    return nullptr;
}

std::vector<std::string> split(std::string_view text, std::string_view sep) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    for (std::size_t pos = 0;;) {
        const auto next = text.find(sep, pos);
        out.emplace_back(text.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
        if (next == std::string_view::npos) break;
        pos = next + sep.size();
    }
    return out;
}

// Column names that repnet's exporters write as attr_<name> (exports/gephi_names.hpp).
bool reserved_name(std::string_view name, bool node) {
    static constexpr std::string_view kNode[] = {"nodelabel", "x",    "y", "z", "xpos", "ypos",
                                                 "zpos",      "size", "r", "g", "b",    "color"};
    static constexpr std::string_view kEdge[] = {"label", "edgelabel", "r", "g", "b", "color"};
    if (node) return std::find(std::begin(kNode), std::end(kNode), name) != std::end(kNode);
    return std::find(std::begin(kEdge), std::end(kEdge), name) != std::end(kEdge);
}

class XmlGraphReader {
public:
    XmlGraphReader(std::string name, std::string_view text, const LoadOptions& options)
        : name_(std::move(name)), text_(text), options_(options) {}

    Dataset run() {
        parse();
        if (format_ == Format::unknown)
            throw InputError(SourceLocation{name_, 1, 1},
                             "no <graphml> or <gexf> root element; expected GraphML or GEXF");
        d_.name = std::filesystem::path(name_).filename().string();
        d_.report.files.push_back(name_);
        repnet_ = written_by_repnet_ && find_key("type", true) && find_key("type", false);
        build();
        return std::move(d_);
    }

private:
    // ---- parsing ------------------------------------------------------------------------
    void parse() {
        std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr),
                                                                                             &XML_ParserFree);
        if (!parser) throw InternalError("expat: out of memory");
        p_ = parser.get();
        XML_SetUserData(p_, this);
        XML_SetParamEntityParsing(p_, XML_PARAM_ENTITY_PARSING_NEVER);
        XML_SetElementHandler(p_, &XmlGraphReader::on_start, &XmlGraphReader::on_end);
        XML_SetCharacterDataHandler(p_, &XmlGraphReader::on_text);
        XML_SetCommentHandler(p_, &XmlGraphReader::on_comment);
        XML_SetStartDoctypeDeclHandler(p_, &XmlGraphReader::on_doctype);
        XML_SetEntityDeclHandler(p_, &XmlGraphReader::on_entity);
        XML_SetExternalEntityRefHandler(p_, &XmlGraphReader::on_external);
        constexpr std::size_t kChunk = std::size_t(1) << 20;
        for (std::size_t pos = 0;; pos += kChunk) {
            const std::size_t n = std::min(kChunk, text_.size() - std::min(pos, text_.size()));
            const bool last = pos + n >= text_.size();
            if (XML_Parse(p_, text_.data() + pos, static_cast<int>(n), last) == XML_STATUS_ERROR) {
                if (error_) throw InputError(error_->first, error_->second);
                throw InputError(here(), std::string("malformed XML: ") + XML_ErrorString(XML_GetErrorCode(p_)));
            }
            if (last) break;
        }
        p_ = nullptr;
    }

    SourceLocation here() const {
        return SourceLocation{name_, static_cast<std::size_t>(XML_GetCurrentLineNumber(p_)),
                              static_cast<std::size_t>(XML_GetCurrentColumnNumber(p_)) + 1};
    }
    void stop(std::string message) {
        if (!error_) error_.emplace(here(), std::move(message));
        XML_StopParser(p_, XML_FALSE);
    }

    static void XMLCALL on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        static_cast<XmlGraphReader*>(self)->stop(
            "a DOCTYPE declaration; GraphML and GEXF need none, and DTDs (entity declarations) are refused");
    }
    static void XMLCALL on_entity(void* self, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                  const XML_Char*, const XML_Char*, const XML_Char*) {
        static_cast<XmlGraphReader*>(self)->stop("an entity declaration; refused (no DTDs)");
    }
    static int XMLCALL on_external(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*) {
        return XML_STATUS_ERROR;  // never reached without a DTD; never load anything external
    }
    static void XMLCALL on_comment(void* self, const XML_Char* text) {
        if (std::string_view(text).find("Written by repnet") != std::string_view::npos)
            static_cast<XmlGraphReader*>(self)->written_by_repnet_ = true;
    }
    static void XMLCALL on_text(void* self, const XML_Char* s, int len) {
        auto* r = static_cast<XmlGraphReader*>(self);
        if (r->collect_) r->text_buffer_.append(s, static_cast<std::size_t>(len));
    }
    static void XMLCALL on_start(void* self, const XML_Char* name, const XML_Char** atts) {
        auto* r = static_cast<XmlGraphReader*>(self);
        try {
            r->start(local_name(name), atts);
        } catch (const std::exception& e) {
            r->stop(e.what());
        }
    }
    static void XMLCALL on_end(void* self, const XML_Char* name) {
        auto* r = static_cast<XmlGraphReader*>(self);
        try {
            r->end(local_name(name));
        } catch (const std::exception& e) {
            r->stop(e.what());
        }
    }

    // A GraphML <key> or a GEXF <attribute>: the same declaration, its name and type under
    // other attribute names; the name defaults to the id.
    void declare_key(const XML_Char** atts, std::string_view el, std::string_view name_attr, std::string_view type_attr,
                     bool for_node, bool for_edge) {
        const char* id = attribute(atts, "id");
        if (!id) {
            std::string message = "<";
            return stop(message.append(el).append("> without id"));
        }
        KeyDecl k;
        k.id = id;
        const char* name = attribute(atts, name_attr);
        k.name = name ? name : id;
        if (const char* t = attribute(atts, type_attr)) k.type = value_type(t);
        k.for_node = for_node;
        k.for_edge = for_edge;
        keys_.push_back(std::move(k));
        in_key_ = true;
    }

    void start(std::string_view el, const XML_Char** atts) {
        if (++depth_ > kMaxXmlDepth)
            return stop("elements nested deeper than " + std::to_string(kMaxXmlDepth) + " levels");
        if (depth_ == 1) {
            if (el == "graphml")
                format_ = Format::graphml;
            else if (el == "gexf")
                format_ = Format::gexf;
            else
                return stop("root element <" + std::string(el) + ">; expected <graphml> or <gexf>");
            return;
        }
        collect_ = false;
        if (el == "graph") {
            const char* dir = attribute(atts, format_ == Format::graphml ? "edgedefault" : "defaultedgetype");
            if (dir) undirected_default_ = std::string_view(dir) == "undirected";
            if (const char* tf = attribute(atts, "timeformat")) date_times_ = std::string_view(tf).starts_with("date");
        } else if (el == "key" && format_ == Format::graphml) {
            const std::string_view f = attribute(atts, "for") ? attribute(atts, "for") : "all";
            declare_key(atts, el, "attr.name", "attr.type", f == "node" || f == "all", f == "edge" || f == "all");
        } else if (el == "attributes" && format_ == Format::gexf) {
            const char* cls = attribute(atts, "class");
            gexf_class_node_ = !cls || std::string_view(cls) != "edge";
        } else if (el == "attribute" && format_ == Format::gexf) {
            declare_key(atts, el, "title", "type", gexf_class_node_, !gexf_class_node_);
        } else if (el == "default" && in_key_) {
            collect_ = true;
            text_buffer_.clear();
        } else if (el == "node" && !current_) {
            Element n = element(atts);
            if (const char* label = attribute(atts, "label")) n.label = label;
            nodes_.push_back(std::move(n));
            current_ = &nodes_.back();
            current_is_node_ = true;
        } else if (el == "edge" && !current_) {
            Element e = element(atts);
            const char* s = attribute(atts, "source");
            const char* t = attribute(atts, "target");
            if (!s || !t) return stop("<edge> without source or target");
            e.source = s;
            e.target = t;
            if (const char* dir = attribute(atts, "directed")) e.directed = std::string_view(dir) == "true";
            if (const char* type = attribute(atts, "type")) e.directed = std::string_view(type) == "directed";
            if (const char* w = attribute(atts, "weight")) e.weight = w;
            if (const char* label = attribute(atts, "label")) e.label = label;
            edges_.push_back(std::move(e));
            current_ = &edges_.back();
            current_is_node_ = false;
        } else if (el == "hyperedge") {
            stop("a <hyperedge>; repnet reads graphs whose edges join two nodes");
        } else if (el == "data" && current_) {
            const char* key = attribute(atts, "key");
            if (!key) return stop("<data> without key");
            data_key_ = key_index(key, current_is_node_);
            collect_ = true;
            text_buffer_.clear();
        } else if (el == "attvalue" && current_) {
            const char* key = attribute(atts, "for");
            if (!key) key = attribute(atts, "id");  // GEXF 1.1
            const char* value = attribute(atts, "value");
            if (!key || !value) return stop("<attvalue> without for or value");
            current_->values.emplace_back(key_index(key, current_is_node_), value);
        } else if (el == "spell" && current_) {
            const char* s = attribute(atts, "start");
            const char* e = attribute(atts, "end");
            if (s && (current_->start.empty() || std::string_view(s) < current_->start)) current_->start = s;
            if (e && (current_->end.empty() || std::string_view(e) > current_->end)) current_->end = e;
        } else if (el == "creator") {
            collect_ = true;
            text_buffer_.clear();
            in_creator_ = true;
        }
    }

    void end(std::string_view el) {
        --depth_;
        if (el == "default" && in_key_) {
            keys_.back().fallback = text_buffer_;
        } else if (el == "key" || el == "attribute") {
            in_key_ = false;
        } else if (el == "data" && current_) {
            current_->values.emplace_back(data_key_, text_buffer_);
        } else if ((el == "node" && current_is_node_) || (el == "edge" && !current_is_node_)) {
            current_ = nullptr;
        } else if (el == "creator" && in_creator_) {
            in_creator_ = false;
            if (text_buffer_.find("repnet") != std::string::npos) written_by_repnet_ = true;
        }
        collect_ = false;
    }

    Element element(const XML_Char** atts) {
        Element e;
        if (const char* id = attribute(atts, "id")) e.id = id;
        if (const char* s = attribute(atts, "start")) e.start = s;
        if (const char* s = attribute(atts, "end")) e.end = s;
        const SourceLocation at = here();
        e.line = at.line;
        e.column = at.column;
        return e;
    }

    std::size_t key_index(std::string_view id, bool node) {
        for (std::size_t i = 0; i < keys_.size(); ++i)
            if (keys_[i].id == id && (node ? keys_[i].for_node : keys_[i].for_edge)) return i;
        for (std::size_t i = 0; i < keys_.size(); ++i)
            if (keys_[i].id == id) return i;
        // Undeclared: a string column named by the key (Gephi and NetworkX tolerate this too).
        KeyDecl k;
        k.id = k.name = std::string(id);
        k.for_node = node;
        k.for_edge = !node;
        keys_.push_back(std::move(k));
        return keys_.size() - 1;
    }

    const KeyDecl* find_key(std::string_view name, bool node) const {
        for (const auto& k : keys_)
            if (k.name == name && (node ? k.for_node : k.for_edge)) return &k;
        return nullptr;
    }

    // ---- building -----------------------------------------------------------------------
    [[noreturn]] void fail(const Element& e, std::string message) const {
        throw InputError(SourceLocation{name_, e.line, e.column}, std::move(message));
    }

    template <class Fn>
    void guarded(RecordKind kind, const Element& e, Fn fn) {
        try {
            fn();
        } catch (const InputError& x) {
            if (!options_.lenient) throw;
            d_.report.rejections.push_back({kind, e.id, x.where(), x.message()});
            ++(kind == RecordKind::entity ? d_.report.entities.rejected : d_.report.relations.rejected);
        }
    }

    AttrValue typed(const Element& e, const KeyDecl& k, const std::string& text) {
        auto bad = [&](const char* what) -> AttrValue {
            fail(e, "'" + k.name + "' is declared " + what + " but has the value '" + text + "'");
        };
        switch (k.type) {
            case ValueType::boolean:
                if (text == "true" || text == "1" || text == "True") return true;
                if (text == "false" || text == "0" || text == "False") return false;
                return bad("boolean");
            case ValueType::integer: {
                std::int64_t v = 0;
                auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
                if (ec != std::errc() || ptr != text.data() + text.size()) return bad("an integer");
                return v;
            }
            case ValueType::real: {
                double v = 0;
                auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
                if (ec != std::errc() || ptr != text.data() + text.size()) return bad("a number");
                if (!std::isfinite(v)) return StrValue{d_.graph.strings().intern(text)};
                return v;
            }
            case ValueType::string:
                break;
        }
        return StrValue{d_.graph.strings().intern(text)};
    }

    // The value of each declared column for an element: its own, else the key's default.
    std::vector<std::pair<const KeyDecl*, std::string>> columns(const Element& e, bool node) const {
        std::vector<std::pair<const KeyDecl*, std::string>> out;
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            const KeyDecl& k = keys_[i];
            if (!(node ? k.for_node : k.for_edge)) continue;
            const std::string* value = nullptr;
            for (const auto& [key, text] : e.values)
                if (key == i) value = &text;
            if (value)
                out.emplace_back(&k, *value);
            else if (k.fallback)
                out.emplace_back(&k, *k.fallback);
        }
        return out;
    }

    std::optional<PartialDate> date(const Element& e, const std::string& text, bool strict) const {
        std::string_view t = text;
        if (const auto T = t.find('T'); T != std::string_view::npos) t = t.substr(0, T);
        std::string why;
        auto d = parse_date(t, &why);
        if (!d && strict) fail(e, "date '" + text + "': " + why);
        return d;
    }

    SourceIndex file_source() {
        if (file_source_) return *file_source_;
        Source s;
        s.id = d_.graph.strings().intern(d_.name);
        s.publisher = s.title = s.file = s.id;
        file_source_ = d_.graph.add_source(s);
        return *file_source_;
    }

    // repnet's `sources` column ("source-id locator; …") and `notes` ("a | b") as evidence.
    std::vector<Evidence> evidence(const std::string& sources, const std::string& notes) {
        Graph& g = d_.graph;
        std::vector<Evidence> out;
        for (const auto& item : split(sources, "; ")) {
            const auto space = item.find(' ');
            const std::string id = item.substr(0, space);
            if (id.empty()) continue;
            SourceIndex s;
            if (auto found = g.find_source(id)) {
                s = *found;
            } else {
                Source src;
                src.id = src.publisher = src.title = g.strings().intern(id);
                s = g.add_source(src);
                ++d_.report.sources.loaded;
            }
            out.push_back(
                {s, space == std::string::npos ? kNoString : g.strings().intern(item.substr(space + 1)), kNoString});
        }
        if (!notes.empty()) {
            if (out.empty()) out.push_back({file_source(), kNoString, kNoString});
            out.front().note = g.strings().intern(notes);
        }
        return out;
    }

    void build() {
        Graph& g = d_.graph;
        g.reserve(nodes_.size(), edges_.size());
        const TypeId node_type = repnet_ ? 0 : g.vocabulary().entity_types.add("node");
        const TypeId edge_type = repnet_ ? 0 : g.vocabulary().relation_types.add("edge");
        for (const auto& n : nodes_) guarded(RecordKind::entity, n, [&] { build_node(n, node_type); });
        for (const auto& e : edges_) guarded(RecordKind::relation, e, [&] { build_edge(e, edge_type); });
    }

    void build_node(const Element& n, TypeId node_type) {
        Graph& g = d_.graph;
        if (n.id.empty()) fail(n, "<node> without id");
        if (g.find_id(n.id)) fail(n, "node id '" + n.id + "' appears twice; expected unique ids");
        NodeData d;
        d.id = g.strings().intern(n.id);
        d.type = node_type;
        std::string label = n.label, sources, notes;
        ProsecutionInfo p;
        bool has_p = false;
        std::vector<std::string> merged_ids;
        for (const auto& [k, text] : columns(n, true)) {
            const std::string& key = k->name;
            if (repnet_) {
                if (key == "label") {
                    label = text;
                } else if (key == "type") {
                    if (name_key(text).empty()) fail(n, "empty node type");
                    d.type = g.vocabulary().entity_types.add(text);
                } else if (key == "aliases") {
                    for (const auto& a : split(text, "; ")) d.aliases.push_back(g.strings().intern(nfc(a)));
                } else if (key == "start") {
                    d.dates.start = *date(n, text, true);
                } else if (key == "end") {
                    d.dates.end = *date(n, text, true);
                } else if (key == "prosecution_kind") {
                    has_p = true;
                    p.kind = g.strings().intern(text);
                } else if (key == "articles") {
                    for (const auto& a : split(text, "; ")) p.articles.push_back(g.strings().intern(a));
                } else if (key == "opened") {
                    p.opened = *date(n, text, true);
                } else if (key == "decided") {
                    p.decided = *date(n, text, true);
                } else if (key == "outcome") {
                    p.outcome = g.strings().intern(text);
                } else if (key == "sentence") {
                    p.sentence = g.strings().intern(text);
                } else if (key == "severity") {
                    auto s = parse_severity(text);
                    if (!s) fail(n, "severity '" + text + "' is no severity label");
                    p.severity = *s;
                } else if (key == "severity_rank") {
                } else if (key == "sources") {
                    sources = text;
                } else if (key == "notes") {
                    notes = text;
                } else if (key == "merged_ids") {
                    merged_ids = split(text, "; ");
                } else if (key == "generic") {
                    d.generic = text == "true";
                } else {
                    std::string name = key;
                    if (name.starts_with("attr_") && reserved_name(name.substr(5), true)) name = name.substr(5);
                    d.attributes.push_back({g.strings().intern(name), typed(n, *k, text)});
                }
                continue;
            }
            if (key == "label" && label.empty()) {
                label = text;
                continue;
            }
            d.attributes.push_back({g.strings().intern(key), typed(n, *k, text)});
        }
        if (!repnet_ && date_times_) {
            if (!n.start.empty())
                if (auto s = date(n, n.start, false)) d.dates.start = *s;
            if (!n.end.empty())
                if (auto e = date(n, n.end, false)) d.dates.end = *e;
        }
        d.name = g.strings().intern(name_key(label).empty() ? nfc(n.id) : nfc(label));
        if (has_p) d.prosecution = std::move(p);
        if (repnet_) d.evidence = evidence(sources, notes);
        for (const auto& m : merged_ids) d.merged_ids.push_back(g.strings().intern(m));
        const NodeId v = g.add_node(std::move(d));
        for (const auto& m : merged_ids) g.add_id(m, v);
        d_.report.node_sites.push_back(RecordSite{0, static_cast<std::uint32_t>(n.line)});
        ++d_.report.entities.loaded;
    }

    void build_edge(const Element& e, TypeId edge_type) {
        Graph& g = d_.graph;
        auto endpoint = [&](const std::string& id, const char* which) {
            auto v = g.find_id(id);
            if (!v) fail(e, std::string("edge ") + which + " '" + id + "' is no node of the file");
            return *v;
        };
        EdgeData d;
        d.source = endpoint(e.source, "source");
        d.target = endpoint(e.target, "target");
        d.type = edge_type;
        d.id = g.strings().intern(e.id.empty() ? "e" + std::to_string(g.edge_count()) : e.id);
        std::string sources, notes;
        auto set_weight = [&](const std::string& text) {
            double w = 0;
            auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), w);
            if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(w) || !(w > 0))
                fail(e, "weight '" + text + "' is not a finite number > 0");
            d.weight = w;
        };
        if (e.weight) set_weight(*e.weight);
        for (const auto& [k, text] : columns(e, false)) {
            const std::string& key = k->name;
            if (repnet_) {
                if (key == "type") {
                    if (name_key(text).empty()) fail(e, "empty relation type");
                    d.type = g.vocabulary().relation_types.add(text);
                } else if (key == "weight") {
                    set_weight(text);
                } else if (key == "start") {
                    d.when.start = *date(e, text, true);
                } else if (key == "end") {
                    d.when.end = *date(e, text, true);
                } else if (key == "severity") {
                    auto s = parse_severity(text);
                    if (!s) fail(e, "severity '" + text + "' is no severity label");
                    d.severity = *s;
                } else if (key == "prosecution") {
                    d.prosecution = endpoint(text, "prosecution");
                } else if (key == "from_prosecution_record") {
                    d.from_prosecution_field = text == "true";
                    if (d.from_prosecution_field) ++d_.report.derived_edges;
                } else if (key == "sources") {
                    sources = text;
                } else if (key == "notes") {
                    notes = text;
                } else if (key == "date" || key == "severity_rank" || key == "first_day" || key == "last_day") {
                } else {
                    std::string name = key;
                    if (name.starts_with("attr_") && reserved_name(name.substr(5), false)) name = name.substr(5);
                    d.attributes.push_back({g.strings().intern(name), typed(e, *k, text)});
                }
                continue;
            }
            if (key == "weight" && !e.weight && k->type != ValueType::string) {
                set_weight(text);
                continue;
            }
            d.attributes.push_back({g.strings().intern(key), typed(e, *k, text)});
        }
        if (!repnet_) {
            if (!e.label.empty())
                d.attributes.push_back({g.strings().intern("label"), StrValue{g.strings().intern(e.label)}});
            if (!e.directed.value_or(!undirected_default_))
                d.attributes.push_back({g.strings().intern("undirected"), true});
            if (date_times_) {
                if (!e.start.empty())
                    if (auto s = date(e, e.start, false)) d.when.start = *s;
                if (!e.end.empty())
                    if (auto x = date(e, e.end, false)) d.when.end = *x;
            }
        }
        if (repnet_) d.evidence = evidence(sources, notes);
        g.add_edge(std::move(d));
        ++d_.report.relations.loaded;
    }

    std::string name_;
    std::string_view text_;
    const LoadOptions& options_;
    XML_Parser p_ = nullptr;
    std::optional<std::pair<SourceLocation, std::string>> error_;
    Format format_ = Format::unknown;
    std::size_t depth_ = 0;
    bool collect_ = false, in_key_ = false, in_creator_ = false, gexf_class_node_ = true;
    bool undirected_default_ = false, date_times_ = true, written_by_repnet_ = false, repnet_ = false;
    std::string text_buffer_;
    std::vector<KeyDecl> keys_;
    std::deque<Element> nodes_, edges_;  // a deque: current_ stays valid as elements are added
    Element* current_ = nullptr;
    bool current_is_node_ = false;
    std::size_t data_key_ = 0;
    std::optional<SourceIndex> file_source_;
    Dataset d_;
};

}  // namespace

bool is_graph_xml_path(const std::filesystem::path& path) {
    const auto ext = path.extension();
    return ext == ".graphml" || ext == ".gexf";
}

Dataset load_graph_xml_text(std::string name, std::string_view text, const LoadOptions& options) {
    return XmlGraphReader(std::move(name), text, options).run();
}

Dataset load_graph_xml(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string text = read_input_file(path, options.max_file_size, "a GraphML or GEXF file");
    return load_graph_xml_text(path.string(), text, options);
}

}  // namespace repnet

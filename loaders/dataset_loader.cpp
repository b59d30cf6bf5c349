#include "loaders/dataset_loader.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "engine/attribute_vocabulary.hpp"
#include "loaders/input_file.hpp"
#include "loaders/json_fields.hpp"
#include "loaders/json_tree.hpp"
#include "loaders/name_key.hpp"

namespace repnet {

const char* record_kind_name(RecordKind kind) {
    switch (kind) {
        case RecordKind::file:
            return "file";
        case RecordKind::source:
            return "source";
        case RecordKind::entity:
            return "entity";
        case RecordKind::relation:
            return "relation";
    }
    return "?";
}

namespace {

using detail::expect_kind;
using detail::expect_string;
using detail::field_error;
using detail::FieldError;
using detail::FieldReader;

constexpr std::string_view kProsecutionKinds[] = {"criminal", "administrative", "civil", "tax", "ban"};

bool valid_id(std::string_view id) {
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
               c == ':' || c == '-';
    });
}

std::string severity_expectation() {
    std::string out;
    for (auto s : severity_labels()) out += (out.empty() ? "" : ", ") + std::string(s);
    return out;
}

// A prosecution's court / brought_by / complainants, resolved once all entities are known.
struct PendingShorthand {
    const JsonDocument* doc;
    NodeId prosecution;
    JsonValue value;  // a copy: the entity it came from is dropped once read
    std::string relation_type;
    bool towards_prosecution;  // complainant_in points at the prosecution
};

class Builder {
public:
    Builder(const LoadOptions& options, Dataset& dataset) : options_(options), data_(dataset), g_(dataset.graph) {}

    void run(const std::vector<NamedText>& files) {
        for (const auto& f : files) parse_file(f);
        for (const auto& doc : docs_) read_vocabulary(*doc);
        for (const auto& doc : docs_) each_item(*doc, "sources", [&](const JsonValue& v) { read_source(*doc, v); });
        // Storage sized once from the item counts: grown by doubling, the edge array alone
        // briefly took twice its size while it was copied.
        g_.reserve(item_count("entities"), 0);
        for (const auto& doc : docs_) each_item(*doc, "entities", [&](const JsonValue& v) { read_entity(*doc, v); });
        for (const auto& p : pending_) resolve_shorthand(p);
        for (const auto& d : distinct_pending_) check_distinct(d);
        pending_.clear();
        g_.reserve(g_.node_count(), g_.edge_count() + item_count("relations"));
        for (const auto& doc : docs_) each_item(*doc, "relations", [&](const JsonValue& v) { read_relation(*doc, v); });
        if (options_.review) find_near_duplicates();
    }

private:
    // ---- record bookkeeping -------------------------------------------------------------
    RecordCounts& counts(RecordKind kind) {
        switch (kind) {
            case RecordKind::source:
                return data_.report.sources;
            case RecordKind::entity:
                return data_.report.entities;
            default:
                return data_.report.relations;
        }
    }

    void reject(RecordKind kind, std::string id, SourceLocation where, std::string reason) {
        if (!options_.lenient) throw InputError(std::move(where), std::move(reason));
        if (kind != RecordKind::file) ++counts(kind).rejected;
        data_.report.rejections.push_back({kind, std::move(id), std::move(where), std::move(reason)});
    }

    template <class Body>
    void guarded(RecordKind kind, const JsonDocument& doc, const JsonValue& v, Body&& body) {
        try {
            body();
        } catch (const FieldError& e) {
            std::string id;
            if (const JsonValue* idv = v.is_object() ? v.find("id") : nullptr; idv && idv->is_string())
                id = idv->string;
            reject(kind, id, doc.locate(e.offset), e.message);
        }
    }

    // ---- files --------------------------------------------------------------------------
    void parse_file(const NamedText& f) {
        data_.report.files.push_back(f.name);
        std::unique_ptr<JsonDocument> doc;
        try {
            // The text is not copied and the record arrays are not kept: each_item parses again.
            JsonDocument::ReleaseFn release;
            if (f.mapped) release = [m = f.mapped](std::size_t begin, std::size_t end) { m->release(begin, end); };
            doc = std::make_unique<JsonDocument>(
                f.name, f.view(), std::vector<std::string>{"sources", "entities", "relations"}, std::move(release));
        } catch (const InputError& e) {
            reject(RecordKind::file, f.name, e.where(), e.message() + " (the whole file is skipped)");
            return;
        }
        try {
            FieldReader top(doc->root(), "dataset file",
                            {"repnet_dataset", "vocabulary", "sources", "entities", "relations"});
            const JsonValue& version = top.required("repnet_dataset");
            if (version.kind != JsonValue::Kind::integer || (version.integer != 1 && version.integer != 2))
                field_error(version, "'repnet_dataset' must be 1 or 2 (the format versions this loader reads)");
            doc_version_.emplace(doc.get(), int(version.integer));
            for (auto key : {"sources", "entities", "relations"})
                if (const JsonValue* arr = top.optional(key)) expect_kind(*arr, JsonValue::Kind::array, key);
        } catch (const FieldError& e) {
            reject(RecordKind::file, f.name, doc->locate(e.offset), e.message + " (the whole file is skipped)");
            return;
        }
        file_index_.emplace(doc.get(), std::uint32_t(data_.report.files.size() - 1));
        docs_.push_back(std::move(doc));
    }

    // Items of the root arrays `key` in all files (counted by the first parse, not kept).
    std::size_t item_count(std::string_view key) const {
        std::size_t n = 0;
        for (const auto& doc : docs_)
            if (const JsonValue* arr = doc->root().find(key)) n += arr->streamed_items + arr->items.size();
        return n;
    }

    // One record at a time, so memory holds the text and one record, not a tree of the file.
    template <class Fn>
    void each_item(const JsonDocument& doc, std::string_view key, Fn&& fn) {
        if (doc.root().find(key)) doc.for_each_item(key, fn);
    }

    void read_vocabulary(const JsonDocument& doc) {
        const JsonValue* v = doc.root().find("vocabulary");
        if (!v) return;
        guarded(RecordKind::file, doc, *v, [&] {
            FieldReader r(*v, "vocabulary", {"entity_types", "relation_types"});
            for (auto [key, types] : {std::pair{"entity_types", &g_.vocabulary().entity_types},
                                      std::pair{"relation_types", &g_.vocabulary().relation_types}})
                if (const JsonValue* list = r.optional(key)) {
                    expect_kind(*list, JsonValue::Kind::array, std::string("vocabulary field '") + key + "'");
                    for (const auto& t : list->items)
                        types->add(read_name(t, std::string("vocabulary ") + key + " item"));
                }
        });
    }

    // ---- shared pieces -----------------------------------------------------------------
    // A name or type name: text with at least one visible character, stored in NFC.
    static std::string read_name(const JsonValue& v, const std::string& what) {
        const std::string& text = expect_string(v, what);
        if (name_key(text).empty()) field_error(v, what + " is empty or only white space; expected a name");
        return nfc(text);
    }

    DateRange read_dates(const JsonValue& v, std::string_view what) {
        if (v.is_string()) return parse_range(v, what);
        FieldReader r(v, std::string(what), {"start", "end"});
        DateRange range;
        if (const JsonValue* s = r.optional("start")) range.start = parse_point(*s, std::string(what) + ".start");
        if (const JsonValue* e = r.optional("end")) range.end = parse_point(*e, std::string(what) + ".end");
        check_order(v, range);
        return range;
    }

    PartialDate parse_point(const JsonValue& v, std::string_view what) {
        const std::string& text = expect_string(v, what);
        std::string why;
        auto d = parse_date(text, &why);
        if (!d) field_error(v, std::string(what) + ": '" + text + "' is not a valid date: " + why);
        return *d;
    }

    DateRange parse_range(const JsonValue& v, std::string_view what) {
        const std::string& text = expect_string(v, what);
        std::string why;
        auto r = parse_date_range(text, &why);
        if (!r) field_error(v, std::string(what) + ": '" + text + "' is not a valid date or interval: " + why);
        return *r;
    }

    static void check_order(const JsonValue& at, const DateRange& r) {
        if (!r.start.empty() && !r.end.empty() && r.end.sort_key() < r.start.sort_key())
            field_error(at, "interval ends (" + r.end.str() + ") before it starts (" + r.start.str() + ")");
    }

    Severity read_severity(const JsonValue& v) {
        const std::string& label = expect_string(v, "severity");
        auto s = parse_severity(label);
        if (!s)
            field_error(v, "severity '" + label + "' is not on the ladder; expected one of: " + severity_expectation());
        return *s;
    }

    static bool has_type(AttrType type, JsonValue::Kind kind) {
        switch (type) {
            case AttrType::string:
                return kind == JsonValue::Kind::string;
            case AttrType::integer:
                return kind == JsonValue::Kind::integer;
            case AttrType::number:
                return kind == JsonValue::Kind::integer || kind == JsonValue::Kind::number;
            case AttrType::boolean:
                return kind == JsonValue::Kind::boolean;
        }
        return false;
    }

    static std::string attribute_names(std::span<const AttributeSpec> vocab) {
        std::string out;
        for (const auto& a : vocab) out += (out.empty() ? "" : ", ") + std::string(a.name);
        return out.empty() ? "none" : out;
    }

    // Scalar attributes, checked against the controlled vocabulary (engine/attribute_vocabulary.hpp):
    // a known name with the wrong type is an error in a version-2 file and a review note in a
    // version-1 file; an unknown name is kept and, under LoadOptions::review, noted.
    std::vector<Attribute> read_attributes(const JsonDocument& doc, const JsonValue* v,
                                           std::span<const AttributeSpec> vocab, const std::string& owner,
                                           RecordKind kind, const std::string& record_id) {
        std::vector<Attribute> out;
        if (!v) return out;
        expect_kind(*v, JsonValue::Kind::object, "attributes");
        for (const auto& m : v->members) {
            Attribute a;
            a.key = g_.strings().intern(m.key);
            switch (m.value.kind) {
                case JsonValue::Kind::boolean:
                    a.value = m.value.boolean;
                    break;
                case JsonValue::Kind::integer:
                    a.value = m.value.integer;
                    break;
                case JsonValue::Kind::number:
                    a.value = m.value.number;
                    break;
                case JsonValue::Kind::string:
                    a.value = StrValue{g_.strings().intern(m.value.string)};
                    break;
                default:
                    field_error(m.value, "attribute '" + m.key + "': found " + json_kind_name(m.value.kind) +
                                             "; expected a string, number or boolean");
            }
            if (const AttributeSpec* spec = find_attribute(vocab, m.key)) {
                if (!has_type(spec->type, m.value.kind)) {
                    std::string why = "attribute '" + m.key + "' of " + owner + ": found " +
                                      json_kind_name(m.value.kind) + "; expected " +
                                      std::string(attr_type_name(spec->type));
                    if (doc_version_.at(&doc) >= 2) field_error(m.value, why);
                    if (options_.review)
                        data_.report.review.push_back({kind, record_id, doc.locate(m.value.offset), std::move(why)});
                }
            } else if (options_.review) {
                data_.report.review.push_back(
                    {kind, record_id, doc.locate(m.key_offset),
                     "unknown attribute '" + m.key + "' for " + owner + " (kept); known: " + attribute_names(vocab)});
            }
            out.push_back(a);
        }
        return out;
    }

    std::vector<Evidence> read_evidence(const FieldReader& r) {
        const JsonValue& arr = r.required("evidence");
        expect_kind(arr, JsonValue::Kind::array, "evidence");
        if (arr.items.empty()) field_error(arr, "evidence is empty; expected at least one {source, locator}");
        std::vector<Evidence> out;
        for (const auto& item : arr.items) {
            FieldReader e(item, "evidence", {"source", "locator", "note"});
            const JsonValue& src = e.required("source");
            const std::string& src_id = expect_string(src, "evidence source");
            auto index = g_.find_source(src_id);
            if (!index) field_error(src, "unknown source '" + src_id + "'; expected one of: " + source_ids());
            Evidence ev;
            ev.source = *index;
            ev.locator = g_.strings().intern(e.required_string("locator"));
            if (auto note = e.optional_string("note")) ev.note = g_.strings().intern(*note);
            out.push_back(ev);
        }
        return out;
    }

    std::string source_ids() const {
        std::string out;
        for (const auto& s : g_.sources()) out += (out.empty() ? "" : ", ") + g_.str(s.id);
        return out.empty() ? "(no sources are defined)" : out;
    }

    TypeId read_type(const JsonValue& v, const TypeSet& types, std::string_view what) {
        const std::string& name = expect_string(v, what);
        auto t = types.find(name);
        if (!t)
            field_error(
                v, std::string("unknown ") + std::string(what) + " '" + name + "'; expected one of: " + types.joined());
        return *t;
    }

    // ---- sources ------------------------------------------------------------------------
    void read_source(const JsonDocument& doc, const JsonValue& v) {
        guarded(RecordKind::source, doc, v, [&] {
            FieldReader r(v, "source", {"id", "publisher", "title", "period", "published", "file", "url"});
            const std::string id = r.required_string("id");
            if (!valid_id(id))
                field_error(r.required("id"), "source id '" + id + "' has characters outside [A-Za-z0-9_.:-]");
            if (g_.find_source(id)) field_error(r.required("id"), "duplicate source id '" + id + "'");
            Source s;
            s.id = g_.strings().intern(id);
            s.publisher = g_.strings().intern(r.required_string("publisher"));
            s.title = g_.strings().intern(r.required_string("title"));
            if (const JsonValue* p = r.optional("period")) s.period = read_dates(*p, "period");
            if (const JsonValue* p = r.optional("published")) s.published = parse_point(*p, "published");
            if (auto f = r.optional_string("file")) s.file = g_.strings().intern(*f);
            if (auto u = r.optional_string("url")) s.url = g_.strings().intern(*u);
            g_.add_source(s);
            ++data_.report.sources.loaded;
        });
    }

    // ---- entities -----------------------------------------------------------------------
    void read_entity(const JsonDocument& doc, const JsonValue& v) {
        guarded(RecordKind::entity, doc, v, [&] {
            FieldReader r(v, "entity",
                          {"id", "type", "name", "aliases", "generic", "attributes", "dates", "prosecution", "evidence",
                           "distinct_from"});
            const JsonValue& id_value = r.required("id");
            const std::string id = r.required_string("id");
            if (!valid_id(id)) field_error(id_value, "entity id '" + id + "' has characters outside [A-Za-z0-9_.:-]");
            if (auto it = id_where_.find(id); it != id_where_.end())
                field_error(id_value, "duplicate id '" + id + "'; first defined at " +
                                          it->second.doc->locate(it->second.offset).str());

            NodeData n;
            n.id = g_.strings().intern(id);
            n.type = read_type(r.required("type"), g_.vocabulary().entity_types, "entity type");
            n.name = g_.strings().intern(read_name(r.required("name"), "entity field 'name'"));
            if (const JsonValue* list = r.optional("aliases")) {
                expect_kind(*list, JsonValue::Kind::array, "entity field 'aliases'");
                for (const auto& a : list->items) n.aliases.push_back(g_.strings().intern(read_name(a, "alias")));
            }
            const std::string& type_name = g_.vocabulary().entity_types.name(n.type);
            if (const JsonValue* gv = r.optional("generic")) {
                expect_kind(*gv, JsonValue::Kind::boolean, "entity field 'generic'");
                n.generic = gv->boolean;
            }
            if (type_name == "unidentified") n.generic = true;
            n.attributes = read_attributes(doc, r.optional("attributes"), entity_attributes(type_name),
                                           "entity type '" + type_name + "'", RecordKind::entity, id);
            if (const JsonValue* d = r.optional("dates")) n.dates = read_dates(*d, "dates");
            n.evidence = read_evidence(r);
            if (const JsonValue* df = r.optional("distinct_from")) {
                for (const auto& x : r.optional_string_array("distinct_from"))
                    n.distinct_from.push_back(g_.strings().intern(x));
                distinct_pending_.push_back({&doc, *df, id});
            }
            const bool is_prosecution = g_.vocabulary().entity_types.name(n.type) == "prosecution";
            const JsonValue* pros = r.optional("prosecution");
            if (is_prosecution && !pros)
                field_error(v, "prosecution entity '" + id + "' needs a 'prosecution' object with at least 'kind'");
            if (!is_prosecution && pros)
                field_error(*pros, "only entities of type 'prosecution' may have a 'prosecution' object");
            std::vector<PendingShorthand> shorthand;
            if (pros) n.prosecution = read_prosecution(doc, *pros, shorthand);

            const NodeId target = find_merge_target(v, n);
            id_where_.emplace(id, IdSite{&doc, id_value.offset});
            note_id_clash(id, doc, id_value.offset);
            NodeId node;
            if (target == kNoNode) {
                node = g_.add_node(n);
                data_.report.node_sites.push_back(
                    {file_index_.at(&doc), std::uint32_t(doc.line_of(v.offset, line_cursor_))});
                index_names(node, n);
                ++data_.report.entities.loaded;
            } else {
                node = target;
                merge_into(target, n, doc.locate(v.offset));
                ++data_.report.entities.merged;
            }
            for (auto& p : shorthand) {
                p.prosecution = node;
                pending_.push_back(p);
            }
        });
    }

    static constexpr NodeId kNoNode = UINT32_MAX;

    // Ids are compared exactly; two that differ only in letter case (or Unicode
    // normalisation) are two entities, most likely by mistake: warn with both places.
    // Only ids with upper-case letters are kept in id_fold_, so all-lower-case ids (the
    // usual kind) cost nothing extra; a lower-case id is its own key in id_where_.
    void note_id_clash(const std::string& id, const JsonDocument& doc, std::size_t offset) {
        const std::string key = name_key(id);
        std::string other;
        if (key != id && id_where_.count(key)) other = key;
        if (auto it = id_fold_.find(key); other.empty() && it != id_fold_.end()) other = it->second;
        if (key != id) id_fold_.try_emplace(key, id);
        if (other.empty() || other == id) return;
        const IdSite& first = id_where_.at(other);
        data_.report.warnings.push_back({RecordKind::entity, id, doc.locate(offset),
                                         "id '" + id + "' differs from id '" + other + "' (" +
                                             first.doc->locate(first.offset).str() +
                                             ") only in letter case or Unicode normalisation; ids are compared "
                                             "exactly, so these are two entities"});
    }

    // The one existing entity of the same type sharing a name or alias with n, if any.
    NodeId find_merge_target(const JsonValue& at, const NodeData& n) {
        std::set<NodeId> matches;
        auto consider = [&](StrId name) {
            auto it = name_index_.find(name_key(g_.str(name)));
            if (it == name_index_.end()) return;
            for (NodeId c : it->second)
                if (g_.node(c).type == n.type && !declared_distinct(c, n)) matches.insert(c);
        };
        consider(n.name);
        for (StrId a : n.aliases) consider(a);
        if (matches.size() > 1) {
            std::string ids;
            for (NodeId c : matches) ids += (ids.empty() ? "" : ", ") + g_.str(g_.node(c).id);
            field_error(at, "entity '" + g_.str(n.id) + "': its name or aliases match several entities (" + ids +
                                "); expected them to identify at most one");
        }
        return matches.empty() ? kNoNode : *matches.begin();
    }

    // A namesake the curator declared distinct (either side lists the other's id) is never merged.
    bool declared_distinct(NodeId c, const NodeData& n) const {
        const NodeData& e = g_.node(c);
        auto has = [&](const std::vector<StrId>& list, StrId id) {
            return std::find(list.begin(), list.end(), id) != list.end();
        };
        if (has(n.distinct_from, e.id)) return true;
        for (StrId m : e.merged_ids)
            if (has(n.distinct_from, m)) return true;
        return has(e.distinct_from, n.id);
    }

    struct DistinctPending {
        const JsonDocument* doc;
        JsonValue value;  // a copy: the record's tree is freed once the record is read (streaming)
        std::string id;
    };

    // distinct_from names entities by id; they may be defined later, so the ids are checked once all are read.
    void check_distinct(const DistinctPending& d) {
        guarded(RecordKind::entity, *d.doc, d.value, [&] {
            for (const auto& item : d.value.items)
                if (!g_.find_id(item.string))
                    field_error(item,
                                "entity '" + d.id + "': distinct_from names unknown entity '" + item.string + "'");
        });
    }

    void index_names(NodeId node, const NodeData& n) {
        auto add = [&](StrId name) {
            auto& list = name_index_[name_key(g_.str(name))];
            if (std::find(list.begin(), list.end(), node) == list.end()) list.push_back(node);
        };
        add(n.name);
        for (StrId a : n.aliases) add(a);
    }

    void merge_into(NodeId target, const NodeData& n, SourceLocation where) {
        NodeData& t = g_.node(target);
        const std::string shared = shared_name(t, n);
        auto add_alias = [&](StrId a) {
            if (a != t.name && std::find(t.aliases.begin(), t.aliases.end(), a) == t.aliases.end())
                t.aliases.push_back(a);
        };
        add_alias(n.name);
        for (StrId a : n.aliases) add_alias(a);
        std::string conflicts = unite_attributes(t.attributes, n.attributes);
        if (!conflicts.empty())
            data_.report.review.push_back({RecordKind::entity, g_.str(n.id), where,
                                           "entity merged into '" + g_.str(t.id) + "' (" +
                                               data_.report.node_location(target).str() + "):" + conflicts});
        t.generic = t.generic || n.generic;
        if (t.dates.empty()) t.dates = n.dates;
        t.evidence.insert(t.evidence.end(), n.evidence.begin(), n.evidence.end());
        if (n.prosecution) conflicts += merge_prosecution(t, *n.prosecution);
        t.merged_ids.push_back(n.id);
        for (StrId x : n.distinct_from)
            if (std::find(t.distinct_from.begin(), t.distinct_from.end(), x) == t.distinct_from.end())
                t.distinct_from.push_back(x);
        g_.add_id(g_.str(n.id), target);
        index_names(target, t);
        std::string reason = "merged into '" + g_.str(t.id) + "' (same type, shared name or alias '" + shared + "')" +
                             (conflicts.empty() ? "" : ";" + conflicts);
        data_.report.merges.push_back({RecordKind::entity, g_.str(n.id), std::move(where), std::move(reason)});
    }

    // Adds `more` to `into`; a name already there with another value keeps the first value.
    // Returns the conflicts as " attribute 'x' kept 'a', dropped 'b';" phrases ("" if none).
    std::string unite_attributes(std::vector<Attribute>& into, const std::vector<Attribute>& more) const {
        std::string conflicts;
        for (const auto& a : more) {
            auto same = std::find_if(into.begin(), into.end(), [&](const Attribute& x) { return x.key == a.key; });
            if (same == into.end())
                into.push_back(a);
            else if (!(same->value == a.value))
                conflicts += " attribute '" + g_.str(a.key) + "' kept " + value_text(same->value) + ", dropped " +
                             value_text(a.value) + ";";
        }
        return conflicts;
    }

    std::string value_text(const AttrValue& v) const {
        if (auto b = std::get_if<bool>(&v)) return *b ? "true" : "false";
        if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
        if (auto d = std::get_if<double>(&v)) return std::to_string(*d);
        return "'" + g_.str(std::get<StrValue>(v).id) + "'";
    }

    // A proceeding moves on between reports (opened, then decided), so a later
    // record's fields supersede an earlier one's; articles are united.
    std::string merge_prosecution(NodeData& t, const ProsecutionInfo& later) {
        if (!t.prosecution) {
            t.prosecution = later;
            return {};
        }
        ProsecutionInfo& p = *t.prosecution;
        std::string changed;
        auto take_str = [&](StrId& field, StrId value, const char* name) {
            if (value == kNoString || value == field) return;
            if (field != kNoString)
                changed += std::string(" prosecution ") + name + " '" + g_.str(field) + "' superseded by '" +
                           g_.str(value) + "';";
            field = value;
        };
        auto take_date = [&](PartialDate& field, const PartialDate& value, const char* name) {
            if (value.empty() || value == field) return;
            if (!field.empty())
                changed +=
                    std::string(" prosecution ") + name + " " + field.str() + " superseded by " + value.str() + ";";
            field = value;
        };
        take_str(p.kind, later.kind, "kind");
        take_str(p.outcome, later.outcome, "outcome");
        take_str(p.sentence, later.sentence, "sentence");
        take_date(p.opened, later.opened, "opened");
        take_date(p.decided, later.decided, "decided");
        if (later.severity != Severity::none && later.severity != p.severity) {
            if (p.severity != Severity::none)
                changed += std::string(" prosecution severity ") + std::string(severity_name(p.severity)) +
                           " superseded by " + std::string(severity_name(later.severity)) + ";";
            p.severity = later.severity;
        }
        for (StrId a : later.articles)
            if (std::find(p.articles.begin(), p.articles.end(), a) == p.articles.end()) p.articles.push_back(a);
        return changed;
    }

    std::string shared_name(const NodeData& t, const NodeData& n) const {
        std::vector<StrId> tn = t.aliases;
        tn.push_back(t.name);
        std::vector<StrId> nn = n.aliases;
        nn.push_back(n.name);
        for (StrId a : nn)
            for (StrId b : tn)
                if (name_key(g_.str(a)) == name_key(g_.str(b))) return g_.str(a);
        return g_.str(n.name);
    }

    ProsecutionInfo read_prosecution(const JsonDocument& doc, const JsonValue& v,
                                     std::vector<PendingShorthand>& shorthand) {
        FieldReader r(v, "prosecution",
                      {"kind", "articles", "court", "brought_by", "complainants", "opened", "decided", "outcome",
                       "sentence", "severity"});
        ProsecutionInfo p;
        const JsonValue& kind = r.required("kind");
        const std::string& k = expect_string(kind, "prosecution kind");
        if (std::find(std::begin(kProsecutionKinds), std::end(kProsecutionKinds), k) == std::end(kProsecutionKinds))
            field_error(kind, "prosecution kind '" + k +
                                  "' is unknown; expected one of: criminal, administrative, civil, tax, ban");
        p.kind = g_.strings().intern(k);
        for (const auto& a : r.optional_string_array("articles")) p.articles.push_back(g_.strings().intern(a));
        if (const JsonValue* d = r.optional("opened")) p.opened = parse_point(*d, "prosecution.opened");
        if (const JsonValue* d = r.optional("decided")) p.decided = parse_point(*d, "prosecution.decided");
        if (!p.opened.empty() && !p.decided.empty() && p.decided.sort_key() < p.opened.sort_key())
            field_error(*r.optional("decided"),
                        "prosecution decided (" + p.decided.str() + ") before it was opened (" + p.opened.str() + ")");
        if (auto o = r.optional_string("outcome")) p.outcome = g_.strings().intern(*o);
        if (auto s = r.optional_string("sentence")) p.sentence = g_.strings().intern(*s);
        if (const JsonValue* s = r.optional("severity")) p.severity = read_severity(*s);
        if (const JsonValue* c = r.optional("court")) {
            expect_string(*c, "prosecution court");
            shorthand.push_back({&doc, 0, *c, "heard_by", false});
        }
        for (auto [key, rel, towards] :
             {std::tuple{"brought_by", "brought_by", false}, {"complainants", "complainant_in", true}}) {
            if (const JsonValue* list = r.optional(key)) {
                expect_kind(*list, JsonValue::Kind::array, std::string("prosecution ") + key);
                for (const auto& item : list->items) {
                    expect_string(item, std::string("prosecution ") + key + " item");
                    shorthand.push_back({&doc, 0, item, rel, towards});
                }
            }
        }
        return p;
    }

    void resolve_shorthand(const PendingShorthand& p) {
        guarded(RecordKind::entity, *p.doc, p.value, [&] {
            const NodeId other = resolve_endpoint(p.value);
            auto type = g_.vocabulary().relation_types.find(p.relation_type);
            if (!type) type = g_.vocabulary().relation_types.add(p.relation_type);
            EdgeData e;
            e.source = p.towards_prosecution ? other : p.prosecution;
            e.target = p.towards_prosecution ? p.prosecution : other;
            e.type = *type;
            e.id = g_.strings().intern(g_.str(g_.node(p.prosecution).id) + ":" + p.relation_type + ":" +
                                       g_.str(g_.node(other).id));
            e.evidence = g_.node(p.prosecution).evidence;
            e.from_prosecution_field = true;
            const auto key = std::tuple{e.source, e.target, e.type};
            if (derived_.count(key)) return;  // the same court named twice in merged records
            derived_[key] = g_.add_edge(e);
            edge_site_.push_back({p.doc, p.value.offset});
            mark_relation_id(e.id);
            ++data_.report.derived_edges;
        });
    }

    // ---- relations ----------------------------------------------------------------------
    NodeId resolve_endpoint(const JsonValue& v) {
        const std::string& ref = expect_string(v, "entity reference");
        if (auto node = g_.find_id(ref)) return *node;
        auto it = name_index_.find(name_key(ref));
        if (it == name_index_.end() || it->second.empty())
            field_error(v, "unknown entity '" + ref + "'; expected the id, name or alias of an entity in the dataset");
        if (it->second.size() > 1) {
            std::string ids;
            for (NodeId c : it->second) ids += (ids.empty() ? "" : ", ") + g_.str(g_.node(c).id);
            field_error(v, "'" + ref + "' names several entities (" + ids + "); expected an id");
        }
        return it->second.front();
    }

    void read_relation(const JsonDocument& doc, const JsonValue& v) {
        ++relation_ordinal_;
        guarded(RecordKind::relation, doc, v, [&] {
            FieldReader r(v, "relation",
                          {"id", "source", "target", "type", "date", "start", "end", "severity", "weight",
                           "prosecution", "attributes", "evidence"});
            EdgeData e;
            std::string id;
            if (auto given = r.optional_string("id")) {
                id = *given;
                if (!valid_id(id))
                    field_error(*r.optional("id"), "relation id '" + id + "' has characters outside [A-Za-z0-9_.:-]");
            } else {
                id = "rel-" + std::to_string(relation_ordinal_);
            }
            if (relation_id_taken(id))
                field_error(r.optional("id") ? *r.optional("id") : v, "duplicate relation id '" + id + "'");
            e.source = resolve_endpoint(r.required("source"));
            e.target = resolve_endpoint(r.required("target"));
            e.type = read_type(r.required("type"), g_.vocabulary().relation_types, "relation type");
            const std::string& type_name = g_.vocabulary().relation_types.name(e.type);
            const JsonValue* date = r.optional("date");
            const JsonValue* start = r.optional("start");
            const JsonValue* end = r.optional("end");
            if (date && (start || end))
                field_error(*date, "relation has both 'date' and 'start'/'end'; expected one or the other");
            if (date) e.when = parse_range(*date, "date");
            if (start) e.when.start = parse_point(*start, "start");
            if (end) e.when.end = parse_point(*end, "end");
            check_order(v, e.when);
            if (const JsonValue* s = r.optional("severity")) e.severity = read_severity(*s);
            if (const JsonValue* w = r.optional("weight")) {
                expect_kind(*w, JsonValue::Kind::number, "weight");
                if (!(w->number > 0) || w->number > 1e300) field_error(*w, "weight must be a finite number > 0");
                e.weight = w->number;
            }
            e.prosecution = read_relation_prosecution(r, e, type_name);
            e.attributes = read_attributes(doc, r.optional("attributes"), relation_attributes(type_name),
                                           "relation type '" + type_name + "'", RecordKind::relation, id);
            e.evidence = read_evidence(r);
            e.id = g_.strings().intern(id);
            mark_relation_id(e.id);

            if (auto it = derived_.find(std::tuple{e.source, e.target, e.type}); it != derived_.end()) {
                merge_relation(it->second, e, doc, v, id, "the same edge given by the prosecution's fields");
                return;
            }
            const std::uint64_t key = relation_key(e);
            for (auto [i, last] = relation_index_.equal_range(key); i != last; ++i)
                if (same_relation(g_.edge(i->second), e)) {
                    merge_relation(i->second, e, doc, v, id, "same type, source, target and date");
                    return;
                }
            relation_index_.emplace(key, EdgeId(g_.edge_count()));
            g_.add_edge(std::move(e));
            edge_site_.push_back({&doc, v.offset});
            ++data_.report.relations.loaded;
        });
    }

    // The proceeding an action belongs to: the `prosecution` field, else the actor or (for
    // defendant_in) the target when that is itself a prosecution entity.
    std::optional<NodeId> read_relation_prosecution(const FieldReader& r, const EdgeData& e,
                                                    const std::string& type_name) {
        const bool action = is_action_type(type_name);
        const bool defendant = type_name == vocab::defendant_in;
        auto is_prosecution = [&](NodeId v) { return g_.node_type_name(v) == vocab::prosecution; };
        if (const JsonValue* p = r.optional("prosecution")) {
            if (!action && !defendant)
                field_error(*p, "relation type '" + type_name +
                                    "' is not an action; only actions (detained, sentenced, tried, ...) and "
                                    "defendant_in name a 'prosecution'");
            const NodeId node = resolve_endpoint(*p);
            if (!is_prosecution(node))
                field_error(*p, "'" + p->string + "' is of type '" + g_.node_type_name(node) +
                                    "'; expected the id or name of a prosecution entity");
            return node;
        }
        if (action && is_prosecution(e.source)) return e.source;
        if (defendant && is_prosecution(e.target)) return e.target;
        return std::nullopt;
    }

    // Relations are one event when type, source, target and the date as written agree.
    static std::uint64_t relation_key(const EdgeData& e) {
        auto mix = [](std::uint64_t h, std::uint64_t x) { return (h ^ x) * 0x100000001b3ULL; };
        std::uint64_t h = 0xcbf29ce484222325ULL;
        h = mix(h, e.type);
        h = mix(h, e.source);
        h = mix(h, e.target);
        for (const PartialDate* d : {&e.when.start, &e.when.end})
            h = mix(h, std::uint64_t(std::uint32_t(d->sort_key())) << 8 | std::uint64_t(d->precision));
        return h;
    }

    static bool same_relation(const EdgeData& a, const EdgeData& b) {
        return a.type == b.type && a.source == b.source && a.target == b.target && a.when == b.when;
    }

    SourceLocation edge_location(EdgeId e) const {
        const IdSite& s = edge_site_[e];
        return s.doc->locate(s.offset);
    }

    // Appends the evidence of `e` (a record read at v) to edge `into` and unites attributes;
    // a differing severity, prosecution, weight or attribute value keeps the first and is noted.
    void merge_relation(EdgeId into, const EdgeData& e, const JsonDocument& doc, const JsonValue& v,
                        const std::string& id, const std::string& why) {
        EdgeData& d = g_.edge(into);
        d.evidence.insert(d.evidence.end(), e.evidence.begin(), e.evidence.end());
        if (d.when.empty()) d.when = e.when;
        std::string conflicts = unite_attributes(d.attributes, e.attributes);
        if (d.severity == Severity::none)
            d.severity = e.severity;
        else if (e.severity != Severity::none && e.severity != d.severity)
            conflicts += " severity kept '" + std::string(severity_name(d.severity)) + "', dropped '" +
                         std::string(severity_name(e.severity)) + "';";
        if (!d.prosecution)
            d.prosecution = e.prosecution;
        else if (e.prosecution && *e.prosecution != *d.prosecution)
            conflicts += " prosecution kept '" + g_.str(g_.node(*d.prosecution).id) + "', dropped '" +
                         g_.str(g_.node(*e.prosecution).id) + "';";
        if (e.weight != d.weight)
            conflicts += " weight kept " + std::to_string(d.weight) + ", dropped " + std::to_string(e.weight) + ";";
        ++data_.report.relations.merged;
        const SourceLocation here = doc.locate(v.offset);
        data_.report.merges.push_back(
            {RecordKind::relation, id, here,
             "merged into '" + g_.str(d.id) + "' (" + why + "; " + edge_location(into).str() + ")"});
        if (!conflicts.empty())
            data_.report.review.push_back({RecordKind::relation, id, here,
                                           "relation merged into '" + g_.str(d.id) + "' (" + edge_location(into).str() +
                                               ") disagrees with it:" + conflicts});
    }

    // Actions against the same target, of the same type, whose anchor dates (the start, or the
    // end when the start is open, as an interval of days) overlap, and that were not merged:
    // a curator should merge them (same event) or make the dates precise. Undated ones are skipped.
    void find_near_duplicates() {
        std::vector<bool> action_type(g_.vocabulary().relation_types.size());
        for (std::size_t t = 0; t < action_type.size(); ++t)
            action_type[t] = is_action_type(g_.vocabulary().relation_types.name(static_cast<TypeId>(t)));
        struct Item {
            NodeId target;
            TypeId type;
            std::int32_t first, last;
            EdgeId edge;
        };
        std::vector<Item> items;
        for (EdgeId e = 0; e < g_.edge_count(); ++e) {
            const EdgeData& d = g_.edge(e);
            if (!action_type[d.type]) continue;
            const PartialDate& anchor = d.when.start.empty() ? d.when.end : d.when.start;
            if (anchor.empty()) continue;
            items.push_back({d.target, d.type, earliest_day(anchor), latest_day(anchor), e});
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            return std::tie(a.target, a.type, a.first, a.edge) < std::tie(b.target, b.type, b.first, b.edge);
        });
        for (std::size_t i = 0; i < items.size(); ++i)
            for (std::size_t j = i + 1; j < items.size() && items[j].target == items[i].target &&
                                        items[j].type == items[i].type && items[j].first <= items[i].last;
                 ++j)
                note_near_duplicate(items[i].edge, items[j].edge);
    }

    void note_near_duplicate(EdgeId a, EdgeId b) {
        const EdgeData& x = g_.edge(a);
        const EdgeData& y = g_.edge(b);
        auto describe = [&](const EdgeData& d) {
            std::string out = "dated " + d.when.str() + " by '" + g_.str(g_.node(d.source).name) + "'";
            if (d.severity != Severity::none) out += ", " + std::string(severity_name(d.severity));
            return out;
        };
        std::string differs;
        if (x.source != y.source) differs += "actor, ";
        if ((x.when.start.empty() ? x.when.end : x.when.start).precision !=
            (y.when.start.empty() ? y.when.end : y.when.start).precision)
            differs += "date precision, ";
        else if (!(x.when == y.when))
            differs += "dates, ";
        if (x.severity != y.severity) differs += "severity, ";
        if (!differs.empty()) differs.resize(differs.size() - 2);
        const EdgeId later = a < b ? b : a, earlier = a < b ? a : b;
        data_.report.review.push_back(
            {RecordKind::relation, g_.str(g_.edge(later).id), edge_location(later),
             "near-duplicate: '" + g_.edge_type_name(later) + "' of '" + g_.str(g_.node(y.target).name) + "' " +
                 describe(g_.edge(later)) + " overlaps '" + g_.str(g_.edge(earlier).id) + "' " +
                 describe(g_.edge(earlier)) + " (" + edge_location(earlier).str() + ") in time" +
                 (differs.empty() ? "" : "; they differ in " + differs) +
                 ": one event should be one relation with both evidence items, or give the dates that tell them "
                 "apart"});
    }

    const LoadOptions& options_;
    Dataset& data_;
    Graph& g_;
    std::vector<std::unique_ptr<JsonDocument>> docs_;
    // Where each id was defined; located (line, column) only when an error needs it,
    // because locating costs a scan of the line and generated files are one long line.
    struct IdSite {
        const JsonDocument* doc;
        std::size_t offset;
    };
    std::unordered_map<std::string, IdSite> id_where_;
    std::unordered_map<std::string, std::string> id_fold_;  // name_key(id) -> first such id with upper case
    std::unordered_map<std::string, std::vector<NodeId>> name_index_;
    std::vector<PendingShorthand> pending_;
    std::vector<DistinctPending> distinct_pending_;
    std::unordered_map<const JsonDocument*, std::uint32_t> file_index_;
    JsonDocument::LineCursor line_cursor_;                           // entities come in file order
    std::unordered_map<const JsonDocument*, int> doc_version_;       // each file's repnet_dataset
    std::vector<IdSite> edge_site_;                                  // by EdgeId: where its first record is
    std::unordered_multimap<std::uint64_t, EdgeId> relation_index_;  // relation_key -> edges
    std::map<std::tuple<NodeId, NodeId, TypeId>, EdgeId> derived_;
    // Relation ids in use, by their interned string (a bit per string, not a set of strings).
    std::vector<bool> relation_id_used_;
    void mark_relation_id(StrId id) {
        if (id >= relation_id_used_.size())
            relation_id_used_.resize(std::max<std::size_t>(2 * relation_id_used_.size(), id + 1));
        relation_id_used_[id] = true;
    }
    bool relation_id_taken(const std::string& id) const {
        const StrId s = g_.strings().find(id);
        return s != kNoString && s < relation_id_used_.size() && relation_id_used_[s];
    }
    std::size_t relation_ordinal_ = 0;
};

}  // namespace

Dataset load_dataset_texts(std::string name, const std::vector<NamedText>& files, const LoadOptions& options) {
    Dataset dataset;
    dataset.name = std::move(name);
    Builder(options, dataset).run(files);
    return dataset;
}

Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options) {
    constexpr const char* what = "a dataset file or a directory of *.json dataset files";
    std::vector<NamedText> files;
    if (input_kind(path, what) == InputKind::directory) {
        const auto paths = list_input_files(path, ".json");
        if (paths.empty()) throw InputError(SourceLocation{path.string()}, "directory holds no *.json dataset files");
        for (const auto& p : paths)
            files.emplace_back(p.string(), std::make_shared<MappedFile>(p, options.max_file_size, "a dataset file"));
    } else {
        files.emplace_back(path.string(), std::make_shared<MappedFile>(path, options.max_file_size, "a dataset file"));
    }
    return load_dataset_texts(
        path.filename().empty() ? path.parent_path().filename().string() : path.filename().string(), files, options);
}

}  // namespace repnet

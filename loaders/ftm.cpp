#include "loaders/ftm.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <vector>

#include "engine/errors.hpp"
#include "engine/severity.hpp"
#include "loaders/input_file.hpp"
#include "loaders/json_tree.hpp"
#include "loaders/name_key.hpp"

namespace repnet {
namespace {

struct FtmValue {
    std::string text;
    std::size_t offset = 0;  // byte offset in the whole text
};

struct FtmProp {
    std::string name;
    std::size_t offset = 0;
    std::vector<FtmValue> values;
};

struct FtmRecord {
    std::size_t line = 0, line_start = 0;
    std::string id, schema;
    std::size_t id_offset = 0, schema_offset = 0;
    std::vector<FtmProp> props;
    std::vector<std::string> datasets;

    const FtmProp* find(std::string_view name) const {
        for (const auto& p : props)
            if (p.name == name && !p.values.empty()) return &p;
        return nullptr;
    }
    const FtmValue* first(std::string_view name) const {
        const FtmProp* p = find(name);
        return p ? &p->values.front() : nullptr;
    }
};

struct NodeSpec {
    std::string_view schema, type;
};
constexpr NodeSpec kNodeSchemata[] = {
    {"Person", "person"},        {"Organization", "organisation"}, {"Company", "company"},
    {"PublicBody", "authority"}, {"LegalEntity", "legal_entity"},
};

struct LinkSpec {
    std::string_view schema, from, to, type;
};
// Sanction has no `from` entity: its actor is the `authority` text (see build_link).
constexpr LinkSpec kLinkSchemata[] = {
    {"Membership", "member", "organization", "member_of"}, {"Directorship", "director", "organization", "leads"},
    {"Employment", "employee", "employer", "works_for"},   {"Ownership", "owner", "asset", "owns"},
    {"Family", "person", "relative", "relative_of"},       {"Associate", "person", "associate", "associate_of"},
    {"UnknownLink", "subject", "object", "linked_to"},     {"Sanction", "", "entity", "restricted"},
};

const NodeSpec* node_spec(std::string_view schema) {
    for (const auto& s : kNodeSchemata)
        if (s.schema == schema) return &s;
    return nullptr;
}
const LinkSpec* link_spec(std::string_view schema) {
    for (const auto& s : kLinkSchemata)
        if (s.schema == schema) return &s;
    return nullptr;
}

// Properties that make the evidence of what a record yields (see docs/formats/followthemoney.md).
constexpr std::string_view kProvenance[] = {"sourceUrl", "publisher",   "publisherUrl",
                                            "summary",   "description", "notes"};
bool is_provenance(std::string_view p) {
    return std::find(std::begin(kProvenance), std::end(kProvenance), p) != std::end(kProvenance);
}

std::string joined(const FtmProp& p) {
    std::string out;
    for (const auto& v : p.values) {
        if (!out.empty()) out += "; ";
        out += v.text;
    }
    return out;
}

class FtmReader {
public:
    FtmReader(std::string name, std::string_view text, const LoadOptions& options)
        : name_(std::move(name)), text_(text), options_(options) {}

    Dataset run() {
        parse_lines();
        d_.name = std::filesystem::path(name_).filename().string();
        d_.report.files.push_back(name_);
        define_sources();
        for (const auto& r : records_)
            if (node_spec(r.schema)) guarded(RecordKind::entity, r, [&] { build_node(r); });
        for (const auto& r : records_)
            if (link_spec(r.schema)) guarded(RecordKind::relation, r, [&] { build_link(r); });
        for (const auto& s : skipped_) {
            d_.report.skipped.push_back(s);
            d_.report.warnings.push_back({RecordKind::entity, s.what, s.first,
                                          std::to_string(s.count) + " record(s) of " + s.what +
                                              " not loaded: repnet reads Person, Organization, Company, PublicBody, "
                                              "LegalEntity and the link schemata (docs/formats/followthemoney.md)"});
        }
        d_.report.entities.rejected = rejected_entities_;
        d_.report.relations.rejected = rejected_relations_;
        return std::move(d_);
    }

private:
    // ---- locations ----------------------------------------------------------------------
    SourceLocation at(const FtmRecord& r, std::size_t offset) const {
        std::size_t column = 1;
        for (std::size_t i = r.line_start; i < offset && i < text_.size(); ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        return SourceLocation{name_, r.line, column};
    }
    [[noreturn]] void fail(const FtmRecord& r, std::size_t offset, std::string message) const {
        throw InputError(at(r, offset), std::move(message));
    }

    // Runs fn; with options.lenient an InputError rejects the record instead of ending the load.
    template <class Fn>
    void guarded(RecordKind kind, const FtmRecord& r, Fn fn) {
        try {
            fn();
        } catch (const InputError& e) {
            if (!options_.lenient) throw;
            d_.report.rejections.push_back({kind, r.id, e.where(), e.message()});
            ++(kind == RecordKind::entity ? rejected_entities_ : rejected_relations_);
        }
    }

    // ---- pass 1: lines to records ------------------------------------------------------
    void parse_lines() {
        std::size_t line_no = 0;
        for (std::size_t pos = 0; pos < text_.size();) {
            std::size_t end = text_.find('\n', pos);
            if (end == std::string_view::npos) end = text_.size();
            ++line_no;
            std::string_view line = text_.substr(pos, end - pos);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (line.find_first_not_of(" \t") != std::string_view::npos) {
                FtmRecord r;
                r.line = line_no;
                r.line_start = pos;
                try {
                    parse_record(line, r);
                } catch (const InputError& e) {
                    if (!options_.lenient) throw;
                    d_.report.rejections.push_back({RecordKind::entity, r.id, e.where(), e.message()});
                    ++rejected_entities_;
                }
            }
            pos = end + 1;
        }
    }

    void parse_record(std::string_view line, FtmRecord& r) {
        std::optional<JsonDocument> doc;
        try {
            doc.emplace(name_, line, std::vector<std::string>{});
        } catch (const InputError& e) {
            throw InputError(SourceLocation{name_, r.line, e.where().column}, e.message());
        }
        const std::size_t base = r.line_start;
        const JsonValue& root = doc->root();
        if (!root.is_object())
            fail(r, base + root.offset,
                 std::string("found ") + json_kind_name(root.kind) +
                     "; expected an FtM entity {\"id\": …, \"schema\": …, \"properties\": {…}} on each line");
        const JsonValue* id = root.find("id");
        if (!id || !id->is_string() || name_key(id->string).empty())
            fail(r, base + (id ? id->offset : root.offset), "expected a non-empty string \"id\"");
        r.id = id->string;
        r.id_offset = base + id->offset;
        const JsonValue* schema = root.find("schema");
        if (!schema || !schema->is_string() || schema->string.empty())
            fail(r, base + (schema ? schema->offset : root.offset),
                 "expected a string \"schema\" (an FtM schema name such as Person or Membership)");
        r.schema = schema->string;
        r.schema_offset = base + schema->offset;
        if (const JsonValue* props = root.find("properties")) {
            if (!props->is_object())
                fail(r, base + props->offset,
                     std::string("\"properties\" is ") + json_kind_name(props->kind) +
                         "; expected an object of arrays of strings");
        }
        if (const JsonValue* datasets = root.find("datasets"); datasets && datasets->is_array())
            for (const auto& item : datasets->items)
                if (item.is_string()) r.datasets.push_back(item.string);
        store(r, root, base);
    }

    void store(FtmRecord& r, const JsonValue& root, std::size_t base);

    // ---- pass 2: records to graph ------------------------------------------------------
    void define_sources();
    std::vector<Evidence> evidence_of(const FtmRecord& r);
    SourceIndex source_for(std::string_view key, const FtmRecord& r);
    AttrValue typed_value(const FtmRecord& r, const FtmValue& v) const;
    PartialDate date_of(const FtmRecord& r, const FtmValue& v) const;
    void build_node(const FtmRecord& r);
    void build_link(const FtmRecord& r);
    NodeId endpoint(const FtmRecord& r, std::string_view prop, bool& skipped);
    NodeId authority_node(const FtmRecord& r);
    void skip(const std::string& what, const FtmRecord& r) {
        auto it = std::find_if(skipped_.begin(), skipped_.end(), [&](const auto& s) { return s.what == what; });
        if (it == skipped_.end()) {
            skipped_.push_back({what, 1, at(r, r.line_start)});
        } else {
            ++it->count;
        }
    }
    NodeId add_node(NodeData n, const FtmRecord& r) {
        const NodeId v = d_.graph.add_node(std::move(n));
        d_.report.node_sites.push_back(RecordSite{0, static_cast<std::uint32_t>(r.line)});
        return v;
    }

    std::string name_;
    std::string_view text_;
    const LoadOptions& options_;
    Dataset d_;
    std::vector<FtmRecord> records_;
    std::unordered_map<std::string, std::size_t> by_id_;        // record index by id
    std::unordered_map<std::string, std::string> skipped_ids_;  // id -> schema of records not loaded
    std::vector<SkippedRecords> skipped_;
    std::size_t rejected_entities_ = 0, rejected_relations_ = 0;
};

void FtmReader::store(FtmRecord& r, const JsonValue& root, std::size_t base) {
    if (const JsonValue* props = root.find("properties")) {
        for (const auto& m : props->members) {
            if (!m.value.is_array())
                fail(r, base + m.value.offset,
                     "property '" + m.key + "' is " + json_kind_name(m.value.kind) + "; expected an array of strings");
            FtmProp p{m.key, base + m.key_offset, {}};
            for (const auto& item : m.value.items) {
                if (!item.is_string())
                    fail(r, base + item.offset,
                         "a value of property '" + m.key + "' is " + json_kind_name(item.kind) + "; expected a string");
                p.values.push_back({item.string, base + item.offset});
            }
            r.props.push_back(std::move(p));
        }
    }
    if (!node_spec(r.schema) && !link_spec(r.schema)) {
        skip("FtM schema " + r.schema, r);
        skipped_ids_.emplace(r.id, r.schema);
        return;
    }
    auto [it, added] = by_id_.try_emplace(r.id, records_.size());
    if (added) {
        records_.push_back(std::move(r));
        return;
    }
    // A fragment of an entity already seen (FtM streams may split one entity over several
    // lines): its values join the first record's.
    FtmRecord& first = records_[it->second];
    const RecordKind kind = node_spec(r.schema) ? RecordKind::entity : RecordKind::relation;
    if (first.schema != r.schema)
        fail(r, r.schema_offset,
             "id '" + r.id + "' is a " + first.schema + " on line " + std::to_string(first.line) + " and a " +
                 r.schema + " here; expected one schema per id");
    for (auto& p : r.props) {
        auto q = std::find_if(first.props.begin(), first.props.end(), [&](const auto& x) { return x.name == p.name; });
        if (q == first.props.end()) {
            first.props.push_back(std::move(p));
            continue;
        }
        for (auto& v : p.values)
            if (std::none_of(q->values.begin(), q->values.end(), [&](const auto& x) { return x.text == v.text; }))
                q->values.push_back(std::move(v));
    }
    for (auto& ds : r.datasets)
        if (std::find(first.datasets.begin(), first.datasets.end(), ds) == first.datasets.end())
            first.datasets.push_back(std::move(ds));
    d_.report.merges.push_back(
        {kind, r.id, at(r, r.line_start), "fragment merged into the record on line " + std::to_string(first.line)});
    ++(kind == RecordKind::entity ? d_.report.entities.merged : d_.report.relations.merged);
}

// Sources exported by repnet (`repnet:source`, one JSON object per cited source).
void FtmReader::define_sources() {
    Graph& g = d_.graph;
    for (const auto& r : records_) {
        const FtmProp* p = r.find("repnet:source");
        if (!p) continue;
        for (const auto& v : p->values) {
            guarded(RecordKind::source, r, [&] {
                JsonDocument doc(name_, std::string(v.text));
                const JsonValue& o = doc.root();
                const JsonValue* id = o.find("id");
                if (!o.is_object() || !id || !id->is_string() || id->string.empty())
                    fail(r, v.offset, "a repnet:source value must be a JSON object with a string \"id\"");
                if (g.find_source(id->string)) return;
                Source s;
                auto text = [&](const char* key) {
                    const JsonValue* x = o.find(key);
                    return x && x->is_string() ? g.strings().intern(x->string) : kNoString;
                };
                s.id = g.strings().intern(id->string);
                s.publisher = text("publisher");
                s.title = text("title");
                s.file = text("file");
                s.url = text("url");
                if (const JsonValue* x = o.find("published"); x && x->is_string())
                    if (auto date = parse_date(x->string)) s.published = *date;
                if (const JsonValue* x = o.find("period"); x && x->is_string())
                    if (auto range = parse_date_range(x->string)) s.period = *range;
                g.add_source(s);
                ++d_.report.sources.loaded;
            });
        }
    }
}

SourceIndex FtmReader::source_for(std::string_view key, const FtmRecord& r) {
    Graph& g = d_.graph;
    if (auto s = g.find_source(key)) return *s;
    Source s;
    s.id = g.strings().intern(key);
    const FtmValue* publisher = r.first("publisher");
    s.publisher = g.strings().intern(publisher ? std::string_view(publisher->text) : key);
    s.title = g.strings().intern(key);
    s.file = g.strings().intern(std::filesystem::path(name_).filename().string());
    if (const FtmValue* url = r.first("publisherUrl")) s.url = g.strings().intern(url->text);
    ++d_.report.sources.loaded;
    return g.add_source(s);
}

// The evidence of what a record yields: repnet's own (`repnet:evidence`) when the file was
// written by `repnet export --format ftm`; otherwise one item per `sourceUrl` (or one
// locating the line) citing the record's dataset, publisher, or the file, with the first
// of summary / description / notes as its note.
std::vector<Evidence> FtmReader::evidence_of(const FtmRecord& r) {
    Graph& g = d_.graph;
    std::vector<Evidence> out;
    if (const FtmProp* p = r.find("repnet:evidence")) {
        for (const auto& v : p->values) {
            JsonDocument doc(name_, std::string(v.text));
            const JsonValue& o = doc.root();
            const JsonValue* source = o.find("source");
            if (!o.is_object() || !source || !source->is_string() || source->string.empty())
                fail(r, v.offset, "a repnet:evidence value must be a JSON object with a string \"source\"");
            Evidence e;
            e.source = source_for(source->string, r);
            if (const JsonValue* x = o.find("locator"); x && x->is_string()) e.locator = g.strings().intern(x->string);
            if (const JsonValue* x = o.find("note"); x && x->is_string()) e.note = g.strings().intern(x->string);
            out.push_back(e);
        }
        return out;
    }
    std::string key;
    if (!r.datasets.empty())
        key = r.datasets.front();
    else if (const FtmValue* publisher = r.first("publisher"))
        key = publisher->text;
    else
        key = std::filesystem::path(name_).filename().string();
    const SourceIndex source = source_for(key, r);
    StrId note = kNoString;
    for (std::string_view p : {"summary", "description", "notes"})
        if (const FtmValue* v = r.first(p)) {
            note = g.strings().intern(v->text);
            break;
        }
    if (const FtmProp* urls = r.find("sourceUrl")) {
        for (const auto& u : urls->values) out.push_back({source, g.strings().intern(u.text), note});
    } else {
        out.push_back({source, g.strings().intern("line " + std::to_string(r.line)), note});
    }
    return out;
}

// `repnet:typed:NAME` values are JSON numbers or booleans (so 12 and "12" stay apart).
AttrValue FtmReader::typed_value(const FtmRecord& r, const FtmValue& v) const {
    std::optional<JsonDocument> doc;
    try {
        doc.emplace(name_, v.text);
    } catch (const InputError& e) {
        fail(r, v.offset, "a repnet:typed value must be a JSON number or boolean: " + e.message());
    }
    const JsonValue& x = doc->root();
    switch (x.kind) {
        case JsonValue::Kind::boolean:
            return x.boolean;
        case JsonValue::Kind::integer:
            return x.integer;
        case JsonValue::Kind::number:
            return x.number;
        default:
            fail(r, v.offset, "a repnet:typed value must be a JSON number or boolean");
    }
}

// FtM dates are ISO 8601 prefixes, possibly with a time ("2021-03-04T10:00:00"): the date part is kept.
PartialDate FtmReader::date_of(const FtmRecord& r, const FtmValue& v) const {
    std::string_view text = v.text;
    if (const auto t = text.find('T'); t != std::string_view::npos) text = text.substr(0, t);
    std::string why;
    auto date = parse_date(text, &why);
    if (!date)
        fail(r, v.offset, "date '" + v.text + "': " + why + "; expected YYYY, YYYY-MM or YYYY-MM-DD (years 1900-2100)");
    return *date;
}

void FtmReader::build_node(const FtmRecord& r) {
    Graph& g = d_.graph;
    const NodeSpec& spec = *node_spec(r.schema);
    if (g.find_id(r.id)) fail(r, r.id_offset, "id '" + r.id + "' is already the id of another entity");
    NodeData n;
    n.id = g.strings().intern(r.id);
    std::string_view type = spec.type;
    if (const FtmValue* t = r.first("repnet:type")) {
        if (name_key(t->text).empty()) fail(r, t->offset, "repnet:type is empty; expected an entity type");
        type = t->text;
    }
    n.type = g.vocabulary().entity_types.add(type);
    std::vector<std::string> names;
    for (std::string_view p : {"name", "alias", "previousName", "weakAlias"})
        if (const FtmProp* prop = r.find(p))
            for (const auto& v : prop->values)
                if (!name_key(v.text).empty()) {
                    std::string text = nfc(v.text);
                    if (std::find(names.begin(), names.end(), text) == names.end()) names.push_back(std::move(text));
                }
    if (names.empty()) {
        std::string full;
        for (std::string_view p : {"firstName", "lastName"})
            if (const FtmValue* v = r.first(p); v && !name_key(v->text).empty())
                full += (full.empty() ? "" : " ") + v->text;
        names.push_back(full.empty() ? nfc(r.id) : nfc(full));
    }
    n.name = g.strings().intern(names.front());
    for (std::size_t i = 1; i < names.size(); ++i) n.aliases.push_back(g.strings().intern(names[i]));

    ProsecutionInfo pros;
    bool has_pros = false;
    auto intern_first = [&](const FtmProp& p) { return g.strings().intern(p.values.front().text); };
    const bool person = r.schema == "Person";
    for (const auto& p : r.props) {
        if (p.values.empty()) continue;
        const std::string_view key = p.name;
        if (key == "name" || key == "alias" || key == "previousName" || key == "weakAlias" || is_provenance(key) ||
            key == "repnet:type" || key == "repnet:evidence" || key == "repnet:source")
            continue;
        if (key == "country" || (person && (key == "gender" || key == "citizenship" || key == "ethnicity"))) {
            n.attributes.push_back({g.strings().intern(key), StrValue{g.strings().intern(joined(p))}});
        } else if (person && key == "birthDate" && p.values.front().text.size() >= 4 &&
                   std::all_of(p.values.front().text.begin(), p.values.front().text.begin() + 4,
                               [](char c) { return c >= '0' && c <= '9'; })) {
            n.attributes.push_back(
                {g.strings().intern("birth_year"), std::int64_t{std::stoi(p.values.front().text.substr(0, 4))}});
        } else if ((!person && key == "incorporationDate") || key == "repnet:start") {
            n.dates.start = date_of(r, p.values.front());
        } else if ((!person && key == "dissolutionDate") || key == "repnet:end") {
            n.dates.end = date_of(r, p.values.front());
        } else if (key == "repnet:generic") {
            n.generic = p.values.front().text == "true";
        } else if (key == "repnet:distinct_from") {
            for (const auto& v : p.values) n.distinct_from.push_back(g.strings().intern(v.text));
        } else if (key == "repnet:merged_ids") {
            for (const auto& v : p.values) n.merged_ids.push_back(g.strings().intern(v.text));
        } else if (key == "repnet:prosecution_kind") {
            has_pros = true;
            pros.kind = intern_first(p);
        } else if (key == "repnet:articles") {
            for (const auto& v : p.values) pros.articles.push_back(g.strings().intern(v.text));
        } else if (key == "repnet:opened") {
            pros.opened = date_of(r, p.values.front());
        } else if (key == "repnet:decided") {
            pros.decided = date_of(r, p.values.front());
        } else if (key == "repnet:outcome") {
            pros.outcome = intern_first(p);
        } else if (key == "repnet:sentence") {
            pros.sentence = intern_first(p);
        } else if (key == "repnet:severity") {
            auto s = parse_severity(p.values.front().text);
            if (!s)
                fail(r, p.values.front().offset,
                     "repnet:severity '" + p.values.front().text + "' is no severity label");
            pros.severity = *s;
        } else if (key.starts_with("repnet:attr:")) {
            n.attributes.push_back({g.strings().intern(key.substr(12)), StrValue{g.strings().intern(joined(p))}});
        } else if (key.starts_with("repnet:typed:")) {
            n.attributes.push_back({g.strings().intern(key.substr(13)), typed_value(r, p.values.front())});
        } else {
            n.attributes.push_back({g.strings().intern("ftm:" + p.name), StrValue{g.strings().intern(joined(p))}});
        }
    }
    if (!n.dates.start.empty() && !n.dates.end.empty() && latest_day(n.dates.end) < earliest_day(n.dates.start))
        fail(r, r.line_start,
             "the entity's end date " + n.dates.end.str() + " precedes its start " + n.dates.start.str());
    if (has_pros) n.prosecution = std::move(pros);
    if (type == "unidentified") n.generic = true;
    n.evidence = evidence_of(r);
    const NodeId v = add_node(std::move(n), r);
    for (StrId merged : g.node(v).merged_ids) g.add_id(g.str(merged), v);
    ++d_.report.entities.loaded;
}

NodeId FtmReader::endpoint(const FtmRecord& r, std::string_view prop, bool& skipped) {
    const FtmProp* p = r.find(prop);
    if (!p)
        fail(r, r.line_start,
             "a " + r.schema + " without '" + std::string(prop) + "'; expected the id of the entity it links");
    const FtmValue& v = p->values.front();
    if (auto node = d_.graph.find_id(v.text)) return *node;
    if (auto it = skipped_ids_.find(v.text); it != skipped_ids_.end()) {
        skip("FtM " + r.schema + " linking a " + it->second, r);
        skipped = true;
        return 0;
    }
    fail(r, v.offset, "'" + std::string(prop) + "' names '" + v.text + "', which is no entity of the file");
}

// The authority of a Sanction is text, not an entity: one `authority` entity per distinct
// name, id "ftm:authority:NAME"; a Sanction without one names a generic "unknown authority".
NodeId FtmReader::authority_node(const FtmRecord& r) {
    Graph& g = d_.graph;
    const FtmValue* a = r.first("authority");
    const bool known = a && !name_key(a->text).empty();
    const std::string name = known ? nfc(a->text) : std::string("unknown authority");
    const std::string id = "ftm:authority:" + name;
    if (auto v = g.find_id(id)) return *v;
    NodeData n;
    n.id = g.strings().intern(id);
    n.type = g.vocabulary().entity_types.add("authority");
    n.name = g.strings().intern(name);
    n.generic = !known;
    n.evidence = evidence_of(r);
    return add_node(std::move(n), r);
}

void FtmReader::build_link(const FtmRecord& r) {
    Graph& g = d_.graph;
    const LinkSpec& spec = *link_spec(r.schema);
    const bool sanction = spec.from.empty();
    bool skipped = false;
    const NodeId target = endpoint(r, spec.to, skipped);
    const NodeId source = sanction || skipped ? 0 : endpoint(r, spec.from, skipped);
    if (skipped) return;
    EdgeData e;
    e.source = sanction ? authority_node(r) : source;
    e.target = target;
    e.id = g.strings().intern(r.id);
    std::string_view type = spec.type;
    if (const FtmValue* t = r.first("repnet:type")) {
        if (name_key(t->text).empty()) fail(r, t->offset, "repnet:type is empty; expected a relation type");
        type = t->text;
    }
    e.type = g.vocabulary().relation_types.add(type);
    if (sanction) e.severity = Severity::restriction;
    const FtmValue* date = r.first("date");
    const FtmValue* start = r.first("startDate");
    const FtmValue* end = r.first("endDate");
    if (sanction && !start && !date) date = r.first("listingDate");  // the day of listing, when no term is given
    if (start)
        e.when.start = date_of(r, *start);
    else if (date)
        e.when.start = date_of(r, *date);
    if (end)
        e.when.end = date_of(r, *end);
    else if (date && !start)
        e.when.end = e.when.start;
    if (!e.when.start.empty() && !e.when.end.empty() && latest_day(e.when.end) < earliest_day(e.when.start))
        fail(r, end ? end->offset : r.line_start,
             "the end date " + e.when.end.str() + " precedes the start " + e.when.start.str());
    for (const auto& p : r.props) {
        if (p.values.empty()) continue;
        const std::string_view key = p.name;
        const FtmValue& v = p.values.front();
        if (key == spec.from || key == spec.to || is_provenance(key) || key == "repnet:type" ||
            key == "repnet:evidence" || key == "repnet:source" || (sanction && key == "authority") ||
            (key == "date" && date) || (key == "startDate" && start) || key == "endDate" ||
            (key == "listingDate" && date == &v))
            continue;
        if (key == "role" || key == "relationship" || key == "country" ||
            (sanction && (key == "program" || key == "reason" || key == "provisions"))) {
            e.attributes.push_back({g.strings().intern(key), StrValue{g.strings().intern(joined(p))}});
        } else if (key == "repnet:severity") {
            auto s = parse_severity(v.text);
            if (!s) fail(r, v.offset, "repnet:severity '" + v.text + "' is no severity label");
            e.severity = *s;
        } else if (key == "repnet:weight") {
            double w = 0;
            auto [ptr, ec] = std::from_chars(v.text.data(), v.text.data() + v.text.size(), w);
            if (ec != std::errc() || ptr != v.text.data() + v.text.size() || !std::isfinite(w) || !(w > 0))
                fail(r, v.offset, "repnet:weight '" + v.text + "' is not a finite number > 0");
            e.weight = w;
        } else if (key == "repnet:prosecution") {
            auto node = g.find_id(v.text);
            if (!node) fail(r, v.offset, "repnet:prosecution names '" + v.text + "', which is no entity of the file");
            e.prosecution = *node;
        } else if (key == "repnet:derived") {
            e.from_prosecution_field = v.text == "true";
            if (e.from_prosecution_field) ++d_.report.derived_edges;
        } else if (key == "repnet:id") {
            e.id = g.strings().intern(v.text);
        } else if (key.starts_with("repnet:attr:")) {
            e.attributes.push_back({g.strings().intern(key.substr(12)), StrValue{g.strings().intern(joined(p))}});
        } else if (key.starts_with("repnet:typed:")) {
            e.attributes.push_back({g.strings().intern(key.substr(13)), typed_value(r, v)});
        } else {
            e.attributes.push_back({g.strings().intern("ftm:" + p.name), StrValue{g.strings().intern(joined(p))}});
        }
    }
    e.evidence = evidence_of(r);
    g.add_edge(std::move(e));
    ++d_.report.relations.loaded;
}

}  // namespace

bool is_ftm_path(const std::filesystem::path& path) {
    const auto ext = path.extension();
    const std::string name = path.filename().string();
    return ext == ".ftm" || ext == ".ndjson" || ext == ".jsonl" ||
           (name.size() > 9 && name.compare(name.size() - 9, 9, ".ftm.json") == 0);
}

bool looks_like_ftm(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '{') return false;
    std::string_view line = head.substr(first);
    line = line.substr(0, line.find('\n'));
    return line.find("\"schema\"") != std::string_view::npos &&
           line.find("\"repnet_dataset\"") == std::string_view::npos;
}

Dataset load_ftm_text(std::string name, std::string_view text, const LoadOptions& options) {
    return FtmReader(std::move(name), text, options).run();
}

Dataset load_ftm(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string text =
        read_input_file(path, options.max_file_size, "a FollowTheMoney entity stream (one JSON entity per line)");
    return load_ftm_text(path.string(), text, options);
}

}  // namespace repnet

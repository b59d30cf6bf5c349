#include "exports/report_html.hpp"

#include <openssl/evp.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <set>

#include "engine/errors.hpp"
#include "exports/analysis_report.hpp"
#include "exports/report_json.hpp"
#include "exports/report_page.hpp"
#include "exports/temporal_json.hpp"
#include "names/name_key.hpp"

namespace repnet {
namespace {

using Alloc = rapidjson::Document::AllocatorType;

rapidjson::Value text(std::string_view s, Alloc& a) {
    return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), a);
}

rapidjson::Value cell_json(const Cell& c, Alloc& a) {
    if (const auto* b = std::get_if<bool>(&c)) return rapidjson::Value(*b);
    if (const auto* i = std::get_if<std::int64_t>(&c)) return rapidjson::Value(*i);
    if (const auto* d = std::get_if<double>(&c)) return rapidjson::Value(*d);
    if (const auto* s = std::get_if<std::string>(&c)) return text(*s, a);
    return rapidjson::Value(rapidjson::kNullType);
}

// {"names": [...], "types": [...], "values": [[column of cells], ...]}: column-wise, so 10^4 rows stay compact.
rapidjson::Value table_json(const AttributeTable& t, Alloc& a) {
    rapidjson::Value names(rapidjson::kArrayType), types(rapidjson::kArrayType), values(rapidjson::kArrayType);
    for (const Column& c : t.columns()) {
        names.PushBack(text(c.name, a), a);
        types.PushBack(text(xml_type_name(c.type), a), a);
        rapidjson::Value cells(rapidjson::kArrayType);
        cells.Reserve(static_cast<rapidjson::SizeType>(c.cells.size()), a);
        for (const Cell& cell : c.cells) cells.PushBack(cell_json(cell, a), a);
        values.PushBack(cells, a);
    }
    rapidjson::Value o(rapidjson::kObjectType);
    o.AddMember("names", names, a);
    o.AddMember("types", types, a);
    o.AddMember("values", values, a);
    return o;
}

// Per node: its name keys (variant tokens and their stems, of the name and every alias), space-separated.
rapidjson::Value name_keys_json(const Graph& g, const names::Transliterator& tr, Alloc& a) {
    rapidjson::Value keys(rapidjson::kArrayType);
    keys.Reserve(static_cast<rapidjson::SizeType>(g.node_count()), a);
    for (NodeId v = 0; v < g.node_count(); ++v) {
        std::set<std::string> tokens;
        auto add = [&](std::string_view name) {
            for (const std::string& t : names::split_tokens(tr.to_ascii(name))) {
                const std::string variant = names::variant_token(t);
                tokens.insert(variant);
                tokens.insert(names::stem_token(variant));
            }
        };
        add(g.str(g.node(v).name));
        for (const auto& alias : g.node(v).aliases) add(g.str(alias));
        std::string joined;
        for (const std::string& t : tokens) joined += (joined.empty() ? "" : " ") + t;
        keys.PushBack(text(joined, a), a);
    }
    return keys;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The ascii level of names/name_key.hpp letter by letter, for what a user may type in the search box: Latin with
// diacritics, Greek and Cyrillic (Kazakh and Russian letters included). The page applies it to the query, then the
// variant rules below, so "Бокаев" gives the key "bokaev" as `repnet find` does.
rapidjson::Value transliteration_json(const names::Transliterator& tr, Alloc& a) {
    rapidjson::Value o(rapidjson::kObjectType);
    constexpr std::array<std::pair<char32_t, char32_t>, 3> kRanges = {
        {{0x00C0, 0x024F}, {0x0370, 0x03FF}, {0x0400, 0x04FF}}};
    for (const auto& [lo, hi] : kRanges)
        for (char32_t c = lo; c <= hi; ++c) {
            std::string letter;
            append_utf8(letter, c);
            const std::string ascii = tr.to_ascii(letter);
            if (ascii.empty() || ascii == letter) continue;
            o.AddMember(text(letter, a), text(ascii, a), a);
        }
    return o;
}

// The variant rules, probed through names::variant_token itself so the page cannot drift from the CLI: each pair
// is what variant_token makes of the pattern. Order matters and is the order of name_key.cpp.
rapidjson::Value variant_rules_json(Alloc& a) {
    rapidjson::Value rules(rapidjson::kArrayType);
    for (std::string_view from : {"q", "gh", "dzh", "dj", "zh", "kh", "ks", "ye", "y"}) {
        rapidjson::Value pair(rapidjson::kArrayType);
        pair.PushBack(text(from, a), a);
        pair.PushBack(text(names::variant_token(from), a), a);
        rules.PushBack(pair, a);
    }
    return rules;
}

std::string serialise(const rapidjson::Value& v) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

rapidjson::Document report_payload(const Dataset& d, const AnalysisResults& r) {
    const Graph& g = d.graph;
    rapidjson::Document doc = analysis_report(d, r);
    Alloc& a = doc.GetAllocator();
    doc.AddMember("nodes", table_json(analysis_node_table(g, r), a), a);
    rapidjson::Value edges = table_json(edge_table(g), a);
    rapidjson::Value source(rapidjson::kArrayType), target(rapidjson::kArrayType);
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        source.PushBack(static_cast<std::uint64_t>(g.edge(e).source), a);
        target.PushBack(static_cast<std::uint64_t>(g.edge(e).target), a);
    }
    edges.AddMember("source", source, a);
    edges.AddMember("target", target, a);
    doc.AddMember("edges", edges, a);
    rapidjson::Value node_ids(rapidjson::kArrayType);
    for (NodeId v = 0; v < g.node_count(); ++v) node_ids.PushBack(text(g.str(g.node(v).id), a), a);
    doc.AddMember("node_ids", node_ids, a);
    rapidjson::Value timelines(rapidjson::kObjectType);
    for (NodeId v = 0; v < r.timelines.size(); ++v)
        if (!r.timelines[v].empty())
            timelines.AddMember(text(std::to_string(v), a), timeline_json(g, r.timelines[v], a), a);
    doc.AddMember("timelines", timelines, a);
    const names::Transliterator tr;
    rapidjson::Value search(rapidjson::kObjectType);
    search.AddMember("transliterator", rapidjson::StringRef(names::kTransliteratorId), a);
    search.AddMember("keys", name_keys_json(g, tr, a), a);
    search.AddMember("letters", transliteration_json(tr, a), a);
    search.AddMember("variant_rules", variant_rules_json(a), a);
    doc.AddMember("search", search, a);
    return doc;
}

std::string sha256_hex(std::string_view data) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), md.data(), &len, EVP_sha256(), nullptr) != 1)
        throw InternalError("SHA-256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < len; ++i) {
        hex += kHex[md[i] >> 4];
        hex += kHex[md[i] & 15];
    }
    return hex;
}

void write_report_html(std::ostream& out, const Dataset& d, const AnalysisResults& r) {
    std::string json = serialise(report_payload(d, r));
    // Inside <script type="application/json"> only "</" could end the element early; JSON allows "<\/".
    std::string safe;
    safe.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        safe += json[i];
        if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') safe += '\\';
    }
    json.clear();
    // Of the payload exactly as the page holds it: the text of <script id="repnet-data">.
    const std::string checksum = sha256_hex(safe);
    out << report_page::kBeforeChecksum << checksum << report_page::kBeforePayload << safe
        << report_page::kAfterPayload;
}

}  // namespace repnet

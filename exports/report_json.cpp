#include "exports/report_json.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "exports/atomic_file.hpp"

namespace repnet {
namespace {

using Alloc = rapidjson::Document::AllocatorType;

rapidjson::Value text(const std::string& s, Alloc& a) {
    return rapidjson::Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
}

rapidjson::Value counts_json(const RecordCounts& c, Alloc& a) {
    rapidjson::Value v(rapidjson::kObjectType);
    v.AddMember("loaded", static_cast<std::uint64_t>(c.loaded), a);
    v.AddMember("merged", static_cast<std::uint64_t>(c.merged), a);
    v.AddMember("rejected", static_cast<std::uint64_t>(c.rejected), a);
    return v;
}

rapidjson::Value notes_json(const std::vector<RecordNote>& notes, Alloc& a) {
    rapidjson::Value arr(rapidjson::kArrayType);
    for (const auto& n : notes) {
        rapidjson::Value v(rapidjson::kObjectType);
        v.AddMember("record", text(record_kind_name(n.kind), a), a);
        v.AddMember("id", text(n.id, a), a);
        v.AddMember("where", text(n.where.str(), a), a);
        v.AddMember("reason", text(n.reason, a), a);
        arr.PushBack(v, a);
    }
    return arr;
}

rapidjson::Value count_map(const std::map<std::string, std::size_t>& m, Alloc& a) {
    rapidjson::Value v(rapidjson::kObjectType);
    for (const auto& [k, n] : m) v.AddMember(text(k, a), rapidjson::Value(static_cast<std::uint64_t>(n)), a);
    return v;
}

}  // namespace

rapidjson::Value load_report_json(const LoadReport& r, Alloc& a) {
    rapidjson::Value v(rapidjson::kObjectType);
    rapidjson::Value files(rapidjson::kArrayType);
    for (const auto& f : r.files) files.PushBack(text(f, a), a);
    v.AddMember("files", files, a);
    v.AddMember("sources", counts_json(r.sources, a), a);
    v.AddMember("entities", counts_json(r.entities, a), a);
    v.AddMember("relations", counts_json(r.relations, a), a);
    v.AddMember("edges_from_prosecution_fields", static_cast<std::uint64_t>(r.derived_edges), a);
    v.AddMember("merges", notes_json(r.merges, a), a);
    v.AddMember("rejections", notes_json(r.rejections, a), a);
    return v;
}

rapidjson::Value summary_json(const GraphSummary& s, Alloc& a) {
    rapidjson::Value v(rapidjson::kObjectType);
    v.AddMember("nodes", static_cast<std::uint64_t>(s.nodes), a);
    v.AddMember("edges", static_cast<std::uint64_t>(s.edges), a);
    v.AddMember("nodes_by_type", count_map(s.nodes_by_type, a), a);
    v.AddMember("edges_by_relation", count_map(s.edges_by_relation, a), a);
    v.AddMember("components", static_cast<std::uint64_t>(s.components), a);
    v.AddMember("largest_component", static_cast<std::uint64_t>(s.largest_component), a);
    v.AddMember("isolated_nodes", static_cast<std::uint64_t>(s.isolated_nodes), a);
    v.AddMember("dated_edges", static_cast<std::uint64_t>(s.dated_edges), a);
    v.AddMember("first_date", text(s.first_date.str(), a), a);
    v.AddMember("last_date", text(s.last_date.str(), a), a);
    return v;
}

rapidjson::Document stats_document(const Dataset& dataset, const GraphSummary& summary) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& a = doc.GetAllocator();
    doc.AddMember("summary", summary_json(summary, a), a);
    doc.AddMember("load", load_report_json(dataset.report, a), a);
    return doc;
}

rapidjson::Document make_report(const Dataset& dataset, const GraphSummary& summary) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& a = doc.GetAllocator();
    doc.AddMember("repnet_report", 1, a);
    doc.AddMember("dataset", text(dataset.name, a), a);
    rapidjson::Value sources(rapidjson::kArrayType);
    const Graph& g = dataset.graph;
    for (const auto& s : g.sources()) {
        rapidjson::Value v(rapidjson::kObjectType);
        v.AddMember("id", text(g.str(s.id), a), a);
        v.AddMember("publisher", text(g.str(s.publisher), a), a);
        v.AddMember("title", text(g.str(s.title), a), a);
        v.AddMember("period", text(s.period.str(), a), a);
        sources.PushBack(v, a);
    }
    doc.AddMember("sources", sources, a);
    doc.AddMember("load", load_report_json(dataset.report, a), a);
    doc.AddMember("summary", summary_json(summary, a), a);
    return doc;
}

void write_json(std::ostream& out, const rapidjson::Value& value) {
    rapidjson::OStreamWrapper wrapper(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> writer(wrapper);
    writer.SetIndent(' ', 2);
    value.Accept(writer);
    out << '\n';
}

void export_json(const std::filesystem::path& path, const rapidjson::Value& value) {
    write_file_atomically(path, [&](std::ostream& out) { write_json(out, value); });
}

}  // namespace repnet

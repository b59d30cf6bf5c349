#include "loaders/load_any.hpp"

#include <fstream>

#include "loaders/acled.hpp"
#include "loaders/csv_sheets.hpp"
#include "loaders/edge_list.hpp"
#include "loaders/ftm.hpp"
#include "loaders/graphml_in.hpp"
#include "loaders/input_file.hpp"

namespace repnet {

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

std::string extension(const std::filesystem::path& p) {
    return lower(p.extension().string());
}

std::string first_line(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    return lower(std::string(head.substr(0, head.find_first_of("\r\n"))));
}

bool detect_csv_sheets(const std::filesystem::path& path, std::string_view, bool is_dir) {
    if (is_dir) return find_csv_sheets(path).has_value();
    return extension(path) == ".csv" && find_csv_sheets(path).has_value();
}

bool detect_acled(const std::filesystem::path& path, std::string_view head, bool is_dir) {
    return !is_dir && extension(path) == ".csv" && is_acled_header(first_line(head));
}

bool detect_ftm(const std::filesystem::path& path, std::string_view head, bool is_dir) {
    return !is_dir && (is_ftm_path(path) || (extension(path) == ".json" && looks_like_ftm(head)));
}

bool detect_graphml(const std::filesystem::path& path, std::string_view, bool is_dir) {
    return !is_dir && extension(path) == ".graphml";
}

bool detect_gexf(const std::filesystem::path& path, std::string_view, bool is_dir) {
    return !is_dir && extension(path) == ".gexf";
}

bool detect_json(const std::filesystem::path& path, std::string_view head, bool is_dir) {
    if (is_dir) return true;  // a directory of *.json files (the JSON loader says if it holds none)
    if (extension(path) == ".json") return true;
    // No known extension: JSON if the text starts like it.
    if (!path.has_extension()) {
        if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
        const auto at = head.find_first_not_of(" \t\r\n");
        return at != std::string_view::npos && head[at] == '{';
    }
    return false;
}

bool detect_edges(const std::filesystem::path& path, std::string_view, bool is_dir) {
    return !is_dir && is_edge_list_path(path);
}

Dataset load_json(const std::filesystem::path& path, const LoadOptions& options) {
    return load_dataset(path, options);
}

constexpr InputFormat kFormats[] = {
    {"csv", "spreadsheet CSV sheets: a folder with entities.csv, relations.csv, prosecutions.csv, sources.csv",
     detect_csv_sheets, load_csv_sheets},
    {"acled", "an ACLED event export (CSV with event_id_cnty, event_date, event_type, actor1, ...)", detect_acled,
     load_acled},
    {"ftm",
     "a FollowTheMoney entity stream (NDJSON: *.ftm, *.ndjson, *.jsonl, *.ftm.json, or a *.json file whose first "
     "line is an FtM entity)",
     detect_ftm, load_ftm},
    {"graphml", "a GraphML graph (*.graphml), e.g. saved by Gephi, NetworkX or igraph", detect_graphml, load_graph_xml},
    {"gexf", "a GEXF graph (*.gexf), e.g. saved by Gephi", detect_gexf, load_graph_xml},
    {"json", "a repnet JSON dataset file (*.json) or a directory of them", detect_json, load_json},
    {"edges", "a plain edge list (*.tsv, *.edges, *.txt)", detect_edges, load_edge_list},
};

std::string read_head(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    return head;
}

}  // namespace

std::span<const InputFormat> input_formats() {
    return kFormats;
}

const InputFormat* find_input_format(std::string_view name) {
    for (const auto& f : kFormats)
        if (f.name == name) return &f;
    return nullptr;
}

std::string input_format_list() {
    std::string out;
    for (const auto& f : kFormats)
        out += (out.empty() ? "" : "; ") + std::string(f.name) + " (" + std::string(f.description) + ")";
    return out;
}

const InputFormat& detect_input_format(const std::filesystem::path& path) {
    const bool is_dir = input_kind(path, "a dataset file or directory") == InputKind::directory;
    const std::string head = is_dir ? std::string() : read_head(path);
    for (const auto& f : kFormats)
        if (f.detect(path, head, is_dir)) return f;
    std::string why = "cannot tell the format of this file";
    if (extension(path) == ".csv")
        why =
            "a CSV file that is neither a sheet (its name ends in entities.csv, relations.csv, prosecutions.csv or "
            "sources.csv) nor an ACLED export (its header has event_id_cnty, event_date, event_type); header: '" +
            first_line(head).substr(0, 200) + "'";
    throw InputError(SourceLocation{path.string()},
                     why + "; expected one of these formats: " + input_format_list() + " (--input-format forces one)");
}

Dataset load_dataset_any(const std::filesystem::path& path, const LoadOptions& options, std::string_view format) {
    if (format.empty()) return detect_input_format(path).load(path, options);
    const InputFormat* f = find_input_format(format);
    if (!f) throw InvalidArgument("input format", "must be one of: " + input_format_list(), std::string(format));
    return f->load(path, options);
}

}  // namespace repnet

#pragma once
// Reads a plain edge list (docs/dataset-format.md, "Edge lists") into a Graph:
// one edge per line, "SOURCE TARGET [WEIGHT]", fields separated by spaces or
// tabs, '#' starts a comment line, blank lines are skipped, CRLF is accepted.
// Node tokens are names; every node has type "node", every edge type "edge".
//
// Node numbering: if every node token is a plain decimal integer (no sign, no
// leading zero) and at least half of the integers 0..max appear, node i is the
// node named "i" and integers in 0..max that no line names are isolated nodes —
// the SNAP / igraph convention, which lets a list keep isolated nodes and node
// order. Otherwise nodes are numbered in order of first appearance.
//
// Errors name file:line:column (column of the offending field, 1-based bytes).
// Complexity O(bytes + nodes + edges); no per-line allocation.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csr.hpp"
#include "loaders/dataset_loader.hpp"

namespace repnet {

// True for paths the edge-list reader takes: *.tsv, *.edges, *.txt.
bool is_edge_list_path(const std::filesystem::path& path);

// Throws InputError (missing file, or the first bad line unless options.lenient).
Dataset load_edge_list(const std::filesystem::path& path, const LoadOptions& options = {});

// The same, from text in memory; name is used in messages.
Dataset load_edge_list_text(std::string name, std::string_view text, const LoadOptions& options = {});

struct EdgeListCsrOptions {
    bool directed = false;  // the view's direction (the default view is undirected)
    unsigned threads = 0;   // 0 = all cores
};

struct EdgeListCsr {
    // The simple view (engine/csr.hpp): CSR node i is node i of load_edge_list's Dataset.
    CsrGraph view;
    // Node i's token; empty when nodes are numbered by value (node i is the integer i).
    std::vector<std::string> names;
    LoadReport report;  // files, rejections (lenient), nodes and edges loaded
};

// The bulk path: the same parsing, checks, error locations and node numbering as
// load_edge_list, straight to the CSR view without building the typed Graph (no
// per-edge allocation). O(bytes + nodes + edges).
EdgeListCsr load_edge_list_csr(const std::filesystem::path& path, const LoadOptions& options = {},
                               const EdgeListCsrOptions& csr_options = {});
EdgeListCsr load_edge_list_csr_text(std::string name, std::string_view text, const LoadOptions& options = {},
                                    const EdgeListCsrOptions& csr_options = {});

}  // namespace repnet

#include "loaders/edge_list.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <thread>
#include <unordered_map>
#include <vector>

#include "engine/errors.hpp"
#include "engine/large_array.hpp"
#include "loaders/mapped_file.hpp"
#include "loaders/utf8.hpp"

namespace repnet {
namespace {

constexpr const char* kWhat = "an edge list (SOURCE TARGET [WEIGHT] per line)";

constexpr bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// A canonical non-negative decimal integer below 2^32 - 1, or -1.
std::int64_t plain_integer(std::string_view t) {
    if (t.empty() || t.size() > 10 || (t.size() > 1 && t[0] == '0')) return -1;
    std::int64_t v = 0;
    for (char c : t) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v < std::int64_t(UINT32_MAX) ? v : -1;
}

class EdgeListReader {
public:
    EdgeListReader(std::string name, std::string_view text, const LoadOptions& options)
        : name_(std::move(name)), text_(text), options_(options) {}

    Dataset run() {
        check_encoding();
        parse();
        Dataset d;
        d.name = std::filesystem::path(name_).filename().string();
        fill_report(d.report);
        build(d);
        return d;
    }

    EdgeListCsr run_csr(const EdgeListCsrOptions& csr_options) {
        check_encoding();
        const unsigned threads =
            csr_options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : csr_options.threads;
        parse_parallel(threads);
        EdgeListCsr out;
        fill_report(out.report);
        const bool by_value = number_by_value();
        const std::uint64_t nodes = node_total(by_value);
        if (!by_value) {
            out.names.reserve(names_.size());
            for (const auto name : names_) out.names.emplace_back(name);
        }
        out.view = build_simple_csr(static_cast<std::uint32_t>(nodes), edges_, csr_options.directed, threads);
        out.report.entities.loaded = nodes;
        out.report.relations.loaded = edges_.size();
        return out;
    }

private:
    void fill_report(LoadReport& report) {
        report.files.push_back(name_);
        report.rejections = std::move(rejections_);
        report.relations.rejected = report.rejections.size();
    }

    void check_encoding() {
        const std::size_t bad = invalid_utf8_offset(text_);
        if (bad == std::string_view::npos) return;
        const std::size_t line_start = text_.rfind('\n', bad == 0 ? 0 : bad - 1);
        const std::size_t column = line_start == std::string_view::npos || bad == 0 ? bad + 1 : bad - line_start;
        const std::size_t line = 1 + static_cast<std::size_t>(std::count(text_.begin(), text_.begin() + bad, '\n'));
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text_[bad]));
        throw InputError(
            SourceLocation{name_, line, column},
            std::string(text_[bad] == '\0' ? "NUL byte" : "invalid UTF-8 (byte " + std::string(hex) + ")") +
                "; expected UTF-8 text");
    }

    void parse() {
        // A UTF-8 byte order mark is skipped (first-line columns count from after it).
        const std::size_t begin = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        edges_.reserve(edges_.size() + 1 + lines_in(begin, text_.size()));
        parse_range(begin, text_.size(), 0);
    }

    // At most one edge per line: reserving for them all spares the copies of growing.
    std::size_t lines_in(std::size_t begin, std::size_t end) const {
        return static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(begin),
                                                   text_.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
    }

    // Parses the lines in [begin, end) (begin at a line start), numbering them from lines_before + 1.
    void parse_range(std::size_t begin, std::size_t end_of_range, std::size_t lines_before) {
        std::size_t line_no = lines_before;
        for (std::size_t pos = begin; pos < end_of_range;) {
            std::size_t end = text_.find('\n', pos);
            if (end == std::string_view::npos || end > end_of_range) end = end_of_range;
            ++line_no;
            parse_line(text_.substr(pos, end - pos), line_no);
            pos = end + 1;
        }
    }

    // parse() on two threads for large texts: each parses half of the lines with its own
    // numbering, then the second half's nodes, in their order of first appearance, are
    // numbered after the first half's, which is the order a single pass gives. Any error
    // (or more than max_nodes nodes) parses again on one thread, so errors and their
    // locations are those of the single pass.
    void parse_parallel(unsigned threads) {
        const std::size_t begin = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        std::size_t middle = begin + (text_.size() - begin) / 2;
        middle = text_.find('\n', middle);
        if (threads < 2 || text_.size() < kParallelBytes || middle == std::string_view::npos) {
            parse();
            return;
        }
        ++middle;
        const std::size_t lines_before = lines_in(begin, middle);
        const std::size_t lines_after = lines_in(middle, text_.size());
        // The first reader's array holds both halves' edges once merged, so it is not copied then.
        edges_.reserve(lines_before + lines_after + 1);
        EdgeListReader second(name_, text_, options_);
        second.edges_.reserve(lines_after + 1);
        std::exception_ptr first_error, second_error;
        std::thread worker([&] {
            try {
                second.parse_range(middle, text_.size(), lines_before);
            } catch (...) {
                second_error = std::current_exception();
            }
        });
        try {
            parse_range(begin, middle, 0);
        } catch (...) {
            first_error = std::current_exception();
        }
        worker.join();
        if (first_error) std::rethrow_exception(first_error);
        if (!second_error) {
            try {
                std::vector<std::uint32_t> number(second.names_.size());
                for (std::size_t i = 0; i < number.size(); ++i) number[i] = node(second.names_[i], 0, 0);
                for (const WeightedEdge& e : second.edges_)
                    edges_.push_back({number[e.source], number[e.target], e.weight});
                rejections_.insert(rejections_.end(), std::make_move_iterator(second.rejections_.begin()),
                                   std::make_move_iterator(second.rejections_.end()));
                return;
            } catch (const InputError&) {  // more than max_nodes: located by the single pass
            }
        }
        edges_.clear();
        rejections_.clear();
        names_.clear();
        index_.clear();
        by_integer_.clear();
        by_integer_mode_ = true;
        integers_ = true;
        max_ = 0;
        parse();
    }

    void parse_line(std::string_view line, std::size_t line_no) {
        std::string_view fields[3];
        std::size_t columns[3] = {0, 0, 0};
        std::size_t count = 0;
        for (std::size_t i = 0; i < line.size();) {
            if (is_blank(line[i])) {
                ++i;
                continue;
            }
            if (count == 0 && line[i] == '#') return;  // comment line
            const std::size_t start = i;
            while (i < line.size() && !is_blank(line[i])) ++i;
            if (count == 3) {
                reject(line_no, start + 1,
                       "found a 4th field '" + std::string(line.substr(start, i - start)) +
                           "'; expected SOURCE TARGET [WEIGHT]");
                return;
            }
            fields[count] = line.substr(start, i - start);
            columns[count++] = start + 1;
        }
        if (count == 0) return;  // blank line
        if (count == 1) {
            reject(line_no, line.size() + 1, "found only one field; expected SOURCE TARGET [WEIGHT]");
            return;
        }
        double weight = 1.0;
        if (count == 3) {
            const auto w = fields[2];
            auto [ptr, ec] = std::from_chars(w.data(), w.data() + w.size(), weight);
            if (ec != std::errc() || ptr != w.data() + w.size() || !std::isfinite(weight) || !(weight > 0)) {
                reject(line_no, columns[2], "weight '" + std::string(w) + "' is not a finite number > 0");
                return;
            }
        }
        const std::uint32_t s = node(fields[0], line_no, columns[0]);
        const std::uint32_t t = node(fields[1], line_no, columns[1]);
        edges_.push_back({s, t, weight});
    }

    void reject(std::size_t line, std::size_t column, std::string reason) {
        SourceLocation where{name_, line, column};
        if (!options_.lenient) throw InputError(std::move(where), std::move(reason));
        rejections_.push_back(
            {RecordKind::relation, "line " + std::to_string(line), std::move(where), std::move(reason)});
    }

    // Tokens are labels, numbered densely in order of first appearance; memory
    // grows with the number of distinct tokens, never with their values.
    //
    // While every token is a plain integer of moderate size, the table from token to
    // number is a vector indexed by the integer (no hashing); the first other token moves
    // the numbering to a hash map of the token text, with the same numbers.
    std::uint32_t node(std::string_view token, std::size_t line, std::size_t column) {
        if (integers_) {
            const std::int64_t v = plain_integer(token);
            if (v >= 0 && fits_by_integer(static_cast<std::uint64_t>(v))) {
                std::uint32_t& slot = by_integer_[static_cast<std::size_t>(v)];
                if (slot != kAbsent) return slot;
                slot = add_name(token, line, column);
                max_ = std::max<std::uint32_t>(max_, static_cast<std::uint32_t>(v));
                return slot;
            }
            if (v < 0) integers_ = false;
            move_to_hash_map();
        }
        auto [it, added] = index_.try_emplace(token, static_cast<std::uint32_t>(names_.size()));
        if (!added) return it->second;
        add_name(token, line, column);
        if (integers_) {
            const std::int64_t v = plain_integer(token);
            if (v < 0)
                integers_ = false;
            else
                max_ = std::max<std::uint32_t>(max_, static_cast<std::uint32_t>(v));
        }
        return it->second;
    }

    std::uint32_t add_name(std::string_view token, std::size_t line, std::size_t column) {
        if (names_.size() >= options_.max_nodes)
            throw InputError(SourceLocation{name_, line, column},
                             "more than " + std::to_string(options_.max_nodes) +
                                 " distinct nodes; raise the limit with --max-nodes N");
        names_.push_back(token);
        return static_cast<std::uint32_t>(names_.size() - 1);
    }

    // The integer table grows to v + 1 while that stays within a few times the distinct
    // tokens or half the text's bytes (plus 1 M), so memory grows with the input, never with
    // the values alone: at most 2 bytes of table per byte of text in each of the two halves'
    // readers (parse_parallel). (Bounded by the tokens only,
    // the 10m bench list, whose first line names node 2,435,670, fell back to the hash map
    // and took 3× as long to load.)
    bool fits_by_integer(std::uint64_t v) {
        if (!by_integer_mode_) return false;
        if (v < by_integer_.size()) return true;
        const std::uint64_t limit =
            std::max<std::uint64_t>(4 * std::uint64_t(names_.size()), text_.size() / 2) + (std::uint64_t(1) << 20);
        if (v >= limit) return false;
        by_integer_.resize(std::min<std::uint64_t>(limit, std::max<std::uint64_t>(v + 1, 2 * by_integer_.size())),
                           kAbsent);
        return true;
    }

    void move_to_hash_map() {
        if (!by_integer_mode_) return;
        by_integer_mode_ = false;
        by_integer_ = {};
        index_.reserve(names_.size());
        for (std::size_t i = 0; i < names_.size(); ++i) index_.emplace(names_[i], static_cast<std::uint32_t>(i));
    }

    // Every token a plain integer and at least half of 0..max present: node i is
    // the node named "i" and the integers no line names are isolated nodes (the
    // SNAP / igraph convention). The span is at most twice the distinct tokens.
    // Renumbers the parsed edges by value when so.
    bool number_by_value() {
        const bool by_value =
            integers_ && !names_.empty() && std::uint64_t(max_) + 1 <= 2 * std::uint64_t(names_.size());
        if (by_value) {
            std::vector<std::uint32_t> value(names_.size());
            for (std::size_t i = 0; i < names_.size(); ++i)
                value[i] = static_cast<std::uint32_t>(plain_integer(names_[i]));
            for (WeightedEdge& e : edges_) {
                e.source = value[e.source];
                e.target = value[e.target];
            }
        }
        return by_value;
    }

    std::uint64_t node_total(bool by_value) const {
        const std::uint64_t nodes = by_value ? std::uint64_t(max_) + 1 : names_.size();
        if (nodes > options_.max_nodes)
            throw InputError(SourceLocation{name_}, "numbering nodes 0.." + std::to_string(max_) + " needs more than " +
                                                        std::to_string(options_.max_nodes) +
                                                        " nodes; raise the limit with --max-nodes N");
        return nodes;
    }

    void build(Dataset& d) {
        const bool by_value = number_by_value();
        const std::uint64_t nodes = node_total(by_value);
        Graph& g = d.graph;
        const TypeId node_type = g.vocabulary().entity_types.add("node");
        const TypeId edge_type = g.vocabulary().relation_types.add("edge");
        g.reserve(nodes, edges_.size());
        for (std::uint64_t v = 0; v < nodes; ++v) {
            NodeData n;
            n.type = node_type;
            if (by_value) {
                char digits[24];
                auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
                (void)ec;
                n.id = g.strings().intern(std::string_view(digits, static_cast<std::size_t>(end - digits)));
            } else {
                n.id = g.strings().intern(names_[v]);
            }
            n.name = n.id;
            g.add_node(std::move(n));
        }
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            EdgeData x;
            char id[24] = {'e'};
            auto [end, ec] = std::to_chars(id + 1, id + sizeof id, e);
            (void)ec;
            x.id = g.strings().intern(std::string_view(id, static_cast<std::size_t>(end - id)));
            x.source = edges_[e].source;
            x.target = edges_[e].target;
            x.type = edge_type;
            x.weight = edges_[e].weight;
            g.add_edge(std::move(x));
        }
        d.report.entities.loaded = nodes;
        d.report.relations.loaded = edges_.size();
    }

    static constexpr std::size_t kParallelBytes = std::size_t(1) << 20;  // below 1 MB one thread is as fast

    std::string name_;
    std::string_view text_;
    const LoadOptions& options_;
    LargeVector<WeightedEdge> edges_;  // in input order, ends numbered as the lines name them
    bool integers_ = true;             // every token so far is a plain integer
    std::uint32_t max_ = 0;
    static constexpr std::uint32_t kAbsent = UINT32_MAX;
    bool by_integer_mode_ = true;            // numbering through by_integer_, not index_
    std::vector<std::uint32_t> by_integer_;  // plain integer token -> node number, or kAbsent
    std::unordered_map<std::string_view, std::uint32_t> index_;
    std::vector<std::string_view> names_;
    std::vector<RecordNote> rejections_;
};

}  // namespace

bool is_edge_list_path(const std::filesystem::path& path) {
    const auto ext = path.extension();
    return ext == ".tsv" || ext == ".edges" || ext == ".txt";
}

Dataset load_edge_list_text(std::string name, std::string_view text, const LoadOptions& options) {
    return EdgeListReader(std::move(name), text, options).run();
}

EdgeListCsr load_edge_list_csr_text(std::string name, std::string_view text, const LoadOptions& options,
                                    const EdgeListCsrOptions& csr_options) {
    return EdgeListReader(std::move(name), text, options).run_csr(csr_options);
}

EdgeListCsr load_edge_list_csr(const std::filesystem::path& path, const LoadOptions& options,
                               const EdgeListCsrOptions& csr_options) {
    const MappedFile file(path, options.max_file_size, kWhat);
    return load_edge_list_csr_text(path.string(), file.text(), options, csr_options);
}

Dataset load_edge_list(const std::filesystem::path& path, const LoadOptions& options) {
    const MappedFile file(path, options.max_file_size, kWhat);
    return load_edge_list_text(path.string(), file.text(), options);
}

}  // namespace repnet

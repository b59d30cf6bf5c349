#include "loaders/edge_list.hpp"

#include <charconv>
#include <cmath>
#include <deque>
#include <fstream>
#include <limits>
#include <unordered_map>
#include <vector>

#include "engine/errors.hpp"

namespace repnet {
namespace {

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
        parse();
        Dataset d;
        d.name = std::filesystem::path(name_).filename().string();
        d.report.files.push_back(name_);
        d.report.rejections = std::move(rejections_);
        d.report.relations.rejected = d.report.rejections.size();
        build(d);
        return d;
    }

private:
    void parse() {
        std::size_t line_no = 0;
        for (std::size_t pos = 0; pos < text_.size();) {
            std::size_t end = text_.find('\n', pos);
            if (end == std::string_view::npos) end = text_.size();
            ++line_no;
            parse_line(text_.substr(pos, end - pos), line_no);
            pos = end + 1;
        }
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
        if (integers_ && (plain_integer(fields[0]) < 0 || plain_integer(fields[1]) < 0)) switch_to_names();
        source_.push_back(node(fields[0]));
        target_.push_back(node(fields[1]));
        weight_.push_back(weight);
    }

    void reject(std::size_t line, std::size_t column, std::string reason) {
        SourceLocation where{name_, line, column};
        if (!options_.lenient) throw InputError(std::move(where), std::move(reason));
        rejections_.push_back(
            {RecordKind::relation, "line " + std::to_string(line), std::move(where), std::move(reason)});
    }

    // While every token so far is a plain integer, edges hold the integers themselves;
    // a line with any other token first switches to names numbered by first appearance.
    std::uint32_t node(std::string_view token) {
        if (integers_) {
            const std::int64_t v = plain_integer(token);
            if (v >= 0) {
                max_ = std::max<std::uint32_t>(max_, static_cast<std::uint32_t>(v));
                return static_cast<std::uint32_t>(v);
            }
        }
        auto [it, added] = index_.try_emplace(token, static_cast<std::uint32_t>(names_.size()));
        if (added) names_.push_back(token);
        return it->second;
    }

    // Renumbers the integers read so far by first appearance; their names are their digits.
    void switch_to_names() {
        integers_ = false;
        std::vector<std::uint32_t> renumber(source_.empty() ? 0 : std::size_t(max_) + 1, UINT32_MAX);
        auto rename = [&](std::uint32_t& v) {
            if (renumber[v] == UINT32_MAX) {
                renumber[v] = static_cast<std::uint32_t>(names_.size());
                const std::string& digits = owned_.emplace_back(std::to_string(v));
                names_.push_back(digits);
                index_.emplace(digits, renumber[v]);
            }
            v = renumber[v];
        };
        for (std::size_t e = 0; e < source_.size(); ++e) {
            rename(source_[e]);
            rename(target_[e]);
        }
    }

    void build(Dataset& d) {
        if (integers_ && !source_.empty()) {
            // Dense enough to number nodes by value? Otherwise fall back to first appearance.
            const std::uint64_t span = std::uint64_t(max_) + 1;
            if (span > 4 * source_.size() + 2) {
                switch_to_names();
            } else {
                std::vector<bool> seen(span, false);
                std::uint64_t distinct = 0;
                for (std::size_t e = 0; e < source_.size(); ++e)
                    for (std::uint32_t v : {source_[e], target_[e]})
                        if (!seen[v]) seen[v] = true, ++distinct;
                if (2 * distinct < span) switch_to_names();
            }
        }
        Graph& g = d.graph;
        const TypeId node_type = g.vocabulary().entity_types.add("node");
        const TypeId edge_type = g.vocabulary().relation_types.add("edge");
        const std::uint64_t nodes = integers_ ? (source_.empty() ? 0 : std::uint64_t(max_) + 1) : names_.size();
        g.reserve(nodes, source_.size());
        for (std::uint64_t v = 0; v < nodes; ++v) {
            NodeData n;
            n.type = node_type;
            if (integers_) {
                char digits[16];
                auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
                (void)ec;
                n.id = g.strings().intern(std::string_view(digits, static_cast<std::size_t>(end - digits)));
            } else {
                n.id = g.strings().intern(names_[v]);
            }
            n.name = n.id;
            g.add_node(std::move(n));
        }
        for (std::size_t e = 0; e < source_.size(); ++e) {
            EdgeData x;
            x.source = source_[e];
            x.target = target_[e];
            x.type = edge_type;
            x.weight = weight_[e];
            g.add_edge(std::move(x));
        }
        d.report.entities.loaded = nodes;
        d.report.relations.loaded = source_.size();
    }

    std::string name_;
    std::string_view text_;
    const LoadOptions& options_;
    std::vector<std::uint32_t> source_, target_;
    std::vector<double> weight_;
    bool integers_ = true;
    std::uint32_t max_ = 0;
    std::unordered_map<std::string_view, std::uint32_t> index_;
    std::vector<std::string_view> names_;
    std::deque<std::string> owned_;  // names made from integers read before the switch
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

Dataset load_edge_list(const std::filesystem::path& path, const LoadOptions& options) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw InputError(SourceLocation{path.string()},
                         "no such file; expected an edge list (SOURCE TARGET [WEIGHT] per line)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(SourceLocation{path.string()}, "cannot open file for reading");
    const auto size = std::filesystem::file_size(path, ec);
    std::string text(ec ? 0 : size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (static_cast<std::size_t>(in.gcount()) != text.size())
        throw InputError(SourceLocation{path.string()}, "could not read the whole file");
    return load_edge_list_text(path.string(), text, options);
}

}  // namespace repnet

#pragma once
// Column-wise node or edge attributes, ready for any exporter: the graph's own
// facts (label, type, dates, provenance, data attributes) plus whatever
// algorithms add (centrality, clusters, ...). Values are kept as typed cells
// so each format writes them in its own syntax.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

enum class ColumnType { boolean, integer, real, text };

using Cell = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

struct Column {
    std::string name;
    ColumnType type = ColumnType::text;
    std::vector<Cell> cells;  // one per row; monostate = no value
    // The value a reader assumes when a row has none (GraphML's <default>): rows holding it
    // are written without a value. Only `weight` has one: an all-1 column is typed boolean by
    // Gephi Lite, while the declared default keeps it a number (docs/exports.md).
    Cell default_value;
};

class AttributeTable {
public:
    explicit AttributeTable(std::size_t rows = 0) : rows_(rows) {}
    std::size_t rows() const { return rows_; }
    // A deque, so references returned by add() stay valid as columns are added.
    const std::deque<Column>& columns() const { return columns_; }
    const Column* find(std::string_view name) const;

    // Adds a column; the name is made unique and safe for GraphML/GEXF (NMTOKEN) if needed.
    Column& add(std::string name, ColumnType type);
    void add_real(std::string name, const std::vector<double>& values);
    void add_integer(std::string name, const std::vector<std::int64_t>& values);

private:
    std::size_t rows_;
    std::deque<Column> columns_;
};

// The XML Schema type GraphML and GEXF both use for a column: boolean, long, double, string.
const char* xml_type_name(ColumnType type);

// Text form used by every exporter: booleans "true"/"false", integers in
// decimal, reals in the shortest form that reads back to the same double.
std::string cell_text(const Cell& cell);

AttributeTable node_table(const Graph& graph);
AttributeTable edge_table(const Graph& graph);

}  // namespace repnet

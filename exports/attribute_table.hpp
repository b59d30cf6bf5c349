#pragma once
// Column-wise node or edge attributes, ready for any exporter: the graph's own
// facts (label, type, dates, provenance, data attributes) plus whatever
// algorithms add (centrality, clusters, ...). Values are kept as typed cells
// so each format writes them in its own syntax.
#include <boost/iterator/indirect_iterator.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <memory>
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

// The columns in order, as a random-access range of const Column&.
using ColumnRange =
    boost::iterator_range<boost::indirect_iterator<std::vector<std::shared_ptr<const Column>>::const_iterator>>;

class AttributeTable {
public:
    explicit AttributeTable(std::size_t rows = 0) : rows_(rows) {}
    std::size_t rows() const { return rows_; }
    ColumnRange columns() const {
        return {boost::make_indirect_iterator(columns_.begin()), boost::make_indirect_iterator(columns_.end())};
    }
    const Column* find(std::string_view name) const;

    // Adds a column; the name is made unique and safe for GraphML/GEXF (NMTOKEN) if needed. The
    // reference stays valid as columns are added; fill the column before copying the table.
    // Copies share their columns: a copy that adds columns (the GraphML and GEXF writers add two
    // day columns each) costs the new columns only, not a copy of every edge's cells.
    Column& add(std::string name, ColumnType type);
    void add_real(std::string name, const std::vector<double>& values);
    void add_integer(std::string name, const std::vector<std::int64_t>& values);

private:
    std::size_t rows_;
    std::vector<std::shared_ptr<const Column>> columns_;
};

// The XML Schema type GraphML and GEXF both use for a column: boolean, long, double, string.
const char* xml_type_name(ColumnType type);

// Text form used by every exporter: booleans "true"/"false", integers in
// decimal, reals in the shortest form that reads back to the same double.
std::string cell_text(const Cell& cell);

AttributeTable node_table(const Graph& graph);
AttributeTable edge_table(const Graph& graph);

}  // namespace repnet

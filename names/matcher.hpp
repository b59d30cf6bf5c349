#pragma once
// Finds entities by any spelling of their name (docs/names.md): an index over every name and alias of a graph,
// built once, answering queries by hash look-ups instead of a scan.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/graph.hpp"
#include "names/name_key.hpp"

namespace repnet::names {

// Scores of the reasons, best first (docs/names.md). A match's score is that of its reason.
namespace score {
inline constexpr double id = 1.0, exact_name = 1.0, alias = 0.98, cyrillic = 0.95, cyrillic_variant = 0.92,
                        variant = 0.9, initials = 0.8, partial = 0.8, surname_only = 0.75, edit1 = 0.7, edit2 = 0.6,
                        given_name_only = 0.4;
// A match at least this good may be used without asking (resolve()).
inline constexpr double confident = 0.6;
// Two matches closer than this are equally plausible: neither is chosen silently.
inline constexpr double tie = 0.05;
}  // namespace score

struct NameMatch {
    NodeId node = 0;
    double score = 0;
    std::string reason;   // "exact name", "alias", "Cyrillic transliteration", "variant spelling", ...
    std::string matched;  // the name or alias that matched
    int edits = 0;        // Damerau-Levenshtein edits spent on typos
};

struct FindOptions {
    std::optional<TypeId> type;  // only entities of this type
    std::size_t top = 10;        // at most this many matches; 0 = all
    bool include_weak = false;   // also matches below score::confident (given name only)
};

// The outcome of resolving a name that must identify one entity.
struct Resolution {
    enum class Kind { unique, ambiguous, none } kind = Kind::none;
    std::vector<NameMatch> matches;      // unique: the one; ambiguous: the tied candidates, ranked
    std::vector<NameMatch> suggestions;  // none: the nearest names
};

class NameMatcher {
public:
    // Indexes the name and aliases of every node. O(total length of names), plus ICU time for non-ASCII names.
    explicit NameMatcher(const Graph& graph);

    const Graph& graph() const { return graph_; }

    // Matches, best first (ties by node id). An exact id (or merged id) matches with reason "id".
    // Cost: hash look-ups per query token, then scoring of the entities sharing a token stem (or a stem within
    // the allowed edits, found through a trigram index): independent of the number of entities for selective names.
    std::vector<NameMatch> find(std::string_view query, const FindOptions& options = {}) const;

    // The n names nearest to the query by edit distance, one per entity, for "did you mean" messages.
    std::vector<NameMatch> nearest(std::string_view query, std::size_t n, std::optional<TypeId> type = {}) const;

    // A unique confident match, an ambiguity (several within score::tie of the best), or nothing.
    Resolution resolve(std::string_view query, std::optional<TypeId> type = {}) const;

    // A name form (the name or one alias of a node) and its tokens, for duplicate detection.
    struct Token {
        std::uint32_t ascii, variant, stem;  // ids into the matcher's string table
    };
    struct Form {
        NodeId node;
        std::uint32_t alias;  // 0: the name; k: aliases[k - 1]
        std::uint32_t first_token, token_count;
        bool transliterated;  // the text was not ASCII
    };
    const std::vector<Form>& forms() const { return forms_; }
    std::string_view form_text(const Form& f) const;

    // Scores one form against the tokens of a query; nullopt when they do not match. Public for duplicates.
    struct QueryToken {
        std::string ascii, variant, stem;
        bool initial = false;
        bool patronymic = false;  // ends like one (-uly, -kyzy, -ovich, ...): may be absent from the name
    };
    struct Query {
        std::vector<QueryToken> tokens;
        bool transliterated = false;
    };
    Query parse(std::string_view text) const;
    std::optional<NameMatch> score_form(const Query& q, const Form& f) const;
    // Forms that may match q: sharing a token stem, a stem within the allowed edits, or the whole key.
    std::vector<std::uint32_t> candidate_forms(const Query& q, bool with_typos) const;

private:
    std::uint32_t intern(const std::string& s);
    const std::string& text(std::uint32_t id) const { return *strings_[id]; }
    std::optional<std::uint32_t> lookup(const std::string& s) const;
    static std::uint64_t key_hash(std::vector<std::uint32_t> stem_ids);
    std::vector<std::uint32_t> typo_stems(const QueryToken& token) const;

    const Graph& graph_;
    Transliterator translit_;
    std::unordered_map<std::string, std::uint32_t> string_ids_;
    std::vector<const std::string*> strings_;
    std::vector<Form> forms_;
    std::vector<Token> tokens_;
    // Forms by token stem (CSR over string ids), and by the hash of their sorted stems.
    std::vector<std::uint32_t> stem_offsets_, stem_forms_;
    std::unordered_multimap<std::uint64_t, std::uint32_t> key_forms_;
    // Alphabetic variant tokens of 3+ letters by their letter trigrams, for typo candidates; each variant's stem.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> trigram_variants_;
    std::vector<std::uint32_t> stem_of_;
};

}  // namespace repnet::names

#pragma once
// Pseudonymised output (docs/sharing.md): the names of chosen entity types replaced by stable pseudonyms derived
// with a keyed hash, and every free text of the graph redacted where it names one of those entities.
//
// A pseudonym is HMAC-SHA-256(key, type + canonical name) in Crockford base32, so the same key gives the same
// pseudonym in every run and in every dataset that spells the name alike (partners holding the key can join their
// data), another key gives unrelated pseudonyms, and without the key a pseudonym cannot be recomputed from a
// guessed name (which a plain hash would allow).
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph.hpp"

namespace repnet::names {

// A key shorter than this is refused: HMAC's security is bounded by the key's entropy.
inline constexpr std::size_t kMinKeyBytes = 16;

struct PseudonymiseParams {
    std::vector<std::string> types = {"person"};  // entity types whose names are replaced
};

struct PseudonymiseResult {
    std::size_t entities = 0;        // entities given a pseudonym
    std::size_t texts_redacted = 0;  // free texts (names of other entities, notes, attribute values) changed
    std::size_t ids_replaced = 0;    // ids of other entities and of relations that contained a name
};

// The pseudonym code of a canonical name: 12 Crockford base32 characters of HMAC-SHA-256(key, domain + text).
// Throws InvalidArgument if the key is shorter than kMinKeyBytes.
std::string pseudonym_code(std::string_view key, std::string_view domain, std::string_view text);

// Computes the pseudonyms of a graph's entities of params.types and the index of their name tokens; then rewrites
// that graph (apply) and any other text of the run, such as the load report (redact, id).
// Throws InvalidArgument for a short key or an unknown type name.
class Pseudonymiser {
public:
    Pseudonymiser(const Graph& graph, std::string key, const PseudonymiseParams& params = {});
    ~Pseudonymiser();
    Pseudonymiser(const Pseudonymiser&) = delete;
    Pseudonymiser& operator=(const Pseudonymiser&) = delete;

    // Rewrites the graph given to the constructor, in place. Entities of params.types get the name
    // "<Type> XXXX-XXXX-XXXX", the id "<type>-xxxxxxxxxxxx", no aliases and no merged ids; every other text that
    // names one of them (names and aliases of other entities, evidence notes, string attributes, sentences, source
    // titles) has the name replaced by that pseudonym (or "[person]" where a word fits several); ids of other
    // entities and of relations that contain a name token are replaced by keyed ids.
    PseudonymiseResult apply(Graph& graph) const;

    // A text with every run of words naming a pseudonymised entity replaced by its pseudonym.
    std::string redact(std::string_view text) const;
    // An id as apply() writes it: the pseudonym id of an entity (or of an id merged into it), a keyed id when it
    // contains a name token, otherwise unchanged.
    std::string id(std::string_view id) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Pseudonymiser(graph, key, params).apply(graph).
PseudonymiseResult pseudonymise(Graph& graph, std::string_view key, const PseudonymiseParams& params = {});

}  // namespace repnet::names

#include "names/pseudonymise.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "engine/errors.hpp"
#include "names/name_key.hpp"

namespace repnet::names {
namespace {

constexpr std::size_t kCodeChars = 12;  // 60 bits: collisions stay unlikely up to millions of names
constexpr std::string_view kDomain = "repnet pseudonym v1\n";

std::string crockford_base32(const unsigned char* bytes, std::size_t chars) {
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t i = 0;
    while (out.size() < chars) {
        if (bits < 5) {
            buffer = (buffer << 8) | bytes[i++];
            bits += 8;
        }
        out += alphabet[(buffer >> (bits - 5)) & 31u];
        bits -= 5;
    }
    return out;
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

// A word of free text: its byte span. Letters, digits, combining marks and apostrophes belong to words.
struct Word {
    std::size_t begin, end;
};

bool is_word_char(UChar32 c) {
    if (c == '\'' || c == 0x2019) return true;
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const auto type = u_charType(c);
    return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    std::size_t start = 0;
    bool in_word = false;
    while (i < length) {
        const std::int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        const bool word = c >= 0 && is_word_char(c);
        if (word && !in_word) start = static_cast<std::size_t>(at);
        if (!word && in_word) words.push_back({start, static_cast<std::size_t>(at)});
        in_word = word;
    }
    if (in_word) words.push_back({start, text.size()});
    return words;
}

// A word without a possessive ending ('s, ’s) and without apostrophes at its edges.
std::string_view bare_word(std::string_view w) {
    for (std::string_view ending : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (w.size() > ending.size() && w.substr(w.size() - ending.size()) == ending) w.remove_suffix(ending.size());
    while (!w.empty() && w.back() == '\'') w.remove_suffix(1);
    while (!w.empty() && w.front() == '\'') w.remove_prefix(1);
    return w;
}

class Redactor {
public:
    explicit Redactor(const Transliterator& translit) : translit_(translit) {}

    // Records the name tokens of a pseudonymised entity.
    void add_name(std::string_view name, std::size_t entity) {
        for (const std::string& token : split_tokens(translit_.to_ascii(name))) {
            const std::string variant = variant_token(token);
            if (variant.size() < 3 || is_particle(variant)) continue;
            by_variant_[variant].insert(entity);
            const std::string stem = stem_token(variant);
            if (!stem.empty() && stem != variant) by_stem_[stem].insert(entity);
        }
    }

    // The entities a word of text may name (empty: none).
    std::set<std::size_t> entities_of(std::string_view word) const {
        std::set<std::size_t> found;
        for (const std::string& token : split_tokens(translit_.to_ascii(bare_word(word)))) {
            const std::string variant = variant_token(token);
            if (auto it = by_variant_.find(variant); it != by_variant_.end()) {
                found.insert(it->second.begin(), it->second.end());
                continue;
            }
            const std::string stem = stem_token(variant);
            if (stem.empty()) continue;
            if (auto it = by_stem_.find(stem); it != by_stem_.end()) found.insert(it->second.begin(), it->second.end());
            if (auto it = by_variant_.find(stem); it != by_variant_.end())
                found.insert(it->second.begin(), it->second.end());
        }
        return found;
    }

    bool names_someone(std::string_view text) const {
        for (const Word& w : split_words(text))
            if (!entities_of(text.substr(w.begin, w.end - w.begin)).empty()) return true;
        return false;
    }

    // The text with every run of words naming an entity replaced by that entity's pseudonym.
    std::string redact(std::string_view text, const std::vector<std::string>& pseudonyms) const {
        const std::vector<Word> words = split_words(text);
        std::string out;
        std::size_t copied = 0;
        for (std::size_t i = 0; i < words.size();) {
            std::set<std::size_t> run = entities_of(text.substr(words[i].begin, words[i].end - words[i].begin));
            if (run.empty()) {
                ++i;
                continue;
            }
            // Extend over the following words of the same name ("Max Bokayev", "Bokayev Max"), joined by spaces,
            // hyphens or dots only.
            std::size_t j = i + 1;
            while (j < words.size()) {
                const std::string_view gap = text.substr(words[j - 1].end, words[j].begin - words[j - 1].end);
                if (gap.empty() || gap.size() > 2 || gap.find_first_not_of(" -.") != std::string_view::npos) break;
                std::set<std::size_t> next = entities_of(text.substr(words[j].begin, words[j].end - words[j].begin));
                std::set<std::size_t> common;
                std::set_intersection(run.begin(), run.end(), next.begin(), next.end(),
                                      std::inserter(common, common.begin()));
                if (common.empty()) break;
                run = std::move(common);
                ++j;
            }
            out.append(text.substr(copied, words[i].begin - copied));
            out += run.size() == 1 ? pseudonyms[*run.begin()] : std::string("[person]");
            // Keep a possessive ending: "Bokayev's sentence" -> "Person …'s sentence".
            const std::string_view last = text.substr(words[j - 1].begin, words[j - 1].end - words[j - 1].begin);
            const std::string_view bare = bare_word(last);
            const std::size_t bare_end = static_cast<std::size_t>(bare.data() - text.data()) + bare.size();
            copied = bare_end;
            i = j;
        }
        out.append(text.substr(copied));
        return out;
    }

private:
    const Transliterator& translit_;
    std::unordered_map<std::string, std::set<std::size_t>> by_variant_, by_stem_;
};

// The canonical text of a name: its variant tokens, sorted, so word order and spelling variants agree.
std::string canonical_name(const Transliterator& translit, std::string_view name) {
    std::vector<std::string> tokens;
    for (const std::string& token : split_tokens(translit.to_ascii(name))) {
        const std::string variant = variant_token(token);
        if (!is_particle(variant)) tokens.push_back(variant);
    }
    std::sort(tokens.begin(), tokens.end());
    std::string out;
    for (const std::string& t : tokens) {
        if (!out.empty()) out += ' ';
        out += t;
    }
    return out;
}

std::string display_code(const std::string& code) {
    std::string out = code.substr(0, 4);
    out.append("-").append(code.substr(4, 4)).append("-").append(code.substr(8, 4));
    return out;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    for (char& c : s)
        if (c == '_') c = ' ';
    return s;
}

}  // namespace

std::string pseudonym_code(std::string_view key, std::string_view domain, std::string_view text) {
    if (key.size() < kMinKeyBytes)
        throw InvalidArgument("key", "at least " + std::to_string(kMinKeyBytes) + " bytes",
                              std::to_string(key.size()) + " bytes");
    std::string message(kDomain);
    message.append(domain).append("\n").append(text);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int digest_length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest.data(), &digest_length))
        throw InternalError("HMAC-SHA-256 failed");
    return crockford_base32(digest.data(), kCodeChars);
}

struct Pseudonymiser::State {
    std::string key;
    Transliterator translit;
    Redactor redactor{translit};
    std::vector<NodeId> targets;
    std::vector<std::string> pseudonyms, pseudonym_ids;
    std::unordered_map<NodeId, std::size_t> target_index;
    std::unordered_map<std::string, std::size_t> target_ids;  // ids and merged ids of targets

    std::string keyed_id(std::string_view id, std::string_view prefix) const {
        return std::string(prefix) + lower_ascii(pseudonym_code(key, "id", id));
    }
};

Pseudonymiser::Pseudonymiser(const Graph& graph, std::string key, const PseudonymiseParams& params)
    : state_(std::make_unique<State>()) {
    if (key.size() < kMinKeyBytes)
        throw InvalidArgument("key", "at least " + std::to_string(kMinKeyBytes) + " bytes",
                              std::to_string(key.size()) + " bytes");
    state_->key = std::move(key);
    std::vector<TypeId> types;
    for (const std::string& name : params.types) {
        const auto type = graph.vocabulary().entity_types.find(name);
        if (!type) throw InvalidArgument("types", "an entity type of the dataset", name);
        types.push_back(*type);
    }
    // Pseudonyms by canonical name; namesakes get -2, -3 … in node order.
    State& s = *state_;
    std::map<std::string, int> seen_codes;
    for (NodeId v = 0; v < graph.node_count(); ++v) {
        const NodeData& node = graph.node(v);
        if (std::find(types.begin(), types.end(), node.type) == types.end()) continue;
        const std::string& type_name = graph.node_type_name(v);
        const std::string code = pseudonym_code(s.key, type_name, canonical_name(s.translit, graph.str(node.name)));
        const int occurrence = ++seen_codes[code];
        std::string suffix;
        if (occurrence > 1) suffix.append("-").append(std::to_string(occurrence));
        const std::size_t index = s.targets.size();
        s.target_index.emplace(v, index);
        s.targets.push_back(v);
        s.pseudonyms.push_back(capitalised(type_name) + " " + display_code(code) + suffix);
        std::string pseudonym_id = type_name;
        pseudonym_id.append("-").append(lower_ascii(code)).append(suffix);
        s.pseudonym_ids.push_back(std::move(pseudonym_id));
        s.target_ids.emplace(graph.str(node.id), index);
        for (StrId merged : node.merged_ids) s.target_ids.emplace(graph.str(merged), index);
        s.redactor.add_name(graph.str(node.name), index);
        for (StrId alias : node.aliases) s.redactor.add_name(graph.str(alias), index);
    }
}

Pseudonymiser::~Pseudonymiser() = default;

std::string Pseudonymiser::redact(std::string_view text) const {
    if (!state_->redactor.names_someone(text)) return std::string(text);
    return state_->redactor.redact(text, state_->pseudonyms);
}

std::string Pseudonymiser::id(std::string_view id) const {
    if (auto it = state_->target_ids.find(std::string(id)); it != state_->target_ids.end())
        return state_->pseudonym_ids[it->second];
    if (state_->redactor.names_someone(id)) return state_->keyed_id(id, "e-");
    return std::string(id);
}

PseudonymiseResult Pseudonymiser::apply(Graph& graph) const {
    const State& st = *state_;
    PseudonymiseResult result;
    StringTable& strings = graph.strings();
    auto redact = [&](StrId& text) {
        if (text == kNoString) return;
        const std::string& original = strings.str(text);
        if (!st.redactor.names_someone(original)) return;
        text = strings.intern(st.redactor.redact(original, st.pseudonyms));
        ++result.texts_redacted;
    };
    auto redact_attributes = [&](std::vector<Attribute>& attributes) {
        for (Attribute& a : attributes)
            if (auto* s = std::get_if<StrValue>(&a.value)) redact(s->id);
    };
    auto redact_evidence = [&](std::vector<Evidence>& evidence) {
        for (Evidence& e : evidence) redact(e.note);
    };
    // Ids are often made from names: one that contains a name token is replaced by a keyed id.
    std::unordered_map<StrId, StrId> id_map;
    auto safe_id = [&](StrId id, std::string_view prefix) {
        if (auto it = id_map.find(id); it != id_map.end()) return it->second;
        StrId out = id;
        if (auto t = st.target_ids.find(strings.str(id)); t != st.target_ids.end()) {
            out = strings.intern(st.pseudonym_ids[t->second]);
        } else if (st.redactor.names_someone(strings.str(id))) {
            out = strings.intern(st.keyed_id(strings.str(id), prefix));
            ++result.ids_replaced;
        }
        id_map.emplace(id, out);
        return out;
    };

    for (NodeId v = 0; v < graph.node_count(); ++v) {
        NodeData& node = graph.node(v);
        if (auto it = st.target_index.find(v); it != st.target_index.end()) {
            node.name = strings.intern(st.pseudonyms[it->second]);
            node.aliases.clear();
            node.merged_ids.clear();
            ++result.entities;
        } else {
            redact(node.name);
            for (StrId& alias : node.aliases) redact(alias);
            for (StrId& merged : node.merged_ids) merged = safe_id(merged, "e-");
        }
        node.id = safe_id(node.id, "e-");
        graph.add_id(strings.str(node.id), v);
        for (StrId& other : node.distinct_from) other = safe_id(other, "e-");
        redact_attributes(node.attributes);
        redact_evidence(node.evidence);
        if (node.prosecution) {
            redact(node.prosecution->sentence);
            redact(node.prosecution->outcome);
            for (StrId& article : node.prosecution->articles) redact(article);
        }
    }
    for (EdgeId e = 0; e < graph.edge_count(); ++e) {
        EdgeData& edge = graph.edge(e);
        edge.id = safe_id(edge.id, "r-");
        redact_attributes(edge.attributes);
        redact_evidence(edge.evidence);
    }
    for (SourceIndex s = 0; s < graph.sources().size(); ++s) {
        Source& source = graph.source(s);
        redact(source.title);
        redact(source.publisher);
    }
    return result;
}

PseudonymiseResult pseudonymise(Graph& graph, std::string_view key, const PseudonymiseParams& params) {
    const Pseudonymiser pseudonymiser(graph, std::string(key), params);
    return pseudonymiser.apply(graph);
}

}  // namespace repnet::names

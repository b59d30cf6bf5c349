#include "names/matcher.hpp"

#include <algorithm>
#include <functional>
#include <unordered_set>

namespace repnet::names {
namespace {

bool alphabetic(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Letter trigrams of "^s$", packed into 24 bits.
std::vector<std::uint32_t> trigrams(const std::string& s) {
    const std::string padded = "^" + s + "$";
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i + 3 <= padded.size(); ++i)
        out.push_back(std::uint32_t(std::uint8_t(padded[i])) << 16 | std::uint32_t(std::uint8_t(padded[i + 1])) << 8 |
                      std::uint8_t(padded[i + 2]));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Per-pair match levels, cheapest first; the assignment minimises their summed cost.
enum Level { exact = 0, variant = 1, stem = 2, initial = 3, typo = 4, none = 5 };

constexpr std::size_t kMaxFormTokens = 10;      // tokens of a form considered in the assignment
constexpr std::size_t kPersonalNameTokens = 3;  // given name, patronymic, surname

}  // namespace

NameMatcher::NameMatcher(const Graph& graph) : graph_(graph) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> postings;  // (stem id, form index)
    for (NodeId v = 0; v < graph.node_count(); ++v) {
        const NodeData& d = graph.node(v);
        for (std::uint32_t k = 0; k <= d.aliases.size(); ++k) {
            const std::string& text = graph.str(k == 0 ? d.name : d.aliases[k - 1]);
            Form f{v, k, std::uint32_t(tokens_.size()), 0, !is_ascii(text)};
            std::vector<std::uint32_t> stems;
            for (const auto& t : split_tokens(translit_.to_ascii(text))) {
                std::string var = variant_token(t);
                if (is_particle(var)) continue;
                std::string st = stem_token(var);
                const std::uint32_t var_id = intern(var), stem_id = intern(st);
                if (stem_of_.size() <= var_id) stem_of_.resize(strings_.size(), UINT32_MAX);
                stem_of_[var_id] = stem_id;
                tokens_.push_back({intern(t), var_id, stem_id});
                stems.push_back(stem_id);
            }
            f.token_count = std::uint32_t(tokens_.size() - f.first_token);
            if (f.token_count == 0) continue;
            const auto form_index = std::uint32_t(forms_.size());
            for (std::uint32_t i = f.first_token; i < f.first_token + f.token_count; ++i)
                postings.emplace_back(tokens_[i].stem, form_index);
            key_forms_.emplace(key_hash(std::move(stems)), form_index);
            forms_.push_back(f);
        }
    }
    std::sort(postings.begin(), postings.end());
    postings.erase(std::unique(postings.begin(), postings.end()), postings.end());
    stem_offsets_.assign(strings_.size() + 1, 0);
    for (const auto& p : postings) ++stem_offsets_[p.first + 1];
    for (std::size_t i = 1; i < stem_offsets_.size(); ++i) stem_offsets_[i] += stem_offsets_[i - 1];
    stem_forms_.reserve(postings.size());
    for (const auto& p : postings) stem_forms_.push_back(p.second);
    stem_of_.resize(strings_.size(), UINT32_MAX);
    for (std::uint32_t i = 0; i < stem_of_.size(); ++i) {
        if (stem_of_[i] == UINT32_MAX) continue;  // not a variant token
        const std::string& s = text(i);
        if (s.size() < 3 || !alphabetic(s)) continue;
        for (std::uint32_t g : trigrams(s)) trigram_variants_[g].push_back(i);
    }
}

std::uint32_t NameMatcher::intern(const std::string& s) {
    if (auto found = string_ids_.find(s); found != string_ids_.end()) return found->second;
    auto [it, added] = string_ids_.emplace(s, std::uint32_t(strings_.size()));
    if (added) strings_.push_back(&it->first);
    return it->second;
}

std::optional<std::uint32_t> NameMatcher::lookup(const std::string& s) const {
    auto it = string_ids_.find(s);
    if (it == string_ids_.end()) return std::nullopt;
    return it->second;
}

std::uint64_t NameMatcher::key_hash(std::vector<std::uint32_t> stems) {
    std::sort(stems.begin(), stems.end());
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the sorted stem ids
    for (std::uint32_t s : stems)
        for (int b = 0; b < 4; ++b) h = (h ^ ((s >> (8 * b)) & 0xff)) * 1099511628211ull;
    return h;
}

std::string_view NameMatcher::form_text(const Form& f) const {
    const NodeData& d = graph_.node(f.node);
    return graph_.str(f.alias == 0 ? d.name : d.aliases[f.alias - 1]);
}

NameMatcher::Query NameMatcher::parse(std::string_view text) const {
    Query q;
    q.transliterated = !is_ascii(text);
    const std::string ascii = translit_.to_ascii(text);
    std::string cur;
    auto finish = [&](bool dotted) {
        if (cur.empty()) return;
        QueryToken t;
        t.ascii = cur;
        t.variant = variant_token(cur);
        t.stem = stem_token(t.variant);
        const bool digits = !alphabetic(cur);
        t.initial = !digits && (cur.size() == 1 || (dotted && cur.size() <= 2));
        for (std::string_view end : {"uli", "kizi", "ovich", "evich", "ovna", "evna"})
            if (t.variant.size() >= end.size() + 3 &&
                t.variant.compare(t.variant.size() - end.size(), end.size(), end) == 0)
                t.patronymic = true;
        if (!is_particle(t.variant)) q.tokens.push_back(std::move(t));
        cur.clear();
    };
    for (char c : ascii) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            cur += c;
        else if (c != '\'' && c != '`')
            finish(c == '.');
    }
    finish(false);
    return q;
}

std::vector<std::uint32_t> NameMatcher::typo_stems(const QueryToken& token) const {
    std::vector<std::uint32_t> out;
    // One edit more than score_form allows: it measures ascii tokens too, and it has the last word.
    const int allowed = allowed_edits(token.ascii.size()) + 1;
    if (allowed == 1 || !alphabetic(token.variant)) return out;
    const auto grams = trigrams(token.variant);
    // Each edit changes at most three trigrams, so a token within `allowed` edits shares this many.
    const int need = std::max<int>(1, int(grams.size()) - 3 * allowed);
    std::unordered_map<std::uint32_t, int> shared;
    for (std::uint32_t g : grams)
        if (auto it = trigram_variants_.find(g); it != trigram_variants_.end())
            for (std::uint32_t s : it->second) ++shared[s];
    for (const auto& [s, count] : shared)
        if (count >= need && edit_distance(token.variant, text(s), allowed) <= allowed) out.push_back(stem_of_[s]);
    return out;
}

std::vector<std::uint32_t> NameMatcher::candidate_forms(const Query& q, bool with_typos) const {
    std::vector<std::uint32_t> out;
    std::vector<std::uint32_t> stems;
    bool all_known = true;
    for (const auto& t : q.tokens) {
        if (t.initial) continue;
        if (auto id = lookup(t.stem))
            stems.push_back(*id);
        else
            all_known = false;
    }
    if (all_known && !stems.empty()) {
        auto range = key_forms_.equal_range(key_hash(stems));
        for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    }

    // Every token that is not an initial or an optional patronymic must be matched by some token of the form: by
    // its stem or a stem within the allowed edits. So the forms of the rarest such token are all the candidates,
    // and a token matching nothing rules every form out.
    auto size = [&](std::uint32_t s) { return stem_offsets_[s + 1] - stem_offsets_[s]; };
    std::vector<std::uint32_t> best_stems;
    std::size_t best_total = SIZE_MAX;
    bool any_required = false;
    std::vector<std::uint32_t> optional_stems;
    for (const auto& t : q.tokens) {
        if (t.initial) continue;
        std::vector<std::uint32_t> ids;
        if (auto id = lookup(t.stem); id && *id + 1 < stem_offsets_.size() && size(*id) > 0) ids.push_back(*id);
        if (with_typos && allowed_edits(t.ascii.size()) > 0)
            for (std::uint32_t s : typo_stems(t)) ids.push_back(s);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (t.patronymic) {
            optional_stems.insert(optional_stems.end(), ids.begin(), ids.end());
            continue;
        }
        any_required = true;
        std::size_t total = 0;
        for (std::uint32_t s : ids) total += size(s);
        if (total < best_total) {
            best_total = total;
            best_stems = std::move(ids);
        }
    }
    if (!any_required) best_stems = optional_stems;
    for (std::uint32_t s : best_stems)
        out.insert(out.end(), stem_forms_.begin() + stem_offsets_[s], stem_forms_.begin() + stem_offsets_[s + 1]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<NameMatch> NameMatcher::score_form(const Query& q, const Form& f) const {
    const std::size_t nq = q.tokens.size(), nf = std::min<std::size_t>(f.token_count, kMaxFormTokens);
    const auto optional_tokens =
        std::size_t(std::count_if(q.tokens.begin(), q.tokens.end(), [](const QueryToken& t) { return t.patronymic; }));
    if (nq == 0 || nq > nf + optional_tokens) return std::nullopt;
    // level and edits of every (query token, form token) pair
    std::vector<std::pair<Level, int>> pair(nq * nf, {none, 0});
    for (std::size_t i = 0; i < nq; ++i) {
        const QueryToken& a = q.tokens[i];
        for (std::size_t j = 0; j < nf; ++j) {
            const Token& b = tokens_[f.first_token + j];
            auto& p = pair[i * nf + j];
            if (a.initial) {
                const std::string& bv = text(b.variant);
                if (text(b.ascii).rfind(a.ascii, 0) == 0 || bv.rfind(a.variant, 0) == 0) p = {initial, 0};
                continue;
            }
            if (a.ascii == text(b.ascii))
                p = {exact, 0};
            else if (a.variant == text(b.variant))
                p = {variant, 0};
            else if (a.stem == text(b.stem))
                p = {stem, 0};
            else if (const int allowed = allowed_edits(std::min(a.ascii.size(), text(b.ascii).size()));
                     allowed > 0 && alphabetic(a.variant)) {
                // On the variant tokens, or on the ascii ones when a typo splits a digraph ("Tleuhzan").
                const int d = std::min(edit_distance(a.variant, text(b.variant), allowed),
                                       edit_distance(a.ascii, text(b.ascii), allowed));
                if (d <= allowed) p = {typo, d};
            }
        }
    }
    // The cheapest injective assignment of query tokens to form tokens (names have few tokens: exhaustive search).
    std::vector<int> assign(nq, -1), best;
    std::vector<bool> used(nf, false);
    int best_cost = 1 << 30;
    auto cost_of = [](const std::pair<Level, int>& p) { return p.first == typo ? 10 * p.second : int(p.first); };
    std::function<void(std::size_t, int)> search = [&](std::size_t i, int cost) {
        if (cost >= best_cost) return;
        if (i == nq) {
            best_cost = cost;
            best = assign;
            return;
        }
        for (std::size_t j = 0; j < nf; ++j) {
            if (used[j] || pair[i * nf + j].first == none) continue;
            used[j] = true;
            assign[i] = int(j);
            search(i + 1, cost + cost_of(pair[i * nf + j]));
            used[j] = false;
        }
        if (q.tokens[i].patronymic) {  // a patronymic the name does not give: dearer than any accepted typo
            assign[i] = -1;
            search(i + 1, cost + 25);
        }
    };
    search(0, 0);
    if (best.empty()) return std::nullopt;

    int edits = 0, initials = 0, full = 0;
    std::size_t assigned = 0;
    bool all_exact = true;
    int last_assigned = -1;
    for (std::size_t i = 0; i < nq; ++i) {
        if (best[i] < 0) {
            all_exact = false;
            continue;
        }
        ++assigned;
        last_assigned = best[i];
        const auto& p = pair[i * nf + std::size_t(best[i])];
        edits += p.second;
        if (p.first == initial)
            ++initials;
        else
            ++full;
        if (p.first != exact) all_exact = false;
    }
    if (full == 0 || edits > 2) return std::nullopt;
    const bool covered = assigned == f.token_count;
    // Tokens of the name the query left out. A person's name is at most given name, patronymic, surname: a query
    // may omit one of them, not most of a long title ("Max Bokayev" is not "Criminal case against Max Bokayev").
    const std::size_t left_out = f.token_count - assigned;
    const bool personal_length = f.token_count <= kPersonalNameTokens;
    const bool translit = q.transliterated && !f.transliterated;
    NameMatch m;
    m.node = f.node;
    m.matched = std::string(form_text(f));
    m.edits = edits;
    const bool last_only = full == 1 && initials == 0 && std::size_t(last_assigned) + 1 == f.token_count;
    if (edits > 0) {
        const std::string e = "edit distance " + std::to_string(edits);
        std::size_t query_letters = 0;
        for (const auto& t : q.tokens) query_letters = std::max(query_letters, t.variant.size());
        if (covered || (full >= 2 && left_out <= 1 && personal_length)) {
            m.reason = e;
            m.score = edits == 1 ? score::edit1 : score::edit2;
        } else if (last_only && personal_length && edits <= allowed_edits(query_letters) - 1) {
            // one token carries less evidence than a whole name: one edit fewer
            m.reason = "surname only, " + e;
            m.score = score::surname_only - 0.1 * edits;
        } else {
            return std::nullopt;
        }
    } else if (initials > 0) {
        if (!covered && !(left_out <= 1 && personal_length)) return std::nullopt;
        m.reason = "initials";
        m.score = covered ? score::initials : score::initials - 0.1;
    } else if (covered) {
        if (translit) {
            m.reason = "Cyrillic transliteration";
            m.score = all_exact ? score::cyrillic : score::cyrillic_variant;
            return m;
        }
        m.reason = all_exact ? (f.alias == 0 ? "exact name" : "alias") : "variant spelling";
        m.score = all_exact ? (f.alias == 0 ? score::exact_name : score::alias) : score::variant;
    } else if (full >= 2 && left_out <= 1 && personal_length) {
        m.reason = "partial name";
        m.score = score::partial;
    } else if (last_only && personal_length) {
        m.reason = "surname only";
        m.score = score::surname_only;
    } else if (full == 1 && personal_length) {
        m.reason = "given name only";
        m.score = score::given_name_only;
    } else {
        return std::nullopt;
    }
    if (translit) m.reason += " (Cyrillic transliteration)";
    return m;
}

std::vector<NameMatch> NameMatcher::find(std::string_view query, const FindOptions& options) const {
    std::vector<NameMatch> out;
    auto type_ok = [&](NodeId v) { return !options.type || graph_.node(v).type == *options.type; };
    if (auto v = graph_.find_id(query); v && type_ok(*v))
        out.push_back({*v, score::id, "id", graph_.str(graph_.node(*v).id), 0});
    const Query q = parse(query);
    std::unordered_map<NodeId, std::size_t> at;  // node -> index in out
    for (const auto& o : out) at.emplace(o.node, 0);
    for (std::uint32_t fi : candidate_forms(q, true)) {
        const Form& f = forms_[fi];
        if (!type_ok(f.node)) continue;
        auto m = score_form(q, f);
        if (!m || (!options.include_weak && m->score < score::confident)) continue;
        auto [it, added] = at.emplace(f.node, out.size());
        if (added)
            out.push_back(std::move(*m));
        else if (out[it->second].score < m->score)
            out[it->second] = std::move(*m);
    }
    std::sort(out.begin(), out.end(), [](const NameMatch& a, const NameMatch& b) {
        return a.score != b.score ? a.score > b.score : a.node < b.node;
    });
    if (options.top > 0 && out.size() > options.top) out.resize(options.top);
    return out;
}

std::vector<NameMatch> NameMatcher::nearest(std::string_view query, std::size_t n, std::optional<TypeId> type) const {
    const Query q = parse(query);
    std::string key;
    std::vector<std::string> qv;
    for (const auto& t : q.tokens) qv.push_back(t.variant);
    std::sort(qv.begin(), qv.end());
    for (const auto& s : qv) key += s + ' ';
    auto form_key = [&](const Form& f) {
        std::vector<std::string> v;
        for (std::uint32_t i = 0; i < f.token_count; ++i) v.push_back(text(tokens_[f.first_token + i].variant));
        std::sort(v.begin(), v.end());
        std::string k;
        for (const auto& s : v) k += s + ' ';
        return k;
    };
    // Candidates: forms whose token stems share the most trigrams with the query's; every form of small graphs.
    std::vector<std::uint32_t> forms;
    if (forms_.size() <= 100000) {
        forms.resize(forms_.size());
        for (std::uint32_t i = 0; i < forms.size(); ++i) forms[i] = i;
    } else {
        std::unordered_map<std::uint32_t, int> shared;
        for (const auto& t : q.tokens)
            for (std::uint32_t g : trigrams(t.variant))
                if (auto it = trigram_variants_.find(g); it != trigram_variants_.end())
                    for (std::uint32_t s : it->second) ++shared[stem_of_[s]];
        std::vector<std::pair<int, std::uint32_t>> ranked;
        ranked.reserve(shared.size());
        for (const auto& [s, c] : shared) ranked.emplace_back(-c, s);
        std::sort(ranked.begin(), ranked.end());
        for (std::size_t i = 0; i < ranked.size() && i < 50; ++i) {
            const std::uint32_t s = ranked[i].second;
            forms.insert(forms.end(), stem_forms_.begin() + stem_offsets_[s],
                         stem_forms_.begin() + stem_offsets_[s + 1]);
            if (forms.size() > 20000) break;
        }
    }
    std::unordered_map<NodeId, NameMatch> best;
    for (std::uint32_t fi : forms) {
        const Form& f = forms_[fi];
        if (type && graph_.node(f.node).type != *type) continue;
        const int d = edit_distance(key, form_key(f), 1000);
        auto it = best.find(f.node);
        if (it == best.end() || it->second.edits > d)
            best[f.node] = NameMatch{f.node, 0.0, "edit distance " + std::to_string(d), std::string(form_text(f)), d};
    }
    std::vector<NameMatch> out;
    out.reserve(best.size());
    for (auto& [v, m] : best) out.push_back(std::move(m));
    std::sort(out.begin(), out.end(), [](const NameMatch& a, const NameMatch& b) {
        return a.edits != b.edits ? a.edits < b.edits : a.node < b.node;
    });
    if (out.size() > n) out.resize(n);
    return out;
}

Resolution NameMatcher::resolve(std::string_view query, std::optional<TypeId> type) const {
    Resolution r;
    FindOptions options;
    options.type = type;
    options.top = 0;
    std::vector<NameMatch> found = find(query, options);
    if (found.empty()) {
        r.kind = Resolution::Kind::none;
        r.suggestions = nearest(query, 3, type);
        return r;
    }
    const double best = found.front().score;
    for (auto& m : found)
        if (m.score >= best - score::tie) r.matches.push_back(std::move(m));
    r.kind = r.matches.size() == 1 ? Resolution::Kind::unique : Resolution::Kind::ambiguous;
    return r;
}

}  // namespace repnet::names

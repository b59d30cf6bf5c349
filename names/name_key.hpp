#pragma once
// Match keys for person and organisation names (docs/names.md).
//
// A name becomes tokens at three levels, each coarser than the one before:
//   ascii   ICU transliteration ("Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; Lower"), split on anything that is not
//           a letter or digit, apostrophes dropped: "Макс Бокаев" -> maks bokaev, "Біләш" -> bilash;
//   variant the regional variant rules applied to an ascii token: zh/j/dzh, kh/h, q/k, gh/g, ks/x, ye/e, y/i,
//           doubled letters: "Zhanbolat" and "Dzhanbolat" -> janbolat, "Bokayev" and "Bokaev" -> bokaev;
//   stem    a variant token without a patronymic or surname ending (-ovich, -evich, -ovna, -evna, -uly, -kyzy,
//           -ova, -eva, -ov, -ev), kept only when four letters remain: "Ayanov" -> aian, "Ayan" -> aian.
// The same functions build the keys of the query and of every name, so every rule applies symmetrically.
#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace repnet::names {

// The ICU transliterator id used for the ascii level.
inline constexpr const char* kTransliteratorId = "Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; Lower";

// Owns one ICU transliterator. Not safe for concurrent use: give each thread its own.
class Transliterator {
public:
    Transliterator();  // throws InternalError if the ICU data lacks the transforms
    ~Transliterator();
    Transliterator(Transliterator&&) noexcept;
    Transliterator& operator=(Transliterator&&) noexcept;

    // Lower-case ASCII text of a UTF-8 name. Pure-ASCII input skips ICU (the transforms would only lower-case it).
    std::string to_ascii(std::string_view utf8) const;

private:
    std::unique_ptr<icu::Transliterator> icu_;
};

bool is_ascii(std::string_view text);

// Splits lower-case ASCII text into tokens of letters and digits; apostrophes join (akhmed'yarov -> akhmedyarov).
std::vector<std::string> split_tokens(std::string_view ascii);

// The variant rules, in order, on one ascii token (docs/names.md lists them with examples).
std::string variant_token(std::string_view ascii_token);

// The variant token without a patronymic or surname ending.
std::string stem_token(std::string_view variant);

// Stand-alone patronymic particles ("uly", "kyzy", in variant form) that a query or name may add or omit.
bool is_particle(std::string_view variant);

// Optimal-string-alignment (restricted Damerau-Levenshtein) distance: insertions, deletions, substitutions and
// transpositions of neighbours each cost 1. Returns limit + 1 as soon as the distance exceeds limit.
// O(|a| * (2 limit + 1)).
int edit_distance(std::string_view a, std::string_view b, int limit);

// The edits a token of this many letters may carry and still match: 0 below 5 letters, 1 from 5, 2 from 8.
int allowed_edits(std::size_t letters);

}  // namespace repnet::names

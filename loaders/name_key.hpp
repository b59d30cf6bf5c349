#pragma once
// Names as stored and as compared.
//
// Stored: NFC, so that the same text typed precomposed (é, U+00E9) or
// decomposed (e + U+0301) is one string in the graph and in every export.
//
// Compared (name_key): the key under which names and aliases are matched when
// resolving references and merging records: canonical caseless matching
// (Unicode full case folding between canonical decompositions, so ÉMILE,
// émile and e + U+0301 + mile share a key; ß matches ss), runs of white space
// (ASCII or Unicode) collapsed to one space, leading and trailing space dropped.
// ASCII-only text takes a fast path with the same result. Uses ICU.
#include <string>
#include <string_view>

namespace repnet {

std::string name_key(std::string_view name);

// `text` (valid UTF-8) in Unicode Normalization Form C.
std::string nfc(std::string_view text);

}  // namespace repnet

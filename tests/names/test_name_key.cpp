// Key building (ICU transliteration) and each regional variant rule of names/name_key.hpp, applied to both sides.
#include <catch2/catch.hpp>

#include "names/name_key.hpp"

using namespace repnet::names;

namespace {
std::string variant_of(const Transliterator& t, const std::string& name) {
    std::string out;
    for (const auto& tok : split_tokens(t.to_ascii(name))) {
        if (!out.empty()) out += ' ';
        out += variant_token(tok);
    }
    return out;
}
}  // namespace

TEST_CASE("ICU keys: Russian and Kazakh Cyrillic to lower-case ASCII", "[names]") {
    const Transliterator t;
    CHECK(t.to_ascii("Макс Бокаев") == "maks bokaev");
    CHECK(t.to_ascii("Жанболат Мамай") == "zhanbolat mamai");
    CHECK(t.to_ascii("Ёлкин Щукин Хабар Юрий Цой") == "elkin shchukin khabar yurii tsoi");
    // The nine Kazakh letters, BGN/PCGN romanisation.
    CHECK(t.to_ascii("ә ғ қ ң ө ұ ү һ і") == "a gh q ng o u u h i");
    CHECK(t.to_ascii("Серікжан Біләш") == "serikzhan bilash");
    CHECK(t.to_ascii("Нұрсұлтан") == "nursultan");
    // Latin with diacritics and mixed case; ASCII is only lower-cased.
    CHECK(t.to_ascii("Müller José") == "muller jose");
    CHECK(t.to_ascii("BoKaYeV") == "bokayev");
}

TEST_CASE("tokens: any separator splits, apostrophes join", "[names]") {
    CHECK(split_tokens("  max   bokayev ") == std::vector<std::string>{"max", "bokayev"});
    CHECK(split_tokens("kassym-jomart tokayev") == std::vector<std::string>{"kassym", "jomart", "tokayev"});
    CHECK(split_tokens("akhmed'yarov") == std::vector<std::string>{"akhmedyarov"});
    CHECK(split_tokens("m. bokayev") == std::vector<std::string>{"m", "bokayev"});
}

TEST_CASE("variant rules, each on its own", "[names]") {
    // q/k and gh/g: Kazakh қ and ғ
    CHECK(variant_token("qairat") == variant_token("kairat"));
    CHECK(variant_token("ghalym") == variant_token("galym"));
    // zh/j/dzh
    CHECK(variant_token("zhanbolat") == "janbolat");
    CHECK(variant_token("dzhanbolat") == "janbolat");
    CHECK(variant_token("janbolat") == "janbolat");
    CHECK(variant_token("djanbolat") == "janbolat");
    // kh/h
    CHECK(variant_token("rakhimbaeva") == variant_token("rahimbaeva"));
    // ks/x
    CHECK(variant_token("maks") == variant_token("max"));
    // ye/e
    CHECK(variant_token("bokayev") == variant_token("bokaev"));
    CHECK(variant_token("yerlan") == variant_token("erlan"));
    CHECK(variant_token("guliyev") == variant_token("guliev"));
    // y/i, at word ends and inside
    CHECK(variant_token("mamay") == variant_token("mamai"));
    CHECK(variant_token("tsoy") == variant_token("tsoi"));
    CHECK(variant_token("yuriy") == variant_token("yurii"));
    CHECK(variant_token("yuriy") == variant_token("yuri"));
    // doubled letters
    CHECK(variant_token("asset") == variant_token("aset"));
    CHECK(variant_token("mukhammedov") == variant_token("mukhamedov"));
    // numbers are not names: no rule applies ("1999" is not "19")
    CHECK(variant_token("1999") == "1999");
    CHECK(variant_token("ks11") == "ks11");
    // different names stay different
    CHECK(variant_token("bokayev") != variant_token("borayev"));
    CHECK(variant_token("lesova") != variant_token("lepesova"));
}

TEST_CASE("surname and patronymic endings", "[names]") {
    CHECK(stem_token(variant_token("ayanov")) == stem_token(variant_token("ayan")));
    CHECK(stem_token(variant_token("matayeva")) == stem_token(variant_token("matayev")));
    CHECK(stem_token(variant_token("nurzhanuly")) == "nurjan");
    CHECK(stem_token(variant_token("aigulkyzy")) == "aigul");
    CHECK(stem_token(variant_token("serikovich")) == "serik");
    CHECK(stem_token(variant_token("serikovna")) == "serik");
    // at least four letters stay: short names are not cut
    CHECK(stem_token(variant_token("abaev")) == "abaev");
    CHECK(stem_token("lev") == "lev");
    CHECK(is_particle(variant_token("uly")));
    CHECK(is_particle(variant_token("kyzy")));
    CHECK_FALSE(is_particle(variant_token("ulan")));
}

TEST_CASE("rules apply to Cyrillic and Latin spellings alike", "[names]") {
    const Transliterator t;
    CHECK(variant_of(t, "Макс Бокаев") == variant_of(t, "Max Bokayev"));
    CHECK(variant_of(t, "Жанболат Мамай") == variant_of(t, "Janbolat Mamai"));
    CHECK(variant_of(t, "Серікжан Біләш") == variant_of(t, "Serikjan Bilash"));
    CHECK(variant_of(t, "Асхат") == variant_of(t, "Ashat"));
    CHECK(variant_of(t, "Қайрат") == variant_of(t, "Kairat"));
    CHECK(variant_of(t, "Юрий") == variant_of(t, "Yuri"));
    CHECK(variant_of(t, "Касым-Жомарт Токаев") == variant_of(t, "Kassym-Jomart Tokayev"));
}

TEST_CASE("edit distance: Damerau-Levenshtein (adjacent transposition costs 1), bounded", "[names]") {
    CHECK(edit_distance("bokayev", "bokayev", 2) == 0);
    CHECK(edit_distance("bokayev", "bokyaev", 2) == 1);    // transposition
    CHECK(edit_distance("reihert", "reichert", 2) == 1);   // insertion
    CHECK(edit_distance("reikhert", "reichert", 2) == 1);  // substitution
    CHECK(edit_distance("lepesova", "lesova", 2) == 2);
    CHECK(edit_distance("abcdef", "ghijkl", 2) == 3);  // limit + 1 beyond the limit
    CHECK(edit_distance("ab", "abcdefg", 2) == 3);
    CHECK(edit_distance("ca", "abc", 5) == 3);  // optimal string alignment, not unrestricted DL
    CHECK(allowed_edits(4) == 0);
    CHECK(allowed_edits(5) == 1);
    CHECK(allowed_edits(8) == 2);
}

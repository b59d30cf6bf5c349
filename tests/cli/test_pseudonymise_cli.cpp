// --pseudonymise end to end (docs/sharing.md): no name of the shipped dataset in any output of export, analyze and
// report, the same bytes with the same key, other pseudonyms with another key; keygen never replaces a key.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <set>

#include "loaders/load_any.hpp"
#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

// Every file under dir, concatenated, plus the command outputs.
std::string outputs_of(const std::filesystem::path& dir, const std::string& printed) {
    std::string all = printed;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().filename() != "key") all += read_text(entry.path());
    return all;
}

// Runs every command that writes shareable files on the shipped dataset with the key; returns what they wrote.
std::string pseudonymised_outputs(const std::filesystem::path& dir, const std::filesystem::path& key) {
    const std::string k = " --pseudonymise " + quote(key);
    std::filesystem::create_directories(dir);
    std::string printed;
    for (const std::string& args :
         {"export --format graphml -o " + quote(dir / "g.graphml") + k,
          "export --format graphml --strict-graphml -o " + quote(dir / "strict.graphml") + k,
          "export --format gexf -o " + quote(dir / "g.gexf") + k,
          "export --project person -o " + quote(dir / "people.graphml") + k,
          "analyze -o " + quote(dir / "analysis") + k, "report -o " + quote(dir / "report.html") + k}) {
        const CommandResult r = run_repnet(args);
        INFO(args << "\n" << r.output);
        REQUIRE(r.exit_code == 0);
        printed += r.output;
    }
    return outputs_of(dir, printed);
}

bool is_word_byte(char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
}

// Whole-word occurrences of a name token (ASCII compared without case).
bool contains_word(const std::string& text, const std::string& word) {
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    const std::string hay = lower(text), needle = lower(word);
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
        const bool starts = at == 0 || !is_word_byte(hay[at - 1]);
        const std::size_t end = at + needle.size();
        const bool ends = end == hay.size() || !is_word_byte(hay[end]) || hay.compare(end, 2, "'s") == 0;
        if (starts && ends) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("pseudonymised exports and analysis name nobody of the shipped dataset", "[cli][pseudonymise]") {
    const auto dir = scratch_dir("pseudonymise");
    const auto key = dir / "key";
    REQUIRE(run_repnet("keygen " + quote(key)).exit_code == 0);
    struct stat info {};
    REQUIRE(::stat(key.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const std::string out = pseudonymised_outputs(dir / "a", key);
    CHECK(out.find("Person ") != std::string::npos);

    const repnet::Dataset d = repnet::load_dataset_any(source_dir() / "data" / "kazakhstan");
    std::set<std::string> names, tokens;
    for (repnet::NodeId v = 0; v < d.graph.node_count(); ++v) {
        if (d.graph.node_type_name(v) != "person") continue;
        names.insert(d.graph.str(d.graph.node(v).name));
        for (auto alias : d.graph.node(v).aliases) names.insert(d.graph.str(alias));
    }
    REQUIRE(names.size() > 100);
    std::size_t leaked = 0;
    for (const std::string& name : names) {
        if (out.find(name) != std::string::npos) {
            ++leaked;
            UNSCOPED_INFO("name found in the outputs: " << name);
        }
        // Each word of a name long enough to identify someone (surnames, given names of five letters or more).
        std::string word;
        for (char c : name + " ") {
            if (is_word_byte(c)) {
                word += c;
                continue;
            }
            if (word.size() >= 5) tokens.insert(word);
            word.clear();
        }
    }
    for (const std::string& token : tokens)
        if (contains_word(out, token)) {
            ++leaked;
            UNSCOPED_INFO("name word found in the outputs: " << token);
        }
    CHECK(leaked == 0);
}

TEST_CASE("pseudonyms repeat with the same key and change with another", "[cli][pseudonymise]") {
    const auto dir = scratch_dir("pseudonymise-keys");
    write_text(dir / "key1", "first key of at least sixteen bytes\n");
    write_text(dir / "key2", "second key of at least sixteen bytes\n");
    ::chmod((dir / "key1").c_str(), 0600);
    ::chmod((dir / "key2").c_str(), 0600);
    auto gexf = [&](const std::string& key, const std::string& out) {
        const CommandResult r =
            run_repnet("export --format gexf -o " + quote(dir / out) + " --pseudonymise " + quote(dir / key));
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        return read_text(dir / out);
    };
    const std::string one = gexf("key1", "1.gexf"), again = gexf("key1", "1b.gexf"), two = gexf("key2", "2.gexf");
    CHECK(one == again);
    CHECK(one != two);
    const auto at = one.find("Person ");
    REQUIRE(at != std::string::npos);
    CHECK(two.find(one.substr(at, 21)) == std::string::npos);
}

TEST_CASE("pseudonymise refuses a missing or short key, keygen never replaces one", "[cli][pseudonymise]") {
    const auto dir = scratch_dir("pseudonymise-refuse");
    CommandResult r = run_repnet("export -o " + quote(dir / "g.graphml") + " --pseudonymise " + quote(dir / "none"));
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("keygen") != std::string::npos);
    write_text(dir / "short", "tiny\n");
    r = run_repnet("export -o " + quote(dir / "g.graphml") + " --pseudonymise " + quote(dir / "short"));
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("at least 16") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "g.graphml"));
    write_text(dir / "key", "an existing key that must stay\n");
    r = run_repnet("keygen " + quote(dir / "key"));
    CHECK(r.exit_code == 1);
    CHECK(read_text(dir / "key") == "an existing key that must stay\n");
    r = run_repnet("export -o " + quote(dir / "g.graphml") + " --pseudonymise " + quote(dir / "key") +
                   " --pseudonymise-types persn");
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("persn") != std::string::npos);
}

// cli/examples: every example in every --help runs as written (exit 0) on the built-in dataset, in an empty
// directory, with `repnet` on the PATH; each command has two or three.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The command names listed under "Subcommands:" in `repnet --help`.
std::vector<std::string> command_names() {
    const auto help = run(std::string(REPNET_BINARY) + " --help");
    std::vector<std::string> names;
    bool in_list = false;
    for (const auto& line : lines_of(help.output)) {
        if (line.rfind("Subcommands:", 0) == 0) {
            in_list = true;
            continue;
        }
        if (!in_list) continue;
        if (line.empty() || line[0] != ' ') break;
        std::istringstream words(line);
        std::string name;
        words >> name;
        names.push_back(name);
    }
    return names;
}

// The lines under "Examples:" at the end of a --help text.
std::vector<std::string> examples_of(const std::string& help) {
    std::vector<std::string> examples;
    bool in_list = false;
    for (const auto& line : lines_of(help)) {
        if (line == "Examples:") {
            in_list = true;
            continue;
        }
        if (in_list && line.rfind("  repnet ", 0) == 0) examples.push_back(line.substr(2));
    }
    return examples;
}

}  // namespace

TEST_CASE("every command's --help ends with two or three examples, and each runs with exit 0", "[cli][examples]") {
    const auto names = command_names();
    REQUIRE(names.size() >= 15);
    CHECK(std::set<std::string>(names.begin(), names.end()).count("timeline") == 1);
    // `repnet` on the PATH is the binary under test.
    const auto bin = scratch_dir("examples-bin");
    std::filesystem::create_symlink(REPNET_BINARY, bin / "repnet");
    std::size_t ran = 0;
    for (const std::string& command : [&] {
             auto all = names;
             all.insert(all.begin(), "");  // the top level
             return all;
         }()) {
        const auto help = run(std::string(REPNET_BINARY) + " " + command + " --help");
        INFO("repnet " << command << " --help\n" << help.output);
        REQUIRE(help.exit_code == 0);
        const auto examples = examples_of(help.output);
        CHECK(examples.size() >= 2);
        CHECK(examples.size() <= 3);
        // Examples are the last thing in the help text.
        CHECK(help.output.find("Examples:") > help.output.find("Options:"));
        const auto dir = scratch_dir("examples-" + (command.empty() ? std::string("top") : command));
        for (const auto& example : examples) {
            const auto r = run("cd " + quote(dir) + " && PATH=" + quote(bin) + ":\"$PATH\" " + example);
            INFO(example << "\n" << r.output);
            CHECK(r.exit_code == 0);
            ++ran;
        }
    }
    CHECK(ran >= 2 * names.size());
}

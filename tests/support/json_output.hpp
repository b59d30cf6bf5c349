#pragma once
// Runs a reader (a Python, Java or Node script) that prints what it read as JSON, and parses that JSON.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "support/test_support.hpp"

namespace repnet::test {

// `command`'s standard output goes to `out`; the command must succeed and print valid JSON.
inline rapidjson::Document read_json_output(const std::string& command, const std::filesystem::path& out) {
    const auto r = run(command + " > " + quote(out));
    INFO(command << "\n" << r.output.substr(0, 2000));
    REQUIRE(r.exit_code == 0);
    rapidjson::Document doc;
    const std::string text = read_text(out);
    doc.Parse(text.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    return doc;
}

// The same, with the output kept in a fresh scratch directory.
inline rapidjson::Document read_json_output(const std::string& command) {
    return read_json_output(command, scratch_dir("json-output") / "out.json");
}

// Runs a Python oracle script of the test tree (Debian's python3) on a spec file holding `spec`, and parses its answer.
inline rapidjson::Document run_python_oracle(const std::string& script, const std::string& spec,
                                             const std::string& name) {
    const auto dir = scratch_dir(name);
    write_text(dir / "spec.json", spec);
    return read_json_output(
        std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests" / script) + " " + quote(dir / "spec.json"),
        dir / "out.json");
}

}  // namespace repnet::test

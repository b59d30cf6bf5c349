#pragma once
// Paths and small helpers shared by the test suites.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "loaders/dataset_loader.hpp"

// Catch2 v2 (Debian 12) has no SKIP: this prints "SKIPPED: <why>" and leaves the test case; ctest's
// SKIP_REGULAR_EXPRESSION (tests/CMakeLists.txt) then counts the case as skipped, not passed.
#define REPNET_SKIP(why)                                               \
    do {                                                               \
        std::ostringstream repnet_skip_reason_;                        \
        repnet_skip_reason_ << why;                                    \
        WARN("SKIPPED: " << repnet_skip_reason_.str());                \
        std::cout << "SKIPPED: " << repnet_skip_reason_.str() << "\n"; \
        return;                                                        \
    } while (false)

namespace repnet::test {

inline std::filesystem::path source_dir() {
    return REPNET_SOURCE_DIR;
}
inline std::filesystem::path shared_dir() {
    return REPNET_SHARED_DIR;
}
inline std::filesystem::path sample_dataset() {
    return source_dir() / "data" / "sample" / "sample.json";
}

// A fresh, empty directory under the system temp dir, unique per call.
inline std::filesystem::path scratch_dir(const std::string& name) {
    static int counter = 0;
    auto dir = std::filesystem::temp_directory_path() /
               ("repnet-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline void write_text(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

inline std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Temporary files the atomic writer left below dir (its names contain ".tmp-").
inline std::size_t leftover_temporary_files(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        n += entry.path().string().find(".tmp-") != std::string::npos;
    return n;
}

// The node with this id; the test stops if there is none.
inline NodeId node_with_id(const Graph& g, const char* id) {
    const auto v = g.find_id(id);
    REQUIRE(v);
    return *v;
}

// The InputError fn throws; the test fails if it throws none.
template <class Fn>
InputError input_error(Fn&& fn) {
    try {
        fn();
    } catch (const InputError& e) {
        return e;
    }
    FAIL("expected an InputError");
    throw;
}

// The attribute named key among attrs, or nullptr.
inline const Attribute* find_attr(const Graph& g, const std::vector<Attribute>& attrs, std::string_view key) {
    for (const auto& a : attrs)
        if (g.str(a.key) == key) return &a;
    return nullptr;
}

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// Line and column (1-based; a column counts characters, i.e. UTF-8 lead bytes) of a byte
// offset, by a scan from the start: what the loaders' located errors must agree with.
inline std::pair<std::size_t, std::size_t> text_position(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// Runs a shell command, capturing its output and exit code.
inline CommandResult run(const std::string& command) {
    CommandResult r;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
    const int status = ::pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline std::string quote(const std::filesystem::path& p) {
    std::string s(1, '\'');
    s += p.string();
    s += '\'';
    return s;
}

// A dataset document with one source, for building small test inputs.
inline std::string dataset_json(const std::string& entities, const std::string& relations = "") {
    return "{\"repnet_dataset\": 1,\n"
           "\"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}],\n"
           "\"entities\": [" +
           entities +
           "],\n"
           "\"relations\": [" +
           relations + "]}\n";
}

inline std::string entity(const std::string& id, const std::string& type, const std::string& name,
                          const std::string& extra = "") {
    return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"name\": \"" + name + "\"" + extra +
           ", \"evidence\": [{\"source\": \"s\", \"locator\": \"para 1\"}]}";
}

inline std::string relation(const std::string& source, const std::string& target, const std::string& type,
                            const std::string& extra = "") {
    return "{\"source\": \"" + source + "\", \"target\": \"" + target + "\", \"type\": \"" + type + "\"" + extra +
           ", \"evidence\": [{\"source\": \"s\", \"locator\": \"para 1\"}]}";
}

}  // namespace repnet::test

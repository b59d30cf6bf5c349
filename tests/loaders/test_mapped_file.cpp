#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/errors.hpp"
#include "loaders/mapped_file.hpp"

using namespace repnet;

namespace {
std::filesystem::path write_temp(const std::string& name, const std::string& content) {
    const auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
    std::ofstream(path, std::ios::binary) << content;
    return path;
}
}  // namespace

TEST_CASE("a mapped file reads as its bytes, and again after its pages are released", "[loaders][mapped_file]") {
    std::string content;
    for (int i = 0; i < 300000; ++i) content.append("line ").append(std::to_string(i)).append("\n");
    const auto path = write_temp("repnet-mapped", content);
    {
        const MappedFile file(path, std::uintmax_t(1) << 30, "a test file");
        REQUIRE(file.text() == content);
        file.release(0, 100000);                  // whole pages inside the range
        file.release(12345, file.text().size());  // to the end, the partial last page too
        CHECK(file.text() == content);            // paged in again from the file
        file.release(5, 3);                       // an empty range does nothing
        CHECK(file.text().substr(0, 6) == "line 0");
    }
    std::filesystem::remove(path);
}

TEST_CASE("a mapped file checks what read_input_file checks", "[loaders][mapped_file]") {
    const auto empty = write_temp("repnet-mapped-empty", "");
    CHECK(MappedFile(empty, 100, "a test file").text().empty());
    const auto big = write_temp("repnet-mapped-big", std::string(200, 'x'));
    try {
        MappedFile too_big(big, 100, "a test file");
        FAIL("a file over the limit was mapped");
    } catch (const InputError& e) {
        CHECK(e.where().file == big.string());
        CHECK(e.message().find("more than the limit of 100 bytes") != std::string::npos);
    }
    CHECK_THROWS_AS(MappedFile(empty.string() + "-missing", 100, "a test file"), InputError);
    CHECK_THROWS_AS(MappedFile(std::filesystem::temp_directory_path(), 100, "a test file"), InputError);
    std::filesystem::remove(empty);
    std::filesystem::remove(big);
}

TEST_CASE("a mapped file truncated by another program ends the process with status 2, not a crash",
          "[loaders][mapped_file]") {
    const auto path = write_temp("repnet-mapped-shrinks", std::string(1 << 20, 'x'));
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::signal(SIGBUS, SIG_DFL);  // the test framework's own handler would otherwise stay
        const MappedFile file(path, std::uintmax_t(1) << 30, "a test file");
        file.release(0, file.text().size());
        std::filesystem::resize_file(path, 0);
        volatile char c = file.text()[500000];  // past the new end: SIGBUS
        (void)c;
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    std::filesystem::remove(path);
}

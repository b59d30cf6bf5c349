// exports/atomic_file: temporary files that cannot be hijacked, permissions
// kept, protected inputs, all-or-nothing file sets, stale temporaries removed.
#include <signal.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

auto text(const std::string& s) {
    return [s](std::ostream& out) { out << s; };
}

}  // namespace

TEST_CASE("a symlink planted where the temporary file used to go is not followed", "[exports][atomic]") {
    const auto dir = scratch_dir("atomic-symlink");
    write_text(dir / "victim.txt", "precious");
    // The old name was <target>.tmp-<pid>; plant it (and a few neighbours) as symlinks to the victim.
    for (int pid : {::getpid(), ::getpid() + 1, ::getpid() - 1})
        std::filesystem::create_symlink(dir / "victim.txt", dir / ("out.txt.tmp-" + std::to_string(pid)));
    write_file_atomically(dir / "out.txt", text("new content"));
    CHECK(read_text(dir / "victim.txt") == "precious");
    CHECK(read_text(dir / "out.txt") == "new content");
    CHECK_FALSE(std::filesystem::is_symlink(dir / "out.txt"));
}

TEST_CASE("a replaced file keeps its permission bits, a new file gets the umask default", "[exports][atomic]") {
    const auto dir = scratch_dir("atomic-mode");
    write_text(dir / "secret.txt", "old");
    std::filesystem::permissions(dir / "secret.txt",
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    REQUIRE(mode_of(dir / "secret.txt") == 0600);
    write_file_atomically(dir / "secret.txt", text("new"));
    CHECK(read_text(dir / "secret.txt") == "new");
    CHECK(mode_of(dir / "secret.txt") == 0600);

    const mode_t old_mask = ::umask(027);
    write_file_atomically(dir / "fresh.txt", text("x"));
    ::umask(old_mask);
    CHECK(mode_of(dir / "fresh.txt") == 0640);
}

TEST_CASE("a failed write is an IoError and leaves nothing behind", "[exports][atomic]") {
    const auto dir = scratch_dir("atomic-fail");
    CHECK_THROWS_AS(write_file_atomically(dir / "missing" / "out.txt", text("x")), IoError);
    write_text(dir / "out.txt", "old");
    CHECK_THROWS_AS(write_file_atomically(dir / "out.txt",
                                          [](std::ostream& out) {
                                              out << "half";
                                              throw IoError({}, "simulated failure");
                                          }),
                    IoError);
    CHECK(read_text(dir / "out.txt") == "old");
    std::filesystem::create_directory(dir / "adir");
    CHECK_THROWS_AS(write_file_atomically(dir / "adir", text("x")), IoError);
    CHECK(leftover_temporary_files(dir) == 0);
}

TEST_CASE("protected inputs are never overwritten, whatever the spelling", "[exports][atomic]") {
    const auto dir = scratch_dir("atomic-protect");
    write_text(dir / "in.json", "input");
    std::filesystem::create_hard_link(dir / "in.json", dir / "alias.json");
    protect_from_overwrite(dir / "in.json");
    CHECK_THROWS_AS(write_file_atomically(dir / "in.json", text("x")), UsageError);
    CHECK_THROWS_AS(write_file_atomically(dir / "." / "in.json", text("x")), UsageError);
    CHECK_THROWS_AS(write_file_atomically(dir / "alias.json", text("x")), UsageError);
    CHECK(read_text(dir / "in.json") == "input");
    write_file_atomically(dir / "other.json", text("fine"));
    CHECK(read_text(dir / "other.json") == "fine");
}

TEST_CASE("temporary files of dead processes are removed, those of live ones kept", "[exports][atomic]") {
    const auto dir = scratch_dir("atomic-stale");
    // pid_max is at most 4194304, so 9999999 is never a live process.
    REQUIRE(::kill(9999999, 0) != 0);
    write_text(dir / "out.txt.tmp-9999999-abcdef", "stale");
    write_text(dir / "out.txt.tmp-1-abcdef", "init is alive");
    write_text(dir / "other.txt.tmp-9999999-abcdef", "another target's");
    write_file_atomically(dir / "out.txt", text("x"));
    CHECK_FALSE(std::filesystem::exists(dir / "out.txt.tmp-9999999-abcdef"));
    CHECK(std::filesystem::exists(dir / "out.txt.tmp-1-abcdef"));
    CHECK(std::filesystem::exists(dir / "other.txt.tmp-9999999-abcdef"));
    // The staging directory of a killed `analyze`, too.
    std::filesystem::create_directories(dir / ".repnet-output.tmp-9999999-abcdef");
    write_text(dir / ".repnet-output.tmp-9999999-abcdef" / "graph.graphml", "half");
    {
        AtomicFileSet set(dir);
        set.add("a.txt", text("A"));
        set.commit();
    }
    CHECK_FALSE(std::filesystem::exists(dir / ".repnet-output.tmp-9999999-abcdef"));
    CHECK(std::filesystem::exists(dir / "out.txt.tmp-1-abcdef"));
}

TEST_CASE("a file set is published together or not at all", "[exports][atomic]") {
    const auto dir = scratch_dir("atomic-set");
    {
        AtomicFileSet set(dir);
        set.add("a.txt", text("A1"));
        set.add("b.txt", text("B1"));
        set.commit();
    }
    CHECK(read_text(dir / "a.txt") == "A1");
    CHECK(read_text(dir / "b.txt") == "B1");
    // A writer that fails: nothing changes.
    {
        AtomicFileSet set(dir);
        set.add("a.txt", text("A2"));
        CHECK_THROWS_AS(set.add("b.txt", [](std::ostream&) { throw IoError({}, "disk full"); }), IoError);
    }
    CHECK(read_text(dir / "a.txt") == "A1");
    // A target that cannot be replaced (a directory): nothing changes either.
    std::filesystem::remove(dir / "b.txt");
    std::filesystem::create_directory(dir / "b.txt");
    {
        AtomicFileSet set(dir);
        set.add("a.txt", text("A3"));
        set.add("b.txt", text("B3"));
        CHECK_THROWS_AS(set.commit(), IoError);
    }
    CHECK(read_text(dir / "a.txt") == "A1");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
    CHECK(entries == 2);  // a.txt and the b.txt directory: no staging directory left
}

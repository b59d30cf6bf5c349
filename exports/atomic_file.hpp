#pragma once
// Writes a file so that readers see either the old file or the complete new
// one: the content goes to a temporary file beside the target, is flushed,
// and is renamed over the target only on success.
//
// The temporary file `<target>.tmp-<pid>-XXXXXX` (random suffix) is created
// with O_CREAT | O_EXCL | O_NOFOLLOW, so a file or symlink planted at that
// name is never followed or reused. The new file keeps the permission bits of the file it
// replaces (a 0600 file stays 0600); a new file gets 0666 minus the umask.
// Live temporary files are removed if the process receives SIGINT, SIGTERM or
// SIGHUP (the signal is then re-raised); a process killed with SIGKILL leaves
// its temporary file (or analyze's staging directory), which the next write
// to the same target (directory) removes once the process that made it has gone.
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace repnet {

// Calls write(stream); on any exception the temporary file is removed and the
// exception propagates, leaving the target untouched. Throws IoError naming
// `target` when the file cannot be created, written (disk full) or renamed (also
// when `write` gave up because this file's stream failed), and UsageError when
// the target is one of the protected input files (protect_from_overwrite).
void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

// Files (the dataset being read) that write_file_atomically and
// rename_into_place must refuse to replace; compared with
// std::filesystem::equivalent, so another spelling or a hard link is caught too.
void protect_from_overwrite(const std::filesystem::path& input);
// Throws UsageError if `target` is a protected input.
void refuse_protected_target(const std::filesystem::path& target);

// Several files published together: each is written into a private
// temporary directory beside the targets; commit() renames them into place
// only when every write succeeded, so a failure leaves the previous files
// untouched. The temporary directory is removed by commit() or the
// destructor, and on SIGINT/SIGTERM/SIGHUP.
class AtomicFileSet {
public:
    explicit AtomicFileSet(const std::filesystem::path& directory);
    ~AtomicFileSet();
    AtomicFileSet(const AtomicFileSet&) = delete;
    AtomicFileSet& operator=(const AtomicFileSet&) = delete;

    // Writes `name` (a file name inside the directory) into the staging area.
    void add(const std::string& name, const std::function<void(std::ostream&)>& write);
    // Renames every staged file into place. Throws IoError if a rename fails;
    // the files renamed before the failure are then restored from backups.
    void commit();

private:
    std::filesystem::path directory_, staging_;
    std::vector<std::string> names_;
    int slot_ = -1;
};

}  // namespace repnet

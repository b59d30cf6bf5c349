# The git commit `repnet --version` reports, fixed at configure time.
#
# repnet_git_commit(SOURCE_DIR OUT_VAR [DEPENDS_VAR]) sets OUT_VAR to the abbreviated commit of the checkout at
# SOURCE_DIR, or to "unknown" when there is no git, no repository, or SOURCE_DIR is not the top of the repository
# (a release tarball unpacked inside some other repository must not report that repository's commit).
# DEPENDS_VAR receives the git files that change on every commit or checkout (HEAD and its log), so the caller can
# make them configure dependencies and the reported commit follows the checkout.
#
# Script mode, for the tests: cmake -DSOURCE_DIR=DIR -P git_commit.cmake prints "commit: <commit>".
function(repnet_git_commit source_dir out_var)
  set(commit "unknown")
  set(depends "")
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --show-toplevel WORKING_DIRECTORY "${source_dir}"
                    OUTPUT_VARIABLE top OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
    if(rc EQUAL 0 AND top)
      file(REAL_PATH "${top}" top)
      file(REAL_PATH "${source_dir}" source_real)
    endif()
    if(rc EQUAL 0 AND top AND top STREQUAL source_real)
      execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD WORKING_DIRECTORY "${source_dir}"
                      OUTPUT_VARIABLE hash OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
      execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --absolute-git-dir WORKING_DIRECTORY "${source_dir}"
                      OUTPUT_VARIABLE git_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
      if(rc EQUAL 0 AND hash MATCHES "^[0-9a-f]+$")
        set(commit "${hash}")
        foreach(f HEAD logs/HEAD)
          if(git_dir AND EXISTS "${git_dir}/${f}")
            list(APPEND depends "${git_dir}/${f}")
          endif()
        endforeach()
      endif()
    endif()
  endif()
  set(${out_var} "${commit}" PARENT_SCOPE)
  if(ARGC GREATER 2)
    set(${ARGV2} "${depends}" PARENT_SCOPE)
  endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  repnet_git_commit("${SOURCE_DIR}" commit)
  message(NOTICE "commit: ${commit}")
endif()

#!/usr/bin/env bash
# What a user installing pith gets: `cmake --install` into a fresh prefix,
# a separate CMake project built against it with find_package(pith), a
# plain g++ line with pkg-config, the Debian package and the tarball from
# CPack. Each extracts the sample page with the command's headline.
#   tests/install_test.sh BUILD_DIR SOURCE_DIR BUILD_TYPE
set -uo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
build_type=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_helpers.sh"
seed=$src/fixtures/seed-independent-syria-text/input.txt
prefix=$tmp/prefix

headline() {  # the headline in pith's JSON on stdin
  python3 -c 'import json, sys; print(json.load(sys.stdin)["headline"])'
}
expected=$("$build/pith" "$seed" | headline)
check "the command gives the sample's headline" test -n "$expected"

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1
status=$?
check "cmake --install exits 0" test "$status" -eq 0
libdir=$(cd "$prefix" && dirname "$(find . -name libpith.a | head -n1)")
for f in bin/pith include/pith/pith.h include/pith/version.h "$libdir/libpith.a" \
         "$libdir/cmake/pith/pithConfig.cmake" "$libdir/cmake/pith/pithConfigVersion.cmake" \
         "$libdir/cmake/pith/pithTargets.cmake" "$libdir/pkgconfig/pith.pc" share/man/man1/pith.1 \
         share/doc/pith/copyright; do
  check "installs $f" test -f "$prefix/$f"
done
version=$(sed -n 's/^project(pith VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
check "version.h defines PITH_VERSION $version" grep -q "#define PITH_VERSION \"$version\"" "$prefix/include/pith/version.h"
check "pith --version says $version" test "$("$prefix/bin/pith" --version)" = "pith $version"
check "pith -V says the same" test "$("$prefix/bin/pith" -V)" = "pith $version"
check "the man page names every option of --help" \
  bash -c 'for o in $("$0" --help | grep -o -- "--[a-z][a-z-]*" | sort -u); do
             grep -q -- "$(printf %s "$o" | sed "s/-/\\\\\\\\-/g")" "$1" || { echo "missing $o"; exit 1; }; done' \
  "$prefix/bin/pith" "$prefix/share/man/man1/pith.1"
check "the man page has exit codes and examples" grep -q '^\.SH "EXIT STATUS"' "$prefix/share/man/man1/pith.1"

# The installed command: no shared library at all, so it runs on any x86-64 Linux.
file "$prefix/bin/pith" >"$tmp/file.txt"
check "file calls bin/pith statically linked" grep -q 'statically linked' "$tmp/file.txt"
ldd "$prefix/bin/pith" >"$tmp/ldd.txt" 2>&1
check "ldd finds no shared library in bin/pith" grep -q 'not a dynamic executable' "$tmp/ldd.txt"
if [ "$build_type" = Release ]; then
  check "bin/pith is stripped" grep -q ', stripped' "$tmp/file.txt"
fi
check "the installed command extracts the sample" test "$("$prefix/bin/pith" "$seed" | headline)" = "$expected"

# A CMake project: find_package(pith), target pith::pith.
cmake -S "$src/examples/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$prefix" >"$tmp/consumer.log" 2>&1 &&
  cmake --build "$tmp/consumer" >>"$tmp/consumer.log" 2>&1
status=$?
check "a find_package(pith) project builds" test "$status" -eq 0
[ "$status" -eq 0 ] || tail -n 30 "$tmp/consumer.log"
check "it extracts the sample's headline" test "$("$tmp/consumer/headline" "$seed" | head -n1)" = "$expected"

# A plain compiler line with pkg-config.
export PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig
# shellcheck disable=SC2046
g++ -std=c++20 -o "$tmp/headline-pc" "$src/examples/consumer/main.cc" $(pkg-config --cflags --libs pith) \
  >"$tmp/pc.log" 2>&1
status=$?
check "g++ \$(pkg-config --cflags --libs pith) builds" test "$status" -eq 0
[ "$status" -eq 0 ] || tail -n 30 "$tmp/pc.log"
check "it extracts the sample's headline" test "$("$tmp/headline-pc" "$seed" | head -n1)" = "$expected"
check "pkg-config --static lists RE2 and ICU" bash -c 'pkg-config --static --libs pith | grep -q -- "-lre2.*-licu"'
check "pkg-config --modversion says $version" test "$(pkg-config --modversion pith)" = "$version"

# Inside another project (add_subdirectory): pith::pith is there, and
# nothing of pith's own (tests, -Werror, the static command) is forced on it.
mkdir -p "$tmp/parent"
cat >"$tmp/parent/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.18)
project(parent LANGUAGES CXX)
add_subdirectory("$src" pith)
add_executable(headline "$src/examples/consumer/main.cc")
target_link_libraries(headline PRIVATE pith::pith)
CMAKE
cmake -S "$tmp/parent" -B "$tmp/parent/build" >"$tmp/parent.log" 2>&1
status=$?
check "a project with add_subdirectory(pith) and pith::pith configures" test "$status" -eq 0
[ "$status" -eq 0 ] || tail -n 30 "$tmp/parent.log"
for option in PITH_TESTS PITH_WERROR PITH_STATIC PITH_BENCH; do
  check "there $option is off" grep -q "^$option:BOOL=OFF" "$tmp/parent/build/CMakeCache.txt"
done
check "there no pith test is added" test ! -e "$tmp/parent/build/pith/CTestTestfile.cmake"

# The Debian package and the tarball.
(cd "$build" && cpack -G "DEB;TGZ" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1)
status=$?
check "cpack -G DEB;TGZ exits 0" test "$status" -eq 0
[ "$status" -eq 0 ] || tail -n 30 "$tmp/cpack.log"
deb=$(ls "$tmp"/pkg/*.deb 2>/dev/null | head -n1)
check "cpack made a .deb" test -f "$deb"
if [ -f "$deb" ]; then
  check "the package is named pith, version $version" \
    test "$(dpkg-deb -f "$deb" Package Version | tr '\n' ' ')" = "Package: pith Version: $version "
  for field in Maintainer Description Architecture; do
    check "the package has a $field" test -n "$(dpkg-deb -f "$deb" "$field")"
  done
  dpkg-deb -c "$deb" >"$tmp/deb.txt"
  for f in ./usr/bin/pith ./usr/share/man/man1/pith.1 ./usr/share/doc/pith/copyright ./usr/include/pith/pith.h; do
    check "the package holds $f" grep -q " $f\$" "$tmp/deb.txt"
  done
  dpkg-deb -x "$deb" "$tmp/deb"
  check "the package's pith extracts the sample" test "$("$tmp/deb/usr/bin/pith" "$seed" | headline)" = "$expected"
fi
tgz=$(ls "$tmp"/pkg/*.tar.gz 2>/dev/null | head -n1)
check "cpack made a .tar.gz" test -f "$tgz"
if [ -f "$tgz" ]; then
  mkdir "$tmp/tgz" && tar -xzf "$tgz" -C "$tmp/tgz"
  check "the tarball's pith extracts the sample" \
    test "$("$(find "$tmp/tgz" -path '*/bin/pith')" "$seed" | headline)" = "$expected"
fi
finish

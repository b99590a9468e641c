#!/bin/sh
# Builds C and C++ programs against an installed prefix with pkg-config alone, as a user who does
# not use CMake would, and runs them; checks the installed shared C library's size.
# usage: pkg_config.sh PREFIX LIBDIR SOURCE_DIR WORK_DIR [MAX_SHARED_BYTES]
#   CC, CXX, CFLAGS, CXXFLAGS, LDFLAGS: the compilers and flags of the build under test (the
#   sanitizer build passes its -fsanitize flags through).
set -eu
prefix=$1 libdir=$2 src=$3 work=$4 max_bytes=${5:-0}
: "${CC:=cc}" "${CXX:=c++}" "${CFLAGS:=}" "${CXXFLAGS:=}" "${LDFLAGS:=}"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
rm -rf "$work"
mkdir -p "$work"
cd "$work"

fail() { echo "pkg_config.sh: $*" >&2; exit 1; }

# 1. C, shared: cc app.c $(pkg-config --cflags --libs pairaid_c). The library finds its data beside
#    itself (share/pairaid of the prefix), not in the build tree.
$CC -std=c99 -Wall -Wextra -pedantic -Werror $CFLAGS $(pkg-config --cflags pairaid_c) "$src/find_package/main.c" \
    -o c_shared $LDFLAGS $(pkg-config --libs pairaid_c) -Wl,-rpath,"$libdir"
./c_shared > c_shared.out || fail "the shared C program failed: $(cat c_shared.out)"
grep -q "^data: $prefix/share/pairaid\$" c_shared.out || fail "the installed library did not find its data in $prefix/share/pairaid: $(cat c_shared.out)"
readelf -d c_shared | grep -q 'NEEDED.*libpairaid_c\.so\.0' || fail "c_shared does not link libpairaid_c.so.0"

# 2. C, static: the archive, and what pkg-config --static says it needs (Libs.private and the
#    Requires.private packages). -l:libpairaid_c.a picks the archive where both are installed.
static_libs=$(pkg-config --static --libs pairaid_c | sed 's/-lpairaid_c\b//')
$CC -std=c99 $CFLAGS $(pkg-config --cflags pairaid_c) "$src/find_package/main.c" -o c_static $LDFLAGS \
    -L"$libdir" -l:libpairaid_c.a $static_libs
./c_static > c_static.out || fail "the static C program failed: $(cat c_static.out)"
if readelf -d c_static | grep -q 'libpairaid_c'; then fail "c_static still needs libpairaid_c.so"; fi

# 3. C++: c++ -std=c++20 app.cpp $(pkg-config --cflags --libs pairaid)
$CXX -std=c++20 $CXXFLAGS $(pkg-config --cflags pairaid) "$src/find_package/main.cpp" -o cpp $LDFLAGS \
    $(pkg-config --libs pairaid)
./cpp > cpp.out || fail "the C++ program failed: $(cat cpp.out)"

# 4. The shared C library as installed: optimised, no debug information, small.
if [ "$max_bytes" -gt 0 ]; then
  so=$(readlink -f "$libdir/libpairaid_c.so")
  size=$(stat -c %s "$so")
  echo "installed $so: $size bytes"
  [ "$size" -le "$max_bytes" ] || fail "$so is $size bytes, more than $max_bytes"
  if readelf -S "$so" | grep -q '\.debug_info'; then fail "$so carries debug information"; fi
fi
echo "pkg_config.sh: C shared, C static and C++ programs built with pkg-config and ran"

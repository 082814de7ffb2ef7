#!/usr/bin/env bash
# Sets up a Debian 12 machine for SNA Studio, builds it, and then either starts the GUI on the
# bundled demo project (`demo`), runs the whole test suite (`test`) or runs the benchmarks with
# their reference tools (`bench`, which also installs LibreOffice).
# Everything comes from Debian's archive; nothing is downloaded at build time.
set -euo pipefail

# `bench` (not one of the two README commands) also installs LibreOffice, the export benchmark's
# reference; `fuzz [SECONDS]` builds the CSV reader's libFuzzer target with clang in build-fuzz/
# and runs it on the seed corpus in tests/fuzz/corpus (default 300 s).
usage() { echo "usage: $0 demo|test|bench [arguments for sna-studio] | fuzz [SECONDS]" >&2; exit 2; }
[ $# -ge 1 ] || usage
action=$1; shift
case "$action" in demo|test|bench|fuzz) ;; *) usage ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SNA_BUILD_DIR:-$root/build}

packages=(
  # toolchain
  cmake ninja-build g++ ccache pkg-config file dpkg-dev clang-format
  # Qt 6 (Qt Charts' CMake files also need the OpenGL and xkbcommon headers on Debian 12)
  qt6-base-dev qt6-base-dev-tools libqt6charts6-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
  qt6-svg-dev
  # SQLite, Poppler, GSL (statistics), Catch2, libxml2 (the tests parse exported HTML with it)
  libsqlite3-dev libpoppler-qt6-dev libgsl-dev catch2 libxml2-dev
  # libcrypto: SHA-256 of imported files at the processor's speed
  libssl-dev
  # document fonts covering Welsh letters
  fonts-noto-core fonts-dejavu-core
  # tests: PDF tools, a virtual display, desktop-file and AppStream validators
  poppler-utils xvfb xauth desktop-file-utils appstream libxml2-utils unzip
)
# The export benchmark's reference: LibreOffice converting our HTML export to PDF.
if [ "$action" = bench ]; then
  packages+=(libreoffice-writer-nogui)
fi

if [ "$action" = fuzz ]; then
  # clang with libFuzzer and the sanitizers' run-time, only for this action.
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$action" = fuzz ]; then
  seconds=${1:-300}
  fuzz_build=${SNA_FUZZ_BUILD_DIR:-$root/build-fuzz}
  cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DSNA_FUZZ=ON -DSNA_BUILD_TESTS=OFF -DSNA_BUILD_BENCH=OFF
  cmake --build "$fuzz_build" --target csv_reader_fuzz --parallel "$(nproc)"
  # New inputs go to a work corpus; the seeds in the repository stay as they are.
  mkdir -p "$fuzz_build/corpus"
  exec "$fuzz_build/tests/fuzz/csv_reader_fuzz" -max_total_time="$seconds" -max_len=65536 \
       -print_final_stats=1 "$fuzz_build/corpus" "$root/tests/fuzz/corpus"
fi

# Release without debug information: a clean build plus the tests fit in CI's budget on two
# cores. Configure a build directory of your own for debugging.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel "$(nproc)"

case "$action" in
  demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found; starting SNA Studio on a virtual display (xvfb-run)." >&2
      exec xvfb-run -a "$build/app/sna-studio" --demo "$@"
    fi
    exec "$build/app/sna-studio" --demo "$@"
    ;;
  test)
    exec ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
    ;;
  bench)
    exec "$build/bench/export_bench" "$@"
    ;;
esac

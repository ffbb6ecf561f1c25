#!/usr/bin/env bash
# deploy/local-images.sh: builds, with podman and no registry, the images that the
# compose test (make compose-test) runs:
#
#   localhost/debian:bookworm-slim   mmdebstrap of Debian 12 from the mirror apt uses
#                                    here, slimmed like the official image (no docs,
#                                    man pages or locales)
#   localhost/newsflow-swift:VERSION the Swift build image (deploy/images/swift.Containerfile);
#                                    the host's /opt/swift toolchain and /opt/swift-packages
#                                    mirror are bind-mounted into the build, not copied
#   localhost/newsflow:latest        deploy/Dockerfile, the image users build, with
#                                    SWIFT_IMAGE and RUNTIME_IMAGE pointed at the two above
#   localhost/noida-db:0.2.3         the Kafka stand-in (deploy/images/noida-db.Containerfile),
#                                    from the sha256-pinned PyPI wheel
#
# Idempotent and fast on a second run: the base image is made once, the others are
# `podman build` with layer caching, and the Swift build keeps its .build folder in a
# cache mount, so a source change recompiles only what changed. Prints how long each
# image took. NEWSFLOW_REBUILD_BASE=1 makes the base image again.
#
# Needs: podman, runc, mmdebstrap (apt-get install podman runc mmdebstrap), pip, and
# the Swift toolchain at $SWIFT_TOOLCHAIN (/opt/swift) with the package mirror at
# $SWIFT_PACKAGES (/opt/swift-packages).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export CONTAINERS_CONF="${CONTAINERS_CONF:-$PWD/deploy/podman/containers.conf}"
toolchain="${SWIFT_TOOLCHAIN:-/opt/swift}"
packages="${SWIFT_PACKAGES:-/opt/swift-packages}"
base_image="localhost/debian:bookworm-slim"
newsflow_image="${NEWSFLOW_IMAGE:-localhost/newsflow:latest}"
noida_version="0.2.3"
noida_sha256="40a2fb15567e3d344e7483df62bb439e7d64ac6fb232f4f223554aed58204f82"
noida_image="localhost/noida-db:$noida_version"
cache_dir="${NEWSFLOW_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsflow-images}"

log() { printf '%s local-images: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

for tool in podman runc mmdebstrap pip3; do
    command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install podman runc mmdebstrap python3-pip)"
done
[[ -x "$toolchain/usr/bin/swift" ]] || die "no Swift toolchain at $toolchain (set SWIFT_TOOLCHAIN)"
[[ -d "$packages" ]] || die "no Swift package mirror at $packages (set SWIFT_PACKAGES)"
swift_version="$("$toolchain/usr/bin/swift" --version 2>/dev/null | sed -n 's/.*Swift version \([0-9.]*\).*/\1/p' | head -n 1)"
[[ -n "$swift_version" ]] || die "cannot read the version of $toolchain/usr/bin/swift"
swift_image="localhost/newsflow-swift:$swift_version-bookworm"
mkdir -p "$cache_dir"

# timed NAME COMMAND...: runs COMMAND and logs how long it took.
timed() {
    local name="$1" started=$SECONDS
    shift
    "$@"
    log "$name: $((SECONDS - started)) s"
}

# ---------------------------------------------------------------- Debian base
# The Debian suites apt uses here (the main mirror, updates and security), as
# sources.list lines for mmdebstrap.
debian_sources() {
    # shellcheck disable=SC2016 # $(...) are apt's format fields, not shell
    apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' 'Created-By: Packages' 2>/dev/null \
        | awk '$2 ~ /^bookworm(-updates|-security)?$/ && $3 == "main" { print "deb " $1 " " $2 " main" }' \
        | sort -u
}

build_base() {
    if podman image exists "$base_image" && [[ "${NEWSFLOW_REBUILD_BASE:-0}" != 1 ]]; then
        log "$base_image: present (NEWSFLOW_REBUILD_BASE=1 makes it again)"
        return 0
    fi
    local sources tarball
    sources="$(debian_sources)"
    [[ -n "$sources" ]] || sources="deb http://deb.debian.org/debian bookworm main"
    tarball="$(mktemp --suffix=.tar)"
    log "$base_image: mmdebstrap from $(echo "$sources" | awk '{print $2}' | sort -u | paste -sd' ')"
    # --variant=minbase is Debian's smallest apt-capable system; the dpkg excludes are
    # those of the official slim image, and stay in force for later apt-get installs.
    # The merged-usr hook lays out /usr as bookworm expects without installing the
    # usrmerge package, which would pull in perl (about 50 MB).
    # No binary package caches either (what the official image's docker-clean does):
    # each `apt-get update` in a Dockerfile would otherwise leave tens of MB of
    # /var/cache/apt/*.bin in its layer.
    mmdebstrap --variant=minbase --quiet \
        --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
        --aptopt='APT::Install-Recommends "false"' \
        --aptopt='Dir::Cache::pkgcache ""' \
        --aptopt='Dir::Cache::srcpkgcache ""' \
        --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/info/*' \
        --dpkgopt='path-exclude=/usr/share/doc/*' \
        --dpkgopt='path-include=/usr/share/doc/*/copyright' \
        --dpkgopt='path-exclude=/usr/share/locale/*' \
        --dpkgopt='path-exclude=/usr/share/lintian/*' \
        bookworm "$tarball" - <<<"$sources"
    podman import --quiet --change 'CMD ["/bin/bash"]' "$tarball" "$base_image" >/dev/null
    rm -f "$tarball"
}

# ---------------------------------------------------------------- Swift build image
build_swift() {
    podman build --quiet --layers -f deploy/images/swift.Containerfile \
        --build-arg "BASE_IMAGE=$base_image" -t "$swift_image" deploy/images >/dev/null
}

# ---------------------------------------------------------------- Newsflow
build_newsflow() {
    local revision
    revision="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    # The Swift build's .build folder lives in a cache mount that outlasts the build.
    podman build --layers -f deploy/Dockerfile \
        --build-arg "SWIFT_IMAGE=$swift_image" \
        --build-arg "RUNTIME_IMAGE=$base_image" \
        --build-arg "REVISION=$revision" \
        -v "$toolchain:/opt/swift:ro" \
        -v "$packages:/opt/swift-packages:ro" \
        -t "$newsflow_image" . >"$cache_dir/newsflow-build.log" 2>&1 \
        || { tail -n 60 "$cache_dir/newsflow-build.log" >&2; die "podman build of deploy/Dockerfile failed (log: $cache_dir/newsflow-build.log)"; }
    log "$newsflow_image: $(podman image inspect --format '{{.Size}}' "$newsflow_image" | awk '{printf "%.1f MB", $1 / 1e6}')"
}

# ---------------------------------------------------------------- noida-db
build_noida() {
    local wheel_dir="$cache_dir/noida-db-$noida_version" context
    if ! ls "$wheel_dir"/noida_db-*.whl >/dev/null 2>&1; then
        mkdir -p "$wheel_dir"
        local requirements="$wheel_dir/requirements.txt"
        echo "noida-db==$noida_version --hash=sha256:$noida_sha256" >"$requirements"
        pip3 download --quiet --no-deps --only-binary=:all: --require-hashes \
            -r "$requirements" -d "$wheel_dir" || die "pip download of noida-db $noida_version failed"
    fi
    echo "$noida_sha256  $(ls "$wheel_dir"/noida_db-*.whl)" | sha256sum --check --quiet \
        || die "the cached noida-db wheel does not match its pinned sha256"
    context="$(mktemp -d)"
    python3 -m zipfile -e "$(ls "$wheel_dir"/noida_db-*.whl)" "$context/wheel"
    install -m 0755 "$context/wheel/noida_db/noida-db" "$context/noida-db"
    podman build --quiet --layers -f deploy/images/noida-db.Containerfile \
        --build-arg "BASE_IMAGE=$base_image" -t "$noida_image" "$context" >/dev/null
    rm -rf "$context"
}

started=$SECONDS
timed "$base_image" build_base
timed "$swift_image" build_swift
timed "$noida_image" build_noida
timed "$newsflow_image" build_newsflow
log "all images ready in $((SECONDS - started)) s"

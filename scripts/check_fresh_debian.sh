#!/bin/sh
# Prove the README's two set-up commands on a stock system, as root and as a user with sudo.
#
#   sudo sh scripts/check_fresh_debian.sh [--suite bookworm|noble] [--mirror URL] [--variant minbase]
#                                         [--fresh] [WORKDIR]
#
# Needs root and debootstrap (apt-get install debootstrap) and takes many minutes (LibreOffice and
# PySide6 are downloaded for every path), so the test suite does not run it.
#
# It debootstraps the suite into WORKDIR/base (kept for the next run unless --fresh) and, for each
# path, copies that into a new WORKDIR/<path> and clones this checkout's HEAD into it:
#   root  as root, in /root/ogp-report-studio
#   user  as "ogpuser", a member of group sudo (passwordless sudo, as the check cannot type a
#         password), in /home/ogpuser/ogp-report-studio owned by that user
# Each path runs in its own untouched system, so the user path really installs through sudo.
# In each it runs, from a login shell (`su -`, the PATH and environment a real login gets):
#   1. the README's first command, with OGP_DESKTOP_QUIT_AFTER_SHOW=1 (the app's own hook: quit once
#      the window is shown, print startup_seconds=) and QT_QPA_PLATFORM=offscreen, as no X server
#      exists yet; it must exit 0, print startup_seconds= and no traceback;
#   2. the README's second command (the tests);
#   3. the app (the part after "&&") once more through xvfb-run on the real xcb platform plugin (xvfb came with --test),
#      which proves the X libraries setup.sh installs are enough.
# The commands are read from README.md's Set-up block, so this stays true when the README changes.
#
# Variant: debootstrap's default (Priority required + important: what the Debian installer lays down
# before tasksel adds "standard" and a desktop) is closer to a stock install than --variant=minbase
# (required + apt only). Neither has python3, sudo, git or ca-certificates; setup.sh must cope.
# Downloaded .deb files are kept in WORKDIR/apt-cache between paths and runs (only to spare the
# mirror: every package is still installed afresh).
set -eu

SUITE=bookworm
MIRROR=""
VARIANT=""
FRESH=0
WORK=""
while [ $# -gt 0 ]; do
    case "$1" in
        --suite) SUITE=$2; shift 2 ;;
        --mirror) MIRROR=$2; shift 2 ;;
        --variant) VARIANT=$2; shift 2 ;;
        --fresh) FRESH=1; shift ;;
        -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) WORK=$1; shift ;;
    esac
done
[ "$(id -u)" = 0 ] || { echo "needs root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap: apt-get install -y debootstrap" >&2; exit 2; }

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-/tmp/ogp-fresh-$SUITE}
USER_NAME=ogpuser
CHECKOUT=ogp-report-studio
mkdir -p "$WORK/logs" "$WORK/apt-cache"
WORK=$(cd "$WORK" && pwd)

case "$SUITE" in
    noble)
        MIRROR=${MIRROR:-http://archive.ubuntu.com/ubuntu}
        # A stock Ubuntu has all four components and the updates and security pockets.
        SOURCES="deb $MIRROR noble main restricted universe multiverse
deb $MIRROR noble-updates main restricted universe multiverse
deb $MIRROR noble-security main restricted universe multiverse"
        # Older debootstraps (Debian 12's) have no noble script; every Ubuntu suite uses gutsy's.
        SCRIPT=/usr/share/debootstrap/scripts/noble
        [ -e "$SCRIPT" ] || SCRIPT=/usr/share/debootstrap/scripts/gutsy
        KEYRING=/usr/share/keyrings/ubuntu-archive-keyring.gpg ;;
    *)
        MIRROR=${MIRROR:-http://deb.debian.org/debian}
        # What the Debian installer writes: the release, its updates and security.
        SOURCES="deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://deb.debian.org/debian-security $SUITE-security main"
        SCRIPT=/usr/share/debootstrap/scripts/$SUITE
        KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg ;;
esac

# The two commands, literally: the non-comment lines of the first sh block under "## Set-up".
extract() {
    awk '/^## Set-up/{s=1} s&&/^```sh/{b=1;next} b&&/^```/{exit} b&&NF&&!/^#/' "$REPO/README.md"
}
APP_CMD=$(extract | sed -n 1p)
TEST_CMD=$(extract | sed -n 2p)
[ -n "$APP_CMD" ] && [ -n "$TEST_CMD" ] || { echo "no two commands in README.md's Set-up block" >&2; exit 2; }

mounted_under() {  # mount points below $1, deepest first
    awk -v p="$1/" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r
}
unmount_all() {
    for m in $(mounted_under "$WORK"); do umount -l "$m" 2>/dev/null || true; done
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

if [ "$FRESH" = 1 ] || [ ! -e "$WORK/base/.ogp-base-done" ]; then
    unmount_all
    rm -rf --one-file-system "$WORK/base"
    keyring_opt="--keyring=$KEYRING"
    if [ ! -e "$KEYRING" ]; then
        echo "WARNING: $KEYRING missing: not checking the archive's signatures" >&2
        keyring_opt=--no-check-gpg
    fi
    echo "== debootstrap $SUITE ${VARIANT:+--variant=$VARIANT }from $MIRROR into $WORK/base"
    # shellcheck disable=SC2086
    debootstrap ${VARIANT:+--variant=$VARIANT} "$keyring_opt" --cache-dir="$WORK/apt-cache" \
        "$SUITE" "$WORK/base" "$MIRROR" "$SCRIPT" > "$WORK/logs/debootstrap.log" 2>&1 ||
        { tail -20 "$WORK/logs/debootstrap.log"; exit 1; }
    printf '%s\n' "$SOURCES" > "$WORK/base/etc/apt/sources.list"
    touch "$WORK/base/.ogp-base-done"
fi

RESULTS="$WORK/logs/results"
: > "$RESULTS"
FAILED=0

# run PATH_NAME ROOTFS LOGIN STEP COMMAND [ENV...]: COMMAND in LOGIN's login shell, from the checkout.
run() {
    name=$1 rootfs=$2 login=$3 step=$4 cmd=$5; shift 5
    log="$WORK/logs/$name-$step.log"
    echo "== [$name] $step: $cmd ${*:+(with $*)}"
    start=$(date +%s)
    set +e
    # su -: the login environment a person gets; -c hands the line to their shell exactly as typed.
    chroot "$rootfs" su - "$login" -c "cd ~/$CHECKOUT && ${*:+export $*; }$cmd" </dev/null > "$log" 2>&1
    rc=$?
    set -e
    secs=$(( $(date +%s) - start ))
    verdict=PASS
    [ "$rc" = 0 ] || verdict=FAIL
    case "$step" in app*)
        grep -q '^startup_seconds=' "$log" || verdict=FAIL
        ! grep -q 'Traceback' "$log" || verdict=FAIL ;;
    esac
    tail -5 "$log" | sed 's/^/    /'
    printf '%-4s %-5s %-10s exit %-3s %5ss  %s\n' "$verdict" "$name" "$step" "$rc" "$secs" "$cmd" >> "$RESULTS"
    [ "$verdict" = PASS ] || FAILED=1
}

one_path() {
    name=$1 login=$2
    rootfs="$WORK/$name"
    unmount_all
    # Never delete through a mount that is still there (/dev is the host's).
    [ -z "$(mounted_under "$WORK")" ] || { echo "still mounted under $WORK" >&2; exit 1; }
    rm -rf --one-file-system "$rootfs"
    cp -a "$WORK/base" "$rootfs"
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    # This machine's network: where the host trusts local CAs (a TLS-inspecting proxy, say), the
    # system gets them too, and pip is pointed at the system's bundle as the host's pip is.
    # Nothing else of the host's set-up is copied.
    if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
        mkdir -p "$rootfs/usr/local/share/ca-certificates"
        cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
        printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$rootfs/etc/pip.conf"
    fi
    mount -t proc proc "$rootfs/proc"
    mount -t sysfs sysfs "$rootfs/sys"
    mount --bind /dev "$rootfs/dev"
    mount --bind /dev/pts "$rootfs/dev/pts"
    mount -t tmpfs -o mode=1777 tmpfs "$rootfs/dev/shm"
    mount --bind "$WORK/apt-cache" "$rootfs/var/cache/apt/archives"
    chroot "$rootfs" apt-get update -q > "$WORK/logs/$name-update.log" 2>&1
    if [ "$login" != root ]; then
        chroot "$rootfs" useradd --create-home --shell /bin/bash "$login"
        # A desktop install's first user: in group sudo. NOPASSWD only because nobody types here.
        chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q sudo \
            > "$WORK/logs/$name-sudo.log" 2>&1
        chroot "$rootfs" usermod -aG sudo "$login"
        echo "$login ALL=(ALL:ALL) NOPASSWD: ALL" > "$rootfs/etc/sudoers.d/ogp-check"
        chmod 440 "$rootfs/etc/sudoers.d/ogp-check"
    fi
    # "From a checkout": the person cloned the repository, so git is there (with what Debian
    # recommends, ca-certificates among it); they clone this checkout's HEAD themselves.
    chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q git \
        > "$WORK/logs/$name-git.log" 2>&1
    # Ubuntu's base has ca-certificates already, so nothing above re-read the added CAs.
    [ ! -x "$rootfs/usr/sbin/update-ca-certificates" ] || chroot "$rootfs" update-ca-certificates >/dev/null
    git clone -q --bare "$REPO" "$rootfs/srv/$CHECKOUT.git"
    chroot "$rootfs" chown -R "$login:" "/srv/$CHECKOUT.git"
    chroot "$rootfs" su - "$login" -c "git clone -q /srv/$CHECKOUT.git $CHECKOUT"
    run "$name" "$rootfs" "$login" app "$APP_CMD" OGP_DESKTOP_QUIT_AFTER_SHOW=1 QT_QPA_PLATFORM=offscreen
    run "$name" "$rootfs" "$login" tests "$TEST_CMD"
    run "$name" "$rootfs" "$login" app-xvfb "xvfb-run -a ${APP_CMD#*&& }" OGP_DESKTOP_QUIT_AFTER_SHOW=1 QT_QPA_PLATFORM=xcb
    unmount_all
}

echo "README commands:"
echo "  $APP_CMD"
echo "  $TEST_CMD"
echo "checkout: $(git -C "$REPO" log --oneline -1)"
one_path root root
one_path user "$USER_NAME"

echo
echo "== $SUITE${VARIANT:+ ($VARIANT)}: results (logs in $WORK/logs)"
cat "$RESULTS"
if [ "$FAILED" = 0 ]; then echo "PASS"; else echo "FAIL"; fi
exit "$FAILED"

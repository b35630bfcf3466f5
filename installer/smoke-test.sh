#!/usr/bin/env bash
# Smoke test of the Linux packages, run by hand before a release and by the installers workflow: installs the .deb
# into a clean Debian bookworm (a debootstrap chroot), runs the command line as an ordinary user, opens the window under
# Xvfb and takes a screenshot, trains one epoch when the command line has `train`, then removes the package and checks
# that it left no file behind. Then, when an .rpm was built beside the .deb, installs it into the same system with
# Debian's rpm and removes it, checking that its scripts link and unlink the command, desktop entry and MIME type.
# Needs root, debootstrap, Xvfb and ImageMagick on this machine, and access to Debian's mirrors.
#
#   installer/smoke-test.sh [path/to/neurite_*.deb]       results in installer/target/smoke/
#
# Xvfb and `import` run on this machine and only the X socket is shared with the chroot, so the system under test
# holds nothing but Debian's minimal base and what the package itself pulls in: a missing dependency shows.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deb="${1:-$(ls "$here"/target/packages/neurite_*.deb 2>/dev/null | head -n 1)}"
[ -f "$deb" ] || { echo "smoke-test: no .deb; build it with: mvn -Pinstaller -DskipTests package" >&2; exit 2; }
cache=/var/tmp/neurite-smoke
tarball="$cache/bookworm-minbase.tar.gz"
out="$here/target/smoke"
user=learner

mkdir -p "$cache" "$out"
rm -f "$out"/*
root="$(mktemp -d "$cache/root.XXXXXX")"
xvfb_pid=""
# The processes running inside this test's chroot (and only those: found by their root folder).
chroot_processes() {
  local proc
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
      echo "${proc#/proc/}"
    fi
  done
}
# Ends them: TERM, and KILL for those still there after five seconds.
stop_chroot_processes() {
  local pids
  pids=$(chroot_processes)
  [ -n "$pids" ] || return 0
  kill $pids 2>/dev/null || true
  for _ in 1 2 3 4 5; do
    sleep 1
    [ -n "$(chroot_processes)" ] || return 0
  done
  kill -9 $(chroot_processes) 2>/dev/null || true
}
cleanup() {
  set +e
  stop_chroot_processes
  sleep 1
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  for mount in tmp/.X11-unix dev/pts dev proc; do
    mountpoint -q "$root/$mount" && umount -l "$root/$mount"
  done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

log() { echo "[smoke] $*" | tee -a "$out/log.txt"; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_user() {
  chroot --userspec="$user:$user" "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME="/home/$user" LANG=C.UTF-8 \
    "$@"
}
# Every file and link of the system, except what changes by itself (package database, logs, apt's lists).
file_list() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./var/lib/dpkg \
      -o -path ./var/lib/apt -o -path ./var/cache -o -path ./var/log -o -path ./run -o -path ./root \) -prune \
      -o \( -type f -o -type l \) -print | sort)
}

# 1. A clean bookworm, made once and kept as a tarball.
if [ ! -f "$tarball" ]; then
  log "debootstrap bookworm (once; kept in $tarball)"
  rm -rf "$cache/rootfs"
  debootstrap --variant=minbase bookworm "$cache/rootfs" >"$cache/debootstrap.log"
  tar -C "$cache/rootfs" -czf "$tarball" .
  rm -rf "$cache/rootfs"
fi
tar -C "$root" -xzf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root useradd --create-home "$user"
file_list >"$out/files-before.txt"

# 2. Install, letting apt fetch the declared dependencies.
log "installing $(basename "$deb") ($(du -h "$deb" | cut -f1))"
cp "$deb" "$root/tmp/neurite.deb"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/neurite.deb \
  >"$out/apt-install.txt" 2>&1 || { tail -20 "$out/apt-install.txt"; exit 1; }
log "installed: $(in_root dpkg-query -W -f '${Package} ${Version}, Installed-Size ${Installed-Size} KiB' neurite)"
log "depends: $(in_root dpkg-query -W -f '${Depends}' neurite)"
for link in /usr/bin/neurite /usr/share/applications/neurite.desktop /usr/share/mime/packages/neurite.xml; do
  in_root test -e "$link" || { log "FAIL: $link missing"; exit 1; }
done
log "desktop entry, MIME type and /usr/bin/neurite are linked"

# 3. The command line, as an ordinary user (the native libraries unpack into that user's cache).
log "neurite --version: $(as_user neurite --version)"
started=$(date +%s)
as_user neurite templates 2>"$out/first-start.txt" | tee "$out/templates.txt"
log "first start (unpacks the native libraries): $(($(date +%s) - started)) s; stderr: $(tr '\r' '\n' <"$out/first-start.txt" | tail -n 2 | tr '\n' ' ')"
started=$(date +%s)
as_user neurite templates >/dev/null
log "second start: $(($(date +%s) - started)) s"
as_user neurite summary quick-cnn | tee "$out/summary.txt"
if as_user neurite --help | grep -qE '^ +train +'; then
  log "neurite train quick-cnn --data digits --epochs 1"
  as_user neurite train quick-cnn --data digits --epochs 1 2>&1 | tee "$out/train.txt"
else
  log "NOTE: this build has no 'train' command; ran templates and summary only"
fi
log "per-user native cache: $(du -sh "$root/home/$user/.cache/neurite" 2>/dev/null | cut -f1)"

# 4. The window under Xvfb, started the way the desktop entry starts it.
# -displayfd: Xvfb picks a free display number and writes it (other sessions may run their own Xvfb here).
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$out/display.txt" >"$out/xvfb.txt" 2>&1 &
xvfb_pid=$!
for _ in $(seq 20); do [ -s "$out/display.txt" ] && break; sleep 0.5; done
display=":$(cat "$out/display.txt")"
log "Xvfb on display $display"
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
log "starting the window"
exec_line=$(in_root sed -n 's/^Exec=//p' /usr/share/applications/neurite.desktop | sed 's/ %[fFuU]//')
log "desktop entry runs: $exec_line"
as_user env DISPLAY="$display" $exec_line >"$out/window.txt" 2>&1 &
app_pid=$!
sleep "${SMOKE_WINDOW_WAIT:-25}"
if kill -0 "$app_pid" 2>/dev/null; then
  import -display "$display" -window root "$out/window.png"
  log "screenshot: $out/window.png"
  stop_chroot_processes
  wait "$app_pid" 2>/dev/null || true
else
  log "FAIL: the window process ended:"
  cat "$out/window.txt"
  exit 1
fi

# 5. Remove. The package's files and links must all go and removing must create none; the user's cache stays (user
# data). Then the dependencies apt pulled in are purged, and nothing named neurite may remain anywhere.
file_list >"$out/files-installed.txt"
in_root dpkg-query -L neurite | sort >"$out/package-files.txt"
log "dpkg -r neurite"
in_root dpkg -r neurite >"$out/dpkg-remove.txt" 2>&1
file_list >"$out/files-removed.txt"
left=$(while read -r path; do
  if in_root test -f "$path" -o -L "$path"; then echo "$path"; fi
done <"$out/package-files.txt")
created=$(comm -13 "$out/files-installed.txt" "$out/files-removed.txt" | grep -v "^./home/$user/" || true)
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q >"$out/apt-autoremove.txt" 2>&1
file_list >"$out/files-after.txt"
named=$(grep -i neurite "$out/files-after.txt" | grep -v "^./home/$user/" || true)
log "user data kept: $(grep -c "^./home/$user/" "$out/files-after.txt" || true) files in /home/$user"
log "after purging the dependencies too, files new since before the install: $(comm -13 "$out/files-before.txt" \
  "$out/files-after.txt" | grep -vc "^./home/$user/" || true) (listed in files-after.txt; caches of other packages)"
if [ -n "$left$created$named" ] || in_root test -e /opt/neurite; then
  log "FAIL: left behind: ${left:-none}; created by removal: ${created:-none}; named neurite: ${named:-none}"
  exit 1
fi
log "PASS: dpkg -r removed every file and link of the package, created none, left nothing named neurite"

# 6. The .rpm on the same system, with Debian's rpm and --nodeps (its dependencies carry Fedora's names): not an RPM
# system, but the package's files and its %post and %preun scripts run as they would there.
rpm_file=$(ls "$(dirname "$deb")"/neurite-*.rpm 2>/dev/null | head -n 1 || true)
if [ -z "$rpm_file" ]; then
  log "no .rpm beside the .deb: rpm not checked"
  exit 0
fi
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rpm >"$out/apt-rpm.txt" 2>&1
file_list >"$out/files-before-rpm.txt"
cp "$rpm_file" "$root/tmp/neurite.rpm"
log "rpm -i $(basename "$rpm_file") ($(du -h "$rpm_file" | cut -f1))"
in_root rpm -i --nodeps --force-debian /tmp/neurite.rpm >"$out/rpm-install.txt" 2>&1 \
  || { cat "$out/rpm-install.txt"; log "FAIL: rpm -i"; exit 1; }
for link in /usr/bin/neurite /usr/share/applications/neurite.desktop /usr/share/mime/packages/neurite.xml; do
  in_root test -L "$link" -a -e "$link" || { log "FAIL: the .rpm did not link $link"; exit 1; }
done
log "rpm: desktop entry, MIME type and /usr/bin/neurite are linked"
log "rpm: neurite --version: $(as_user neurite --version | tr '\n' ' ')"
in_root rpm -e neurite >"$out/rpm-remove.txt" 2>&1 || { cat "$out/rpm-remove.txt"; log "FAIL: rpm -e"; exit 1; }
file_list >"$out/files-after-rpm.txt"
left=$(comm -13 "$out/files-before-rpm.txt" "$out/files-after-rpm.txt" | grep -v "^./home/$user/" \
  | grep -v -e '^./var/lib/rpm' -e '^./usr/lib/sysimage/rpm' || true)
if [ -n "$left" ] || in_root test -e /opt/neurite; then
  log "FAIL: rpm -e left: $left"
  exit 1
fi
log "PASS: rpm -i linked the command, desktop entry and MIME type; rpm -e removed them and every file"

#!/bin/sh
# Links Neurite into the system (install) or unlinks it (remove): the command, the desktop entry, the icons and the
# MIME type of .neurite projects. Called by the .deb's postinst and prerm and by the .rpm's %post and %preun. Plain
# links and the caches' own tools, each allowed to be missing: a minimal system without a desktop must still install
# and remove cleanly.
set -e
app="$(dirname "$(dirname "$(dirname "$(readlink -f "$0")")")")"
desktop="$app/lib/desktop"

# link target, one per line: path in the system, file in the app
links() {
  cat <<LINKS
/usr/bin/neurite $app/bin/Neurite
/usr/share/applications/neurite.desktop $desktop/neurite.desktop
/usr/share/mime/packages/neurite.xml $desktop/neurite-mime.xml
/usr/share/icons/hicolor/256x256/apps/neurite.png $app/lib/Neurite.png
/usr/share/icons/hicolor/256x256/mimetypes/application-x-neurite-project.png $app/lib/Neurite.png
LINKS
}

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d /usr/share/mime/packages ]; then
    update-mime-database /usr/share/mime >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor >/dev/null 2>&1 || true
  fi
}

# Removes a folder this script created: empty and not owned by any package.
remove_if_ours() {
  [ -d "$1" ] || return 0
  if ! dpkg-query -S "$1" >/dev/null 2>&1 && ! { command -v rpm >/dev/null 2>&1 && rpm -qf "$1" >/dev/null 2>&1; }; then
    rmdir "$1" 2>/dev/null || true
  fi
}

case "$1" in
  install)
    links | while read -r link target; do
      mkdir -p "$(dirname "$link")"
      ln -sfn "$target" "$link"
    done
    refresh_caches
    ;;
  remove)
    links | while read -r link target; do
      if [ -L "$link" ]; then rm -f "$link"; fi
    done
    refresh_caches
    for dir in /usr/share/icons/hicolor/256x256/mimetypes /usr/share/icons/hicolor/256x256/apps \
        /usr/share/icons/hicolor/256x256 /usr/share/icons/hicolor /usr/share/icons /usr/share/mime/packages \
        /usr/share/mime /usr/share/applications; do
      remove_if_ours "$dir"
    done
    ;;
  *)
    echo "usage: integrate.sh install|remove" >&2
    exit 2
    ;;
esac

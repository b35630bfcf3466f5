#!/usr/bin/env bash
# Builds Neurite's runtime image (jlink), app-image and native packages (jpackage) with the JDK Maven runs on.
# Called by installer/pom.xml in profile 'installer' (mvn -Pinstaller -DskipTests package), after Maven copied the
# app's jars to $TARGET/jpackage/app-jars, JavaFX's jars to .../javafx and the system's nd4j builds to .../natives.
# Environment (set by the pom): JDK_HOME TARGET APP_VERSION PACKAGE_TYPES ICON.
# Runs on Linux, macOS (bash 3.2) and Windows (Git Bash).
#
# For checking (installer/check-config.py): DRY_RUN=1 writes every external command (jlink, jpackage, jar, xz, ...)
# to $TARGET/jpackage/commands.txt, one per line as bash would quote it, instead of running it; TARGET_OS=linux|
# windows|mac builds the argument lists of another system.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dry_run="${DRY_RUN:-}"
os="${TARGET_OS:-}"
if [ -z "$os" ]; then
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=mac ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "build-packages.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
  esac
fi
exe=""
if [ "$os" = windows ]; then
  exe=.exe
  # Git Bash: Maven's paths as C:/x/y, which bash, the Windows programs and the files jpackage reads all understand.
  if command -v cygpath >/dev/null 2>&1; then
    JDK_HOME=$(cygpath -m "$JDK_HOME") TARGET=$(cygpath -m "$TARGET") ICON=$(cygpath -m "$ICON")
  fi
fi
work="$TARGET/jpackage"
input="$work/input"
runtime="$TARGET/runtime"
images="$TARGET/image"
packages="$TARGET/packages"
name=Neurite
version="${APP_VERSION%-SNAPSHOT}" # jpackage takes numbers only
jlink="$JDK_HOME/bin/jlink$exe"
jpackage="$JDK_HOME/bin/jpackage$exe"
jar="$JDK_HOME/bin/jar$exe"
jimage="$JDK_HOME/bin/jimage$exe"

# The JDK modules the app needs, from jdeps over the app's jars (jdeps cannot read some of ND4J's, so the list is
# kept here): jdk.unsupported for ND4J and JavaCPP, jdk.management for ND4J's memory checks and the engine's CPU and
# heap settings (HotSpot's flags), jdk.crypto.ec for the HTTPS downloads of data sets, java.desktop for ImageIO and
# JFreeChart, java.sql for Jackson and JFreeChart.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs
modules=$modules,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.zipfs
modules=$modules,javafx.base,javafx.graphics,javafx.controls,javafx.swing

log() { echo "[installer] $*"; }
size() { du -sh "$1" | cut -f1; }
commands="$work/commands.txt"
# Runs a command, or in a dry run writes it down.
run() {
  if [ -n "$dry_run" ]; then
    printf '%q ' "$@" >>"$commands"
    echo >>"$commands"
  else
    "$@"
  fi
}

# Linux: an nd4j-native classifier jar's native folder as an uncompressed zip compressed with xz, in lib/app/natives
# (read by the app's PackedNatives). xz packs libnd4j about 2.8x smaller than the jar's deflate (36 against 99 MB),
# so three builds fit in one package, and only the one the CPU runs is unpacked, on the first start. Compressing
# takes minutes, so the results are kept in $NEURITE_BUILD_CACHE (default ~/.cache/neurite-build) by jar checksum.
pack_natives() {
  local native="$1" base classifier unpacked cached
  base="$(basename "$native" .jar)"
  classifier="linux-${base#*-linux-}" # nd4j-native-1.0.0-M2.1-linux-x86_64-onednn -> linux-x86_64-onednn
  mkdir -p "$input/natives"
  if [ -n "$dry_run" ]; then
    run xz -T0 -6 -c "$native" && : >"$input/natives/$base.zip.xz"
    return
  fi
  cached="${NEURITE_BUILD_CACHE:-$HOME/.cache/neurite-build}/$base.$(cksum <"$native" | cut -d' ' -f1).zip.xz"
  if [ ! -f "$cached" ]; then
    log "packing $base with xz (once; kept in $cached)"
    unpacked="$work/unpacked/$base"
    rm -rf "$unpacked" && mkdir -p "$unpacked" "$(dirname "$cached")"
    (cd "$unpacked" && "$jar" xf "$native" "org/nd4j/linalg/cpu/nativecpu/bindings/$classifier/")
    "$jar" --create --no-compress --no-manifest --file "$unpacked.zip" \
      -C "$unpacked/org/nd4j/linalg/cpu/nativecpu/bindings/$classifier" .
    xz -T0 -6 -c "$unpacked.zip" >"$cached.tmp"
    mv "$cached.tmp" "$cached"
    rm -rf "$unpacked" "$unpacked.zip"
  fi
  cp "$cached" "$input/natives/$base.zip.xz"
}

# Linux .rpm: jpackage's own spec file (from the JDK running it) with two lines added, which link and unlink the
# command, desktop entry, icons and MIME type as the .deb's postinst and prerm do (linux/integrate.sh). On an upgrade
# RPM runs the new package's %post before the old one's %preun, so %preun unlinks only on removal ($1 = 0).
rpm_resources() {
  local dir="$1" templates="$work/jdk-templates" template spec
  rm -rf "$templates" "$dir" && mkdir -p "$dir"
  spec="$dir/neurite.spec"
  if [ -n "$dry_run" ]; then
    run "$jimage" extract --include 'regex:.*/resources/template\.spec' --dir "$templates" "$JDK_HOME/lib/modules"
    : >"$spec"
    return
  fi
  "$jimage" extract --include 'regex:.*/resources/template\.spec' --dir "$templates" "$JDK_HOME/lib/modules"
  template=$(find "$templates" -name template.spec | head -n 1)
  [ -f "$template" ] || { echo "build-packages.sh: no template.spec in $JDK_HOME/lib/modules" >&2; exit 1; }
  sed -e 's|^%post$|%post\nAPPLICATION_DIRECTORY/lib/desktop/integrate.sh install|' \
    -e 's|^%preun$|%preun\nif [ "$1" = 0 ]; then APPLICATION_DIRECTORY/lib/desktop/integrate.sh remove \|\| true; fi|' \
    "$template" >"$spec"
  if [ "$(grep -c 'lib/desktop/integrate.sh' "$spec")" != 2 ]; then
    echo "build-packages.sh: this JDK's template.spec has no %post and %preun lines to extend" >&2
    exit 1
  fi
}

rm -rf "$input" "$runtime" "$images" "$packages" "$commands"
mkdir -p "$input" "$images" "$packages"

# 1. The class path: the app's jars without any nd4j-native build, then the builds chosen for this system: packed
# on Linux (see pack_natives), as jars elsewhere, where JavaCPP unpacks the chosen one on the first start.
cp "$work"/app-jars/*.jar "$input"/
# classifier jars only (nd4j-native-<version>-<platform>[-<extension>].jar); nd4j-native-<version>.jar holds the classes
rm -f "$input"/nd4j-native-[0-9]*-linux-*.jar "$input"/nd4j-native-[0-9]*-macosx-*.jar "$input"/nd4j-native-[0-9]*-windows-*.jar
for native in "$work"/natives/*.jar; do
  if [ "$os" = linux ]; then
    pack_natives "$native"
  else
    cp "$native" "$input"/
  fi
done
main_jar=$(cd "$input" && ls neurite-app-*.jar)

# 2. The runtime: a trimmed JDK with JavaFX's modules linked in from their modular jars.
log "jlink: $modules"
run "$jlink" --module-path "$work/javafx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$runtime"

# 3. The app-image. The engine's settings (threads, heap) are applied by the app itself (EngineEnvironment), so every
# launcher, installed or not, runs with the same ones.
app_version="$version"
if [ "$os" = mac ] && [ "${version%%.*}" = 0 ]; then
  app_version=1.0.0 # a macOS bundle's version must start with 1 or more; the .dmg is renamed to the real version
fi
common=(--name "$name" --app-version "$app_version" --vendor "Neurite"
  --description "Build, train and test neural networks")
file_associations="$work/neurite-project.properties"
cat >"$file_associations" <<EOF
extension=neurite
mime-type=application/x-neurite-project
description=Neurite project
icon=$ICON
EOF
image_extra=()
case "$os" in
  mac)
    # On macOS the file association lives in the app's Info.plist, so it is part of the image.
    image_extra=(--mac-package-identifier dev.neurite.app --file-associations "$file_associations")
    ;;
  windows)
    # Neurite.exe is a windowed program (no console); neurite-cli.exe is the same app for the command line.
    cli_launcher="$work/neurite-cli.properties"
    printf 'win-console=true\nwin-shortcut=false\nwin-menu=false\n' >"$cli_launcher"
    image_extra=(--add-launcher "neurite-cli=$cli_launcher")
    ;;
esac
log "jpackage app-image"
run "$jpackage" --type app-image "${common[@]}" --dest "$images" \
  --input "$input" --main-jar "$main_jar" --main-class dev.neurite.app.Main \
  --runtime-image "$runtime" --icon "$ICON" --java-options -Dfile.encoding=UTF-8 \
  ${image_extra[@]+"${image_extra[@]}"}

if [ "$os" = mac ]; then
  image="$images/$name.app"
else
  image="$images/$name"
fi
if [ "$os" = linux ]; then
  # The desktop entry, MIME type, icons and /usr/bin/neurite (a link to bin/Neurite) are linked by the packages' own
  # scripts (linux/), not by jpackage's --linux-shortcut, whose xdg-utils calls fail on minimal systems and with them
  # the whole install.
  mkdir -p "$image/lib/desktop"
  cp "$here/linux/integrate.sh" "$here/linux/neurite.desktop" "$here/linux/neurite-mime.xml" "$image/lib/desktop/"
  chmod 755 "$image/lib/desktop/integrate.sh"
fi

# 4. The packages.
for type in $PACKAGE_TYPES; do
  case "$type" in
    deb | rpm)
      if [ "$type" = rpm ] && [ -z "$dry_run" ] && ! command -v rpmbuild >/dev/null 2>&1; then
        log "rpmbuild not found: no .rpm"
        continue
      fi
      if [ "$type" = deb ]; then
        # What a minimal system lacks for the window (jpackage adds the libraries the runtime links to).
        deps="libgtk-3-0, libxtst6, libgl1, fonts-dejavu-core"
        extra=(--resource-dir "$here/linux/deb" --linux-deb-maintainer maintainers@neurite.invalid)
      else
        deps="gtk3, libXtst, mesa-libGL, dejavu-sans-fonts"
        rpm_resources "$work/rpm-resources"
        extra=(--resource-dir "$work/rpm-resources")
      fi
      log "jpackage $type"
      run "$jpackage" --type "$type" "${common[@]}" --dest "$packages" --app-image "$image" \
        --linux-package-name neurite --linux-app-category science --linux-package-deps "$deps" \
        ${extra[@]+"${extra[@]}"}
      ;;
    msi)
      # Start menu entry and desktop shortcut for Neurite.exe, the .neurite association, a per-machine install into
      # a folder the user may change; the upgrade code lets a newer .msi replace an older one.
      log "jpackage msi"
      run "$jpackage" --type msi "${common[@]}" --dest "$packages" --app-image "$image" \
        --file-associations "$file_associations" --win-menu --win-menu-group Neurite --win-shortcut \
        --win-dir-chooser --win-upgrade-uuid 6f1d7c52-1b0e-4f0a-9a53-2f5d3c7e8a41
      ;;
    dmg)
      # The .dmg holds Neurite.app and a link to /Applications to drag it to.
      log "jpackage dmg"
      run "$jpackage" --type dmg "${common[@]}" --dest "$packages" --app-image "$image" \
        --mac-package-identifier dev.neurite.app
      if [ "$app_version" != "$version" ]; then
        run mv "$packages/$name-$app_version.dmg" "$packages/$name-$version.dmg"
      fi
      ;;
    *) echo "build-packages.sh: unknown package type $type" >&2; exit 1 ;;
  esac
done

if [ -n "$dry_run" ]; then
  log "dry run for $os: commands in $commands"
  exit 0
fi
log "runtime image: $(size "$runtime") ($runtime)"
log "app-image:     $(size "$image") ($image)"
for package in "$packages"/*; do
  [ -e "$package" ] && log "package:       $(size "$package") ($package)"
done

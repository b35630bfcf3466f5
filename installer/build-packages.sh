#!/usr/bin/env bash
# Builds Neurite's runtime image (jlink), app-image and native packages (jpackage) with the JDK Maven runs on.
# Called by installer/pom.xml in profile 'installer' (mvn -Pinstaller -DskipTests package), after Maven copied the
# app's jars to $TARGET/jpackage/app-jars, JavaFX's jars to .../javafx and the chosen nd4j builds to .../natives.
# Environment (set by the pom): JDK_HOME TARGET APP_VERSION PACKAGE_TYPES ICON ENGINE_ENV.
# Runs on Linux, macOS (bash 3.2) and Windows (Git Bash).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$TARGET/jpackage"
input="$work/input"
runtime="$TARGET/runtime"
images="$TARGET/image"
packages="$TARGET/packages"
name=Neurite
version="${APP_VERSION%-SNAPSHOT}" # jpackage takes numbers only
exe=""
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; exe=.exe ;;
  *) echo "build-packages.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
jlink="$JDK_HOME/bin/jlink$exe"
jpackage="$JDK_HOME/bin/jpackage$exe"
jar="$JDK_HOME/bin/jar$exe"

# The JDK modules the app needs, from jdeps over the app's jars (jdeps cannot read some of ND4J's, so the list is
# kept here): jdk.unsupported for ND4J and JavaCPP, jdk.management for ND4J's memory checks, jdk.crypto.ec for the
# HTTPS downloads of data sets, java.desktop for ImageIO and JFreeChart, java.sql for Jackson and JFreeChart.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs
modules=$modules,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.zipfs
modules=$modules,javafx.base,javafx.graphics,javafx.controls,javafx.swing

log() { echo "[installer] $*"; }
size() { du -sh "$1" | cut -f1; }

# Linux: an nd4j-native classifier jar's native folder as an uncompressed zip compressed with xz, in lib/app/natives
# (read by the app's PackedNatives). xz packs libnd4j about 2.8x smaller than the jar's deflate (36 against 99 MB),
# so three builds fit in one package, and only the one the CPU runs is unpacked, on the first start. Compressing
# takes minutes, so the results are kept in $NEURITE_BUILD_CACHE (default ~/.cache/neurite-build) by jar checksum.
pack_natives() {
  local native="$1" base classifier unpacked cached
  base="$(basename "$native" .jar)"
  classifier="linux-${base#*-linux-}" # nd4j-native-1.0.0-M2.1-linux-x86_64-onednn -> linux-x86_64-onednn
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
  mkdir -p "$input/natives"
  cp "$cached" "$input/natives/$base.zip.xz"
}

rm -rf "$input" "$runtime" "$images" "$packages"
mkdir -p "$input" "$images" "$packages"

# 1. The class path: the app's jars without any nd4j-native build, then the builds chosen for this system.
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
# The engine's environment, read by the installed launcher as by ./neurite (lib/app/engine-env.sh).
cp "$ENGINE_ENV" "$input"/engine-env.sh
main_jar=$(cd "$input" && ls neurite-app-*.jar)

# 2. The runtime: a trimmed JDK with JavaFX's modules linked in from their modular jars.
log "jlink: $modules"
"$jlink" --module-path "$work/javafx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$runtime"

# 3. The app-image.
common=(--name "$name" --app-version "$version" --vendor "Neurite"
  --description "Build, train and test neural networks")
image_extra=()
[ "$os" = mac ] && image_extra=(--mac-package-identifier dev.neurite.app)
# The JVM flags engine-env.sh gives a source run (heap sizing while training) go into the launcher's configuration:
# jpackage's launcher reads no environment variable for JVM options.
engine_jvm_options=$(unset NEURITE_JAVA_OPTS; source "$ENGINE_ENV" >/dev/null 2>&1; echo "${NEURITE_JAVA_OPTS:-}")
java_options=(--java-options "-Dfile.encoding=UTF-8")
for option in $engine_jvm_options; do
  java_options+=(--java-options "$option")
done
log "jpackage app-image (JVM options: -Dfile.encoding=UTF-8 $engine_jvm_options)"
"$jpackage" --type app-image "${common[@]}" --dest "$images" \
  --input "$input" --main-jar "$main_jar" --main-class dev.neurite.app.Main \
  --runtime-image "$runtime" --icon "$ICON" "${java_options[@]}" \
  ${image_extra[@]+"${image_extra[@]}"}

if [ "$os" = mac ]; then
  image="$images/$name.app"
else
  image="$images/$name"
fi
if [ "$os" = linux ]; then
  # bin/neurite applies engine-env.sh and starts bin/Neurite; the desktop entry, MIME type and /usr/bin/neurite are
  # linked by the package's own scripts (linux/), not by jpackage's --linux-shortcut, whose xdg-utils calls fail on
  # minimal systems and with them the whole install.
  mkdir -p "$image/lib/desktop"
  cp "$here/linux/neurite" "$image/bin/neurite"
  cp "$here/linux/integrate.sh" "$here/linux/neurite.desktop" "$here/linux/neurite-mime.xml" "$image/lib/desktop/"
  chmod 755 "$image/bin/neurite" "$image/lib/desktop/integrate.sh"
fi

# 4. The packages.
file_associations="$work/neurite-project.properties"
cat > "$file_associations" <<EOF
extension=neurite
mime-type=application/x-neurite-project
description=Neurite project
icon=$ICON
EOF

for type in $PACKAGE_TYPES; do
  case "$type" in
    deb | rpm)
      if [ "$type" = rpm ] && ! command -v rpmbuild >/dev/null 2>&1; then
        log "rpmbuild not found: no .rpm"
        continue
      fi
      if [ "$type" = deb ]; then
        # What a minimal system lacks for the window (jpackage adds the libraries the runtime links to).
        deps="libgtk-3-0, libxtst6, libgl1, fonts-dejavu-core"
        extra=(--resource-dir "$here/linux/deb" --linux-deb-maintainer maintainers@neurite.invalid)
      else
        deps="gtk3, libXtst, mesa-libGL, dejavu-sans-fonts"
        extra=()
      fi
      log "jpackage $type"
      "$jpackage" --type "$type" "${common[@]}" --dest "$packages" --app-image "$image" \
        --linux-package-name neurite --linux-app-category science --linux-package-deps "$deps" \
        ${extra[@]+"${extra[@]}"}
      ;;
    msi)
      log "jpackage msi"
      "$jpackage" --type msi "${common[@]}" --dest "$packages" --app-image "$image" \
        --file-associations "$file_associations" --win-menu --win-menu-group Neurite --win-shortcut \
        --win-dir-chooser --win-upgrade-uuid 6f1d7c52-1b0e-4f0a-9a53-2f5d3c7e8a41
      ;;
    dmg)
      log "jpackage dmg"
      "$jpackage" --type dmg "${common[@]}" --dest "$packages" --app-image "$image" \
        --file-associations "$file_associations" --mac-package-identifier dev.neurite.app
      ;;
    *) echo "build-packages.sh: unknown package type $type" >&2; exit 1 ;;
  esac
done

log "runtime image: $(size "$runtime") ($runtime)"
log "app-image:     $(size "$image") ($image)"
for package in "$packages"/*; do
  [ -e "$package" ] && log "package:       $(size "$package") ($package)"
done

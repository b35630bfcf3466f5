#!/usr/bin/env bash
# Re-makes the bundled digits data set (assets/src/main/resources/neurite/data/digits/) from Debian's opencv-doc.
#   sudo apt-get install opencv-doc
#   model-core/src/test/scripts/build-digits.sh [montage.png]
# The output is reproducible: BundledDigitsTest checks the shipped files against provenance.json, and a rebuild
# from the same opencv-doc version must leave `git status` clean.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
png=$(dpkg -L opencv-doc | grep '/examples/data/digits.png' | head -n 1)
[ -n "$png" ] || { echo "opencv-doc has no examples/data/digits.png" >&2; exit 1; }
if [ ! -f "$png" ] && [ -f "$png.gz" ]; then
  tmp=$(mktemp -d); gunzip -c "$png.gz" > "$tmp/digits.png"; png="$tmp/digits.png"
fi
version=$(dpkg-query -W -f='${Version}' opencv-doc)
cd "$root"
mvn -B -q -pl model-core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "model-core/target/test-classes:model-core/target/classes:$(cat model-core/target/test-classpath.txt)" \
    dev.neurite.data.digits.DigitsAssetBuilder "$png" assets/src/main/resources/neurite/data/digits "$version" "$@"

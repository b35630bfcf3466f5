#!/usr/bin/env python3
"""Checks the installer configuration of every system on any system (seconds, offline): what can be checked of the
Windows and macOS packages without building them there.

  python3 installer/check-config.py        (needs Python 3 and PyYAML; exits 1 listing the problems)

1. The Maven profiles: for Linux, Windows, macOS Intel and Apple silicon, the properties that profile activation
   gives (the activation rules are evaluated here as Maven does for <os> family/arch): JavaFX classifier, libnd4j
   builds (each one ND4J 1.0.0-M2.1 publishes), package types, icon.
2. build-packages.sh in a dry run for each system (TARGET_OS, DRY_RUN): the jlink and jpackage argument lists it
   would run there, checked against jpackage's rules (options of that system only, no installer option when making
   an app-image, no launcher option when packaging one, version formats), every file they name existing and in the
   right format, and the class path holding exactly the intended native builds.
3. The icons (.png, .ico, .icns), the Linux desktop entry, MIME type and links.
4. .github/workflows/installers.yml: it parses, runs on the intended runners, and names existing scripts, profiles
   and app-image paths.
"""
import os
import re
import shlex
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
problems = []
checked = []


def problem(message):
    problems.append(message)


def ok(message):
    checked.append(message)


# The libnd4j builds (nd4j-native classifiers) ND4J 1.0.0-M2.1 publishes for these systems, as listed by the Maven
# repository when this was written; -avx512 alone is not published for Windows, nor any -onednn build for macosx-arm64.
PUBLISHED_ND4J = {
    "linux-x86_64", "linux-x86_64-avx2", "linux-x86_64-avx512", "linux-x86_64-onednn", "linux-x86_64-onednn-avx2",
    "linux-x86_64-onednn-avx512",
    "windows-x86_64", "windows-x86_64-avx2", "windows-x86_64-onednn", "windows-x86_64-onednn-avx2",
    "windows-x86_64-onednn-avx512",
    "macosx-x86_64", "macosx-x86_64-avx2", "macosx-x86_64-avx512", "macosx-x86_64-onednn",
    "macosx-x86_64-onednn-avx2",
    "macosx-arm64",
}
PUBLISHED_JAVAFX = {"linux", "win", "mac", "mac-aarch64"}

# The systems: Maven's view of them (os.name family, os.arch), build-packages.sh's name, JavaCPP's platform.
TARGETS = {
    "linux-x86_64": dict(family="unix", arch="amd64", os="linux", platform="linux-x86_64", javafx="linux",
                         types={"deb", "rpm"}, icon=".png"),
    "windows-x86_64": dict(family="windows", arch="amd64", os="windows", platform="windows-x86_64", javafx="win",
                           types={"msi"}, icon=".ico"),
    "macosx-x86_64": dict(family="mac", arch="x86_64", os="mac", platform="macosx-x86_64", javafx="mac",
                          types={"dmg"}, icon=".icns"),
    "macosx-arm64": dict(family="mac", arch="aarch64", os="mac", platform="macosx-arm64", javafx="mac-aarch64",
                         types={"dmg"}, icon=".icns"),
}
PACKAGE_TYPES = {"linux": {"app-image", "deb", "rpm"}, "windows": {"app-image", "msi", "exe"},
                 "mac": {"app-image", "dmg", "pkg"}}


# ---- 1. Maven profiles -------------------------------------------------------------------------------------------

def pom(path):
    return ET.parse(path).getroot()


def properties(element):
    props = element.find("m:properties", NS)
    if props is None:
        return {}
    return {child.tag.split("}")[1]: (child.text or "").strip() for child in props}


def activates(profile, target):
    """Maven's <os> activation (family and arch) for a target; other activations count as inactive."""
    activation = profile.find("m:activation", NS)
    if activation is None:
        return False
    os_element = activation.find("m:os", NS)
    if os_element is None:
        return False
    family = os_element.findtext("m:family", default="", namespaces=NS)
    arch = os_element.findtext("m:arch", default="", namespaces=NS)
    if family and family != target["family"] and not (family == "unix" and target["family"] == "mac"):
        return False
    return not arch or arch == target["arch"]


def effective_properties(target):
    values = {}
    for path in (ROOT / "pom.xml", INSTALLER / "pom.xml"):
        root = pom(path)
        values.update(properties(root))
        for profile in root.findall("m:profiles/m:profile", NS):
            if activates(profile, target):
                values.update(properties(profile))
    values["project.basedir"] = str(INSTALLER)
    values["project.version"] = pom(ROOT / "pom.xml").findtext("m:version", namespaces=NS)
    for _ in range(3):
        values = {key: re.sub(r"\$\{([^}]+)\}", lambda m: values.get(m.group(1), m.group(0)), value)
                  for key, value in values.items()}
    return values


def check_profiles():
    results = {}
    for name, target in TARGETS.items():
        values = effective_properties(target)
        results[name] = values
        where = f"{name}: "
        variants = [values[f"installer.nd4j.variant{i}"] for i in (1, 2, 3)]
        for variant in variants + [values["nd4j.platform"] + values["nd4j.fast.extension"]]:
            if not variant.startswith(target["platform"]):
                problem(where + f"libnd4j build {variant} is not for {target['platform']}")
            if variant not in PUBLISHED_ND4J:
                problem(where + f"libnd4j build {variant} is not published for ND4J 1.0.0-M2.1")
        if values["nd4j.platform"] != target["platform"]:
            problem(where + f"nd4j.platform is {values['nd4j.platform']}")
        if values["installer.javafx.classifier"] != target["javafx"]:
            problem(where + f"JavaFX classifier {values['installer.javafx.classifier']}, expected {target['javafx']}")
        types = set(values["installer.types"].split())
        if not types or not types <= target["types"]:
            problem(where + f"package types {types} (this system makes {target['types']})")
        icon = Path(values["installer.icon"])
        if icon.suffix != target["icon"] or not icon.is_file():
            problem(where + f"icon {icon} missing or not {target['icon']}")
        ok(f"{name}: profile gives {' '.join(sorted(types))}, JavaFX {target['javafx']}, libnd4j "
           f"{', '.join(dict.fromkeys(variants))}; source builds get {values['nd4j.platform']}"
           f"{values['nd4j.fast.extension']}")
    return results


# ---- 2. build-packages.sh in a dry run ---------------------------------------------------------------------------

LAUNCHER = {"--input", "-i", "--module", "-m", "--module-path", "-p", "--add-modules", "--main-jar", "--main-class",
            "--arguments", "--java-options", "--add-launcher", "--jlink-options", "--win-console"}
INSTALL = {"--license-file", "--install-dir", "--app-image", "--about-url", "--win-help-url", "--win-update-url",
           "--win-menu", "--win-menu-group", "--win-shortcut",
           "--win-shortcut-prompt", "--win-dir-chooser", "--win-upgrade-uuid", "--win-per-user-install",
           "--linux-package-name", "--linux-deb-maintainer", "--linux-app-category", "--linux-rpm-license-type",
           "--linux-package-deps", "--linux-menu-group", "--linux-app-release", "--linux-shortcut"}
ALL = {"--name", "-n", "--app-version", "--dest", "-d", "--temp", "--verbose", "--runtime-image", "--resource-dir",
       "--description", "--vendor", "--copyright", "--type", "-t", "--icon", "--mac-sign", "-s",
       "--mac-package-name", "--mac-package-identifier", "--mac-package-signing-prefix", "--mac-signing-key-user-name",
       "--mac-signing-keychain", "--mac-app-store", "--mac-app-category", "--mac-entitlements",
       "--file-associations"}
FLAGS = {"--verbose", "--win-menu", "--win-shortcut", "--win-shortcut-prompt", "--win-dir-chooser",
         "--win-per-user-install", "--win-console", "--linux-shortcut", "--mac-sign", "-s", "--mac-app-store"}
ADD_LAUNCHER_KEYS = {"module", "main-jar", "main-class", "description", "arguments", "java-options", "app-version",
                     "icon", "win-console", "win-shortcut", "win-menu", "linux-app-category", "linux-shortcut"}


def parse_options(args):
    options = []
    i = 0
    while i < len(args):
        option = args[i]
        if not option.startswith("-"):
            problem(f"jpackage: stray argument {option!r}")
            i += 1
            continue
        if option in FLAGS:
            options.append((option, None))
            i += 1
        else:
            options.append((option, args[i + 1] if i + 1 < len(args) else None))
            i += 2
    return options


def check_version(os_name, version, where):
    parts = version.split(".")
    if not all(part.isdigit() for part in parts) or not 1 <= len(parts) <= 4:
        problem(where + f"version {version} is not numbers")
        return
    numbers = [int(part) for part in parts]
    if os_name == "mac" and (numbers[0] < 1 or len(numbers) > 3):
        problem(where + f"macOS needs a version of at most 3 numbers, the first at least 1; got {version}")
    if os_name == "windows" and (len(numbers) > 3 or numbers[0] > 255 or (len(numbers) > 1 and numbers[1] > 255)
                                 or (len(numbers) > 2 and numbers[2] > 65535)):
        problem(where + f"an .msi version is MAJOR(<=255).MINOR(<=255).BUILD(<=65535); got {version}")


def check_icon_file(path, suffix, where):
    if path.suffix != suffix or not path.is_file():
        problem(where + f"icon {path} missing or not {suffix}")
        return
    data = path.read_bytes()
    if suffix == ".png":
        if data[:8] != b"\x89PNG\r\n\x1a\n":
            problem(where + f"{path} is not a PNG")
            return
        width, height = struct.unpack(">II", data[16:24])
        if width < 128 or width != height:
            problem(where + f"{path} is {width}x{height}; want square, at least 128")
    elif suffix == ".ico":
        reserved, kind, count = struct.unpack("<HHH", data[:6])
        sizes = []
        for n in range(count):
            width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * n:22 + 16 * n])
            sizes.append(width or 256)
            if offset + length > len(data):
                problem(where + f"{path}: image {n} runs past the end")
        if reserved != 0 or kind != 1 or not {16, 32, 256} <= set(sizes):
            problem(where + f"{path}: not an icon with 16, 32 and 256 px images (sizes {sizes})")
    elif suffix == ".icns":
        if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
            problem(where + f"{path} is not an .icns file")
            return
        kinds, offset = [], 8
        while offset < len(data):
            kind, length = data[offset:offset + 4].decode("latin-1"), struct.unpack(">I", data[offset + 4:offset + 8])[0]
            if length < 8:
                problem(where + f"{path}: bad element {kind}")
                return
            kinds.append(kind)
            offset += length
        if offset != len(data) or not ({"ic08", "ic09", "ic10", "it32"} & set(kinds)):
            problem(where + f"{path}: no 256 px or larger image (elements {kinds})")


def fake_build_tree(target_dir, values, target):
    """What Maven leaves for build-packages.sh: the app's jars (with the system's nd4j builds that must be dropped),
    JavaFX's jars and the chosen nd4j builds, as empty files."""
    work = target_dir / "jpackage"
    platform = target["platform"]
    version = values["project.version"]
    app_jars = [f"neurite-app-{version}.jar", f"neurite-model-core-{version}.jar", "nd4j-native-1.0.0-M2.1.jar",
                f"nd4j-native-1.0.0-M2.1-{platform}.jar",
                f"nd4j-native-1.0.0-M2.1-{values['nd4j.platform']}{values['nd4j.fast.extension']}.jar",
                f"javacpp-1.5.7-{platform}.jar", "jna-4.3.0.jar", "xz-1.10.jar"]
    for name in app_jars:
        (work / "app-jars").mkdir(parents=True, exist_ok=True)
        (work / "app-jars" / name).write_bytes(b"")
    natives = set()
    for i in (1, 2, 3):
        name = f"nd4j-native-1.0.0-M2.1-{values[f'installer.nd4j.variant{i}']}.jar"
        (work / "natives").mkdir(parents=True, exist_ok=True)
        (work / "natives" / name).write_bytes(b"")
        natives.add(name)
    (work / "javafx").mkdir(parents=True, exist_ok=True)
    for module in ("base", "graphics", "controls", "swing"):
        (work / "javafx" / f"javafx-{module}-21-{target['javafx']}.jar").write_bytes(b"")
    return natives


def check_dry_run(name, target, values):
    where = f"{name}: "
    with tempfile.TemporaryDirectory() as tmp:
        target_dir = Path(tmp) / "target"
        natives = fake_build_tree(target_dir, values, target)
        environment = dict(os.environ, JDK_HOME=str(Path(tmp) / "jdk"), TARGET=str(target_dir),
                           APP_VERSION=values["project.version"], PACKAGE_TYPES=values["installer.types"],
                           ICON=values["installer.icon"], DRY_RUN="1", TARGET_OS=target["os"])
        run = subprocess.run(["bash", str(INSTALLER / "build-packages.sh")], env=environment, capture_output=True,
                             text=True)
        if run.returncode != 0:
            problem(where + f"build-packages.sh dry run failed: {run.stderr.strip() or run.stdout.strip()}")
            return None
        commands = [shlex.split(line) for line in (target_dir / "jpackage" / "commands.txt").read_text().splitlines()
                    if line.strip()]
        work = target_dir / "jpackage"
        input_dir = work / "input"
        shipped = {path.name for path in input_dir.rglob("*") if path.is_file() and "nd4j-native-1.0.0-M2.1-" in path.name}
        if target["os"] == "linux":
            expected = {native[:-len(".jar")] + ".zip.xz" for native in natives}
        else:
            expected = natives
        if shipped != expected:
            problem(where + f"the class path ships nd4j builds {sorted(shipped)}, expected {sorted(expected)}")
        else:
            ok(where + f"ships exactly {', '.join(sorted(shipped))}")
        return check_commands(name, target, commands, target_dir, values)


def check_commands(name, target, commands, target_dir, values):
    where = f"{name}: "
    os_name = target["os"]
    produced = {}
    images = []
    jlink_runs = [c for c in commands if Path(c[0]).name.startswith("jlink")]
    if len(jlink_runs) != 1:
        problem(where + f"expected one jlink run, got {len(jlink_runs)}")
    else:
        jlink = dict(parse_options(jlink_runs[0][1:]))
        produced["runtime"] = jlink.get("--output")
        listed = subprocess.run(["java", "--list-modules"], capture_output=True, text=True).stdout
        jdk_modules = {line.split("@")[0] for line in listed.splitlines()}
        for module in jlink.get("--add-modules", "").split(","):
            if not (module in jdk_modules or module.startswith("javafx.")):
                problem(where + f"jlink module {module} is not a JDK module")
    jpackages = [c for c in commands if Path(c[0]).name.startswith("jpackage")]
    types = []
    for command in jpackages:
        options = parse_options(command[1:])
        given = dict(options)
        kind = given.get("--type")
        types.append(kind)
        here = where + f"jpackage --type {kind}: "
        if kind not in PACKAGE_TYPES[os_name]:
            problem(here + f"not a type jpackage makes on {os_name}")
        from_image = "--app-image" in given
        for option, value in options:
            prefix = option.split("-")[2] if option.startswith("--") and option.count("-") > 2 else ""
            if prefix in ("win", "mac", "linux") and {"win": "windows", "mac": "mac", "linux": "linux"}[prefix] != os_name:
                problem(here + f"{option} is not an option on {os_name}")
            if option not in LAUNCHER | INSTALL | ALL:
                problem(here + f"unknown option {option}")
            install_only = option in INSTALL or (option == "--file-associations" and os_name != "mac")
            if kind == "app-image" and install_only:
                problem(here + f"{option} is for installers, not an app-image")
            if from_image and option in LAUNCHER:
                problem(here + f"{option} cannot change an existing --app-image")
        for required in ("--name", "--app-version", "--dest"):
            if required not in given:
                problem(here + f"no {required}")
        check_version(os_name, given.get("--app-version", "0"), here)
        if "--icon" in given:
            check_icon_file(Path(given["--icon"]), target["icon"], here)
        for option in ("--resource-dir",):
            if option in given and not Path(given[option]).is_dir():
                problem(here + f"{option} {given[option]} is not a folder")
        if given.get("--resource-dir", "").endswith("linux/deb"):
            for script in ("postinst", "prerm"):
                path = Path(given["--resource-dir"]) / script
                if not os.access(path, os.X_OK):
                    problem(here + f"{path} missing or not executable")
        for value in [v for o, v in options if o == "--file-associations"]:
            check_file_association(Path(value), target, here)
        for value in [v for o, v in options if o == "--add-launcher"]:
            launcher, _, path = value.partition("=")
            keys = dict(line.split("=", 1) for line in Path(path).read_text().splitlines() if "=" in line)
            if not set(keys) <= ADD_LAUNCHER_KEYS:
                problem(here + f"launcher {launcher}: unknown keys {set(keys) - ADD_LAUNCHER_KEYS}")
            if "win-console" in keys and os_name != "windows":
                problem(here + f"launcher {launcher}: win-console outside Windows")
        if kind == "app-image":
            if "--input" in given:
                input_dir = Path(given["--input"])
                if not (input_dir / given.get("--main-jar", "")).is_file():
                    problem(here + f"--main-jar {given.get('--main-jar')} not in {input_dir}")
            if given.get("--runtime-image") != produced.get("runtime"):
                problem(here + "--runtime-image is not jlink's output")
            image = Path(given["--dest"]) / (given["--name"] + (".app" if os_name == "mac" else ""))
            produced["image"] = str(image)
            images.append(image)
        elif given.get("--app-image") != produced.get("image"):
            problem(here + "--app-image is not the app-image made before")
    if sorted(t for t in types if t != "app-image") != sorted(values["installer.types"].split()):
        problem(where + f"packages made: {types}")
    ok(where + f"{len(jpackages)} jpackage runs ({', '.join(types)}) and jlink are well-formed for {os_name}")
    return images


def check_file_association(path, target, where):
    if not path.is_file():
        problem(where + f"file associations {path} missing")
        return
    entries = dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    if entries.get("extension") != "neurite" or entries.get("mime-type") != "application/x-neurite-project":
        problem(where + f"file association {entries}")
    if "icon" in entries:
        check_icon_file(Path(entries["icon"]), target["icon"], where + "file association ")


# ---- 3. Linux integration ----------------------------------------------------------------------------------------

def check_linux_integration():
    desktop = (INSTALLER / "linux" / "neurite.desktop").read_text()
    exec_line = re.search(r"^Exec=(\S+)", desktop, re.M).group(1)
    if exec_line != "/opt/neurite/bin/Neurite":
        problem(f"desktop entry runs {exec_line}, not the app-image's launcher /opt/neurite/bin/Neurite")
    mime = ET.parse(INSTALLER / "linux" / "neurite-mime.xml").getroot()
    mime_type = mime[0].get("type")
    if f"MimeType={mime_type};" not in desktop:
        problem(f"desktop entry does not open {mime_type}")
    links = re.findall(r"^(/usr/\S+) (\$(?:app|desktop)/\S+)$", (INSTALLER / "linux" / "integrate.sh").read_text(),
                       re.M)
    # The Linux app-image: jpackage's launcher and icon, and what build-packages.sh adds under lib/desktop.
    layout = {"bin/Neurite", "lib/Neurite.png", "lib/desktop/integrate.sh", "lib/desktop/neurite.desktop",
              "lib/desktop/neurite-mime.xml"}
    build_script = (INSTALLER / "build-packages.sh").read_text()
    for name in ("integrate.sh", "neurite.desktop", "neurite-mime.xml"):
        if f'"$here/linux/{name}"' not in build_script or not (INSTALLER / "linux" / name).is_file():
            problem(f"build-packages.sh does not copy linux/{name} into the image")
    for link, target in links:
        path = target.replace("$app/", "").replace("$desktop/", "lib/desktop/")
        if path not in layout:
            problem(f"integrate.sh links {link} to {path}, which the app-image does not have")
    if "/usr/bin/neurite" not in dict(links):
        problem("integrate.sh does not link /usr/bin/neurite")
    ok(f"Linux: desktop entry runs {exec_line}, opens {mime_type}; integrate.sh links {len(links)} paths")


# ---- 4. The workflow ---------------------------------------------------------------------------------------------

RUNNERS = {"ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04", "windows-latest", "windows-2022", "windows-2025",
           "macos-latest", "macos-14", "macos-15", "macos-15-intel"}


def check_workflow(images):
    try:
        import yaml
    except ImportError:
        problem("PyYAML is missing (python3-yaml): the workflow was not checked")
        return
    path = ROOT / ".github" / "workflows" / "installers.yml"
    workflow = yaml.safe_load(path.read_text())
    jobs = workflow.get("jobs", {})
    runners = set()
    for job_name, job in jobs.items():
        matrix = job.get("strategy", {}).get("matrix", {})
        rows = matrix.get("include", []) or [{"os": value} for value in matrix.get("os", [])]
        runs_on = job.get("runs-on", "")
        labels = [row.get("os") for row in rows] if "matrix.os" in str(runs_on) else [runs_on]
        for label in labels:
            if label not in RUNNERS:
                problem(f"workflow job {job_name}: runner {label} is not a current GitHub-hosted label")
            runners.add(label)
        for row in rows:
            app = row.get("app")
            if app and not app.startswith("installer/target/image/"):
                problem(f"workflow job {job_name}: app {app} is not under installer/target/image")
            elif app:
                relative = app[len("installer/target/image/"):]
                os_name = "windows" if "windows" in row["os"] else "mac" if "macos" in row["os"] else "linux"
                expected = {"linux": "Neurite/bin/Neurite", "windows": "Neurite/neurite-cli.exe",
                            "mac": "Neurite.app/Contents/MacOS/Neurite"}[os_name]
                if relative != expected:
                    problem(f"workflow job {job_name}: {row['os']} runs {relative}, the image has {expected}")
        for step in job.get("steps", []):
            script = step.get("run", "")
            for file in re.findall(r"(?:^|\s)((?:installer|\.ci|scripts)/[\w./-]+)", script):
                if not file.startswith("installer/target/") and not (ROOT / file).exists():
                    problem(f"workflow job {job_name}: names {file}, which does not exist")
            for profile in re.findall(r"(?:^|\s)-P(\w[\w-]*)", script):
                if f"<id>{profile}</id>" not in (INSTALLER / "pom.xml").read_text():
                    problem(f"workflow job {job_name}: profile {profile} does not exist")
            if step.get("uses", "").startswith("actions/upload-artifact"):
                artifact = step.get("with", {}).get("path", "")
                if "installer/target/packages" not in str(artifact):
                    problem(f"workflow job {job_name}: uploads {artifact}, not the packages")
    wanted = {"windows": "windows", "macOS (Apple silicon)": "macos-latest", "macOS (Intel)": "macos-15-intel",
              "Linux": "ubuntu"}
    for what, label in wanted.items():
        if not any(label in runner for runner in runners):
            problem(f"workflow builds nothing on {what}")
    ok(f"workflow: {len(jobs)} jobs on {', '.join(sorted(runners))}; scripts, profiles and paths exist")


def main():
    results = check_profiles()
    images = []
    for name, target in TARGETS.items():
        images += check_dry_run(name, target, results[name]) or []
    for path, suffix in (("neurite.png", ".png"), ("neurite.ico", ".ico"), ("neurite.icns", ".icns")):
        check_icon_file(INSTALLER / "icons" / path, suffix, "icons: ")
    ok("icons: neurite.png, neurite.ico and neurite.icns are well-formed")
    check_linux_integration()
    check_workflow(images)
    for line in checked:
        print("ok  " + line)
    for line in problems:
        print("FAIL " + line)
    print(f"{len(problems)} problem(s)" if problems else "installer configuration OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

package dev.neurite.app.cli;

import dev.neurite.engine.CpuFeatures;
import dev.neurite.engine.EngineEnvironment;
import dev.neurite.engine.NativeVariant;
import picocli.CommandLine.IVersionProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code neurite --version}: the version, then which build of the engine's native library this machine runs and the
 * engine's settings (applied on the way, as before any engine run), so that a report of a slow or failing engine
 * says what ran. Nothing native is loaded.
 */
final class VersionProvider implements IVersionProvider {

    static final String VERSION = "Neurite 0.1.0";

    @Override
    public String[] getVersion() {
        EngineEnvironment.Applied applied = EngineEnvironment.applyBeforeLoading();
        List<String> lines = new ArrayList<>();
        lines.add(VERSION);
        lines.add("engine: " + NativeVariant.describe() + " (CPU: " + CpuFeatures.describe(CpuFeatures.detect())
                + ")");
        lines.add("engine settings: " + String.join(" ", applied.settings()));
        for (String problem : applied.problems()) {
            lines.add("engine settings: " + problem);
        }
        return lines.toArray(String[]::new);
    }
}

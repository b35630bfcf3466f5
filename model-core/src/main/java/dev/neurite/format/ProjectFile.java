package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.train.RunRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The project file ({@code .neurite}): a zip archive of
 * <pre>
 * project.json   { "format": "neurite-project", "format_version": 2, "dataset": "digits", "keep_last_runs": 3 }
 * model.json     the model, as {@link ModelFileFormat} writes it
 * layout.json    { "nodes": { "dense": { "x": 40.0, "y": 160.0 }, ... } }
 * runs/run-N.json  each training run, as {@link RunRecordCodec} writes it (N its number)
 * weights/run-N.zip  the weights run N ended with, a {@link WeightsArchive}; one per run that kept its weights
 *                (version 1 kept at most one: the latest run's)
 * weights/...    other names reserved (skipped by this version)
 * </pre>
 * {@code keep_last_runs} is written only when the project keeps the weights of only its last N runs (absent: all).
 * A project file is untrusted input. Reading never runs code and never writes anything; it refuses entries with
 * absolute or {@code ..} paths, duplicate entries, unknown entries, more than {@link #MAX_ENTRIES} entries and entries
 * larger than their limit, counting the bytes actually inflated rather than trusting the sizes in the headers.
 * Writing is atomic ({@link AtomicFiles}): a failed save leaves the previous file as it was.
 *
 * <p>Thread-safe (stateless); reading and writing block on I/O, so callers keep them off UI threads.
 */
public final class ProjectFile {

    /** The value of project.json's "format" field. */
    public static final String FORMAT = "neurite-project";
    /** The version this code writes; it reads this one and every earlier one. */
    public static final int CURRENT_VERSION = 2;
    /** The oldest version this code reads: version 1 kept the weights of one run at most. */
    public static final int OLDEST_VERSION = 1;
    /** The file name extension, without the dot. */
    public static final String EXTENSION = "neurite";
    /** At most this many entries, reserved ones included. */
    public static final int MAX_ENTRIES = 10_000;
    /** The largest project.json or layout.json, in bytes. */
    public static final long MAX_SMALL_ENTRY_BYTES = 4L << 20;
    /** The largest archive of a run's weights ({@code weights/run-N.zip}), read into memory, in bytes. */
    public static final long MAX_WEIGHTS_BYTES = 512L << 20;
    /** The largest reserved entry (other entries under weights/, skipped), in bytes. */
    public static final long MAX_RESERVED_ENTRY_BYTES = 1L << 30;
    /** The most bytes the entries read into memory (all but the reserved ones) may inflate to together. */
    public static final long MAX_READ_BYTES = 64L << 20;
    /** The largest run record ({@code runs/run-N.json}): about 20,000 epochs of history. */
    public static final long MAX_RUN_BYTES = 4L << 20;
    /** The most bytes all entries may inflate to together. */
    public static final long MAX_TOTAL_BYTES = 4L << 30;

    static final String PROJECT_ENTRY = "project.json";
    static final String MODEL_ENTRY = "model.json";
    static final String LAYOUT_ENTRY = "layout.json";
    static final String RUNS_FOLDER = "runs/";
    private static final Set<String> RESERVED_FOLDERS = Set.of("weights/");
    private static final java.util.regex.Pattern WEIGHTS_ENTRY =
            java.util.regex.Pattern.compile("weights/run-([1-9][0-9]{0,8})\\.zip");
    private static final java.util.regex.Pattern RUN_ENTRY =
            java.util.regex.Pattern.compile("runs/run-[1-9][0-9]{0,8}\\.json");

    private ProjectFile() {
    }

    // ---- Writing --------------------------------------------------------------------------------------------------

    /** Writes {@code project} to {@code file} atomically. */
    public static void write(Project project, Path file) throws IOException {
        AtomicFiles.write(file, out -> writeTo(project, out));
    }

    /** Writes the archive of {@code project} to {@code out}, which stays open. */
    public static void writeTo(Project project, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosingStream(out), StandardCharsets.UTF_8);
        putEntry(zip, PROJECT_ENTRY, projectJson(project));
        putEntry(zip, MODEL_ENTRY, ModelFileFormat.write(project.model()));
        putEntry(zip, LAYOUT_ENTRY, layoutJson(project.layout()));
        for (RunRecord run : project.runs()) {
            putEntry(zip, runEntry(run.number()), RunRecordCodec.write(run));
        }
        for (TrainedWeights weights : project.kept().all()) {
            zip.putNextEntry(new ZipEntry(weightsEntry(weights.run())));
            zip.write(weights.archive());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void putEntry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String weightsEntry(int number) {
        return "weights/run-" + number + ".zip";
    }

    static String runEntry(int number) {
        return RUNS_FOLDER + "run-" + number + ".json";
    }

    private static String projectJson(Project project) {
        ObjectNode root = JsonFields.newObject();
        root.put("format", FORMAT);
        root.put("format_version", CURRENT_VERSION);
        root.put("dataset", project.dataset());
        if (project.kept().keepLastRuns() != KeptWeights.KEEP_ALL) {
            root.put("keep_last_runs", project.kept().keepLastRuns());
        }
        return toText(root);
    }

    private static String layoutJson(Map<String, NodePosition> layout) {
        ObjectNode root = JsonFields.newObject();
        ObjectNode nodes = root.putObject("nodes");
        layout.forEach((name, position) -> {
            ObjectNode node = nodes.putObject(name);
            node.put("x", position.x());
            node.put("y", position.y());
        });
        return toText(root);
    }

    private static String toText(ObjectNode root) {
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("Writing a JSON tree failed", e);
        }
    }

    // ---- Reading --------------------------------------------------------------------------------------------------

    /** Reads a project file; every problem is a {@link ModelFormatException} with a message for the user. */
    public static Project read(Path file) {
        ModelFileFormat.requireRegularFile(file, "project");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new ModelFormatException("No such file: " + file);
        } catch (IOException e) {
            throw new ModelFormatException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a project archive from {@code in}; {@code source} names it in messages. */
    public static Project read(InputStream in, String source) throws IOException {
        Map<String, byte[]> entries = readEntries(in, source);
        for (String required : new String[] {PROJECT_ENTRY, MODEL_ENTRY, LAYOUT_ENTRY}) {
            if (!entries.containsKey(required)) {
                throw new ModelFormatException(source + " is not a Neurite project: it has no " + required + ".");
            }
        }
        ProjectEntry header = readProjectEntry(text(entries, PROJECT_ENTRY), source);
        String dataset = header.dataset();
        ModelDefinition model = ModelFileFormat.read(text(entries, MODEL_ENTRY), source + "/" + MODEL_ENTRY);
        Map<String, NodePosition> layout = readLayout(text(entries, LAYOUT_ENTRY), source + "/" + LAYOUT_ENTRY);
        List<RunRecord> runs = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith(RUNS_FOLDER)) {
                RunRecord run = RunRecordCodec.read(text(entries, entry.getKey()), source + "/" + entry.getKey());
                if (!entry.getKey().equals(runEntry(run.number()))) {
                    throw new ModelFormatException(source + "/" + entry.getKey() + " holds run " + run.number()
                            + "; the file is damaged or was tampered with.");
                }
                runs.add(run);
            }
        }
        List<TrainedWeights> weights = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            java.util.regex.Matcher match = WEIGHTS_ENTRY.matcher(entry.getKey());
            if (match.matches()) {
                int number = Integer.parseInt(match.group(1));
                if (runs.stream().noneMatch(r -> r.number() == number)) {
                    throw new ModelFormatException(source + "/" + entry.getKey() + " keeps the weights of run "
                            + number + " but the project has no such run.");
                }
                weights.add(new TrainedWeights(number, entry.getValue()));
            }
        }
        if (header.version() == 1 && weights.size() > 1) {
            throw new ModelFormatException(source + " keeps the weights of two runs, which a version 1 file "
                    + "cannot; the file is damaged or was tampered with.");
        }
        KeptWeights kept = new KeptWeights(KeptWeights.of(weights).byRun(), header.keepLastRuns());
        return new Project(model, layout, dataset, runs, kept);
    }

    private static Map<String, byte[]> readEntries(InputStream in, String source) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long read = 0;
        try (ArchiveReader zip = new ArchiveReader(in, source, MAX_ENTRIES, MAX_TOTAL_BYTES)) {
            String name;
            while ((name = zip.next()) != null) {
                boolean kept = WEIGHTS_ENTRY.matcher(name).matches();
                boolean reserved = !kept && isReserved(name);
                boolean run = RUN_ENTRY.matcher(name).matches();
                if (!reserved && !kept && !run && !name.equals(PROJECT_ENTRY) && !name.equals(MODEL_ENTRY)
                        && !name.equals(LAYOUT_ENTRY)) {
                    throw new ModelFormatException(source + " contains the unexpected entry '" + name + "'.");
                }
                if (reserved) {
                    zip.skip(MAX_RESERVED_ENTRY_BYTES);
                } else if (kept) {
                    entries.put(name, zip.read(MAX_WEIGHTS_BYTES));
                } else {
                    byte[] bytes = zip.read(run ? MAX_RUN_BYTES
                            : name.equals(MODEL_ENTRY) ? ModelFileFormat.MAX_BYTES : MAX_SMALL_ENTRY_BYTES);
                    read += bytes.length;
                    if (read > MAX_READ_BYTES) {
                        throw new ModelFormatException(source + " holds more than " + MAX_READ_BYTES
                                + " bytes of model, layout and runs; refusing to open it.");
                    }
                    entries.put(name, bytes);
                }
            }
            if (zip.entries() == 0) {
                throw new ModelFormatException(source + " is not a Neurite project (not a zip archive, or empty).");
            }
        }
        return entries;
    }

    private static boolean isReserved(String name) {
        return RESERVED_FOLDERS.stream().anyMatch(name::startsWith);
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static JsonFields parse(String json, String source) {
        try {
            return JsonFields.of(Json.MAPPER.readTree(json), source);
        } catch (JacksonException e) {
            throw new ModelFormatException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** What project.json says: its version, the data set and the bound on kept weights. */
    private record ProjectEntry(int version, String dataset, int keepLastRuns) {
    }

    private static ProjectEntry readProjectEntry(String json, String source) {
        JsonFields root = parse(json, source + "/" + PROJECT_ENTRY);
        String format = root.has("format") ? root.string("format") : null;
        if (!FORMAT.equals(format)) {
            throw new ModelFormatException(source + " is not a Neurite project (its format is "
                    + (format == null ? "missing" : "'" + format + "'") + ").");
        }
        int version = root.integer("format_version");
        if (version < OLDEST_VERSION || version > CURRENT_VERSION) {
            throw new ModelFormatException(source + " has project format version " + version + "; this Neurite "
                    + "reads versions " + OLDEST_VERSION + " to " + CURRENT_VERSION
                    + (version > CURRENT_VERSION ? ". Update Neurite to open it." : "."));
        }
        String dataset = root.string("dataset", Project.DEFAULT_DATASET);
        int keepLastRuns = version >= 2 && root.has("keep_last_runs") ? root.integer("keep_last_runs")
                : KeptWeights.KEEP_ALL;
        if (keepLastRuns < 0) {
            throw new ModelFormatException(source + "/" + PROJECT_ENTRY + ": keep_last_runs must be 0 (keep all) or "
                    + "more; got " + keepLastRuns + ".");
        }
        root.requireAllUsed();
        return new ProjectEntry(version, dataset, keepLastRuns);
    }

    private static Map<String, NodePosition> readLayout(String json, String source) {
        JsonFields root = parse(json, source);
        Map<String, NodePosition> layout = new LinkedHashMap<>();
        if (root.has("nodes")) {
            JsonNode nodes = root.raw("nodes");
            if (!nodes.isObject()) {
                throw new ModelFormatException(source + ".nodes must be a JSON object.");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = nodes.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonFields position = JsonFields.of(field.getValue(), source + ".nodes." + field.getKey());
                layout.put(field.getKey(), new NodePosition(position.number("x"), position.number("y")));
                position.requireAllUsed();
            }
        }
        root.requireAllUsed();
        return layout;
    }

    /** Keeps {@link ZipOutputStream#close()} from closing the caller's stream. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

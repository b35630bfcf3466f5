package dev.neurite.export;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.model.TemplateInfo;
import dev.neurite.graph.ModelGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports of hostile model files are parsed by Python's own {@code ast} module: each script's docstring is exactly
 * the title it was given, its top level holds the same statements as the export of a harmless file, it imports
 * only Keras and matplotlib's pyplot, and it calls nothing but those, a few built-ins and the objects it made itself.
 */
class ExportIsInertTest {

    private static final List<String> HOSTILE_TITLES = List.of(
            "x\"\"\"\nimport os; os.system(\"touch PWNED\")\n\"\"\"",
            "x'''\nimport os\n'''",
            "\\\"; import os #",
            "end\\",
            "line\r\nbreak\u2028sep\u0000nul",
            "unicode é 😀 \u202e",
            "\"\"\"");

    /** Checks each NAME.py against base-NAME.py; prints one line per file, exits 1 on the first failure. */
    private static final String CHECK = String.join("\n",
            "import ast, os, sys",
            "ROOTS = {'keras', 'layers', 'regularizers', 'plt', 'print', 'int', 'len', 'float', 'str', 'enumerate'}",
            "def root(f):",
            "    while isinstance(f, (ast.Attribute, ast.Call, ast.Subscript, ast.Compare, ast.BinOp)):",
            "        f = f.func if isinstance(f, ast.Call) else f.left if isinstance(f, (ast.Compare, ast.BinOp))"
                    + " else f.value",
            "    return f.id if isinstance(f, ast.Name) else type(f).__name__",
            "def shape(tree):",
            "    return [type(s).__name__ + ':' + ','.join(sorted({type(n).__name__ for n in ast.walk(s)}))",
            "            for s in tree.body]",
            "d = sys.argv[1]",
            "cases = ast.literal_eval(open(os.path.join(d, 'cases.txt')).read())",
            "for name, title in cases.items():",
            "    tree = ast.parse(open(os.path.join(d, name + '.py')).read())",
            "    base = ast.parse(open(os.path.join(d, 'base-' + name + '.py')).read())",
            "    doc = ast.get_docstring(tree, clean=False)",
            "    if not doc.startswith(title + ', exported from Neurite.'):",
            "        sys.exit(name + ': docstring ' + repr(doc))",
            "    if shape(tree) != shape(base):",
            "        sys.exit(name + ': top level differs from the harmless export')",
            "    for s in tree.body:",
            "        if not isinstance(s, (ast.Expr, ast.Assign, ast.Import, ast.ImportFrom, ast.For)):",
            "            sys.exit(name + ': unexpected statement ' + type(s).__name__)",
            "        if isinstance(s, (ast.Import, ast.ImportFrom)):",
            "            mods = [a.name for a in s.names] if isinstance(s, ast.Import) else [s.module]",
            "            if mods not in (['keras'], ['matplotlib.pyplot']):",
            "                sys.exit(name + ': imports ' + repr(mods))",
            "    own = {n.id for s in tree.body if isinstance(s, (ast.Assign, ast.For))",
            "           for n in ast.walk(s.targets[0] if isinstance(s, ast.Assign) else s.target)",
            "           if isinstance(n, ast.Name)}",
            "    calls = {root(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}",
            "    if not calls <= ROOTS | own:",
            "        sys.exit(name + ': calls ' + repr(calls - ROOTS - own))",
            "    print('inert', name)");

    @TempDir
    Path dir;

    @Test
    void hostileTitlesAndLayerNamesExportAsInertScripts() throws Exception {
        ModelDefinition sequential = Templates.get("mnist-mlp");
        ModelDefinition functional = withKeywordNames(everyLayerModel());
        StringBuilder cases = new StringBuilder("{");
        int index = 0;
        for (String title : HOSTILE_TITLES) {
            for (ModelDefinition model : List.of(sequential, functional)) {
                String name = "case" + index++;
                write(name, throughAFile(model, title));
                write("base-" + name, throughAFile(model, "Harmless"));
                cases.append(cases.length() > 1 ? "," : "").append(PythonLiteral.string(name)).append(':')
                        .append(PythonLiteral.string(title));
            }
        }
        Files.writeString(dir.resolve("cases.txt"), cases.append('}'));
        Process python = new ProcessBuilder("python3", "-c", CHECK, dir.toString()).redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, python.exitValue(), output);
        assertEquals(index, output.lines().filter(line -> line.startsWith("inert ")).count(), output);
        assertTrue(Files.notExists(Path.of("PWNED")));
    }

    private void write(String name, ModelDefinition model) throws IOException {
        Files.writeString(dir.resolve(name + ".py"), KerasExporter.export(model, "mnist"));
    }

    /** The model as a file with {@code title} would give it: written, then read back. */
    private ModelDefinition throughAFile(ModelDefinition model, String title) throws IOException {
        Path file = dir.resolve("model.json");
        ModelDefinition titled = new ModelDefinition(model.graph(), model.compile(), model.fit(),
                new TemplateInfo("hostile", title, "A description."));
        ModelFileFormat.write(titled, file);
        return ModelFileFormat.read(file);
    }

    private static ModelDefinition everyLayerModel() throws IOException {
        try (InputStream in = ExportIsInertTest.class.getResourceAsStream("/golden/every-layer-v1.json")) {
            return ModelFileFormat.read(in, "golden");
        }
    }

    /** Layers named like Python's keywords, which must not become variables of the same name. */
    private static ModelDefinition withKeywordNames(ModelDefinition model) {
        ModelGraph graph = model.graph();
        List<String> names = new ArrayList<>(graph.analyze().topologicalOrder());
        List<String> keywords = List.of("None", "import", "class", "lambda", "True");
        for (int i = 0; i < keywords.size() && i + 1 < names.size(); i++) {
            graph = graph.rename(names.get(i + 1), keywords.get(i));
        }
        return model.withGraph(graph);
    }
}

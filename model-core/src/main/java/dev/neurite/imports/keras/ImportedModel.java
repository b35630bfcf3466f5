package dev.neurite.imports.keras;

import dev.neurite.model.ModelDefinition;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model read from a Keras file: the same definition and weights Neurite's own model files give.
 *
 * @param definition the graph, compile settings (Keras's training or compile config when the file has one, else
 *                   Neurite's defaults) and Neurite's default fit settings (Keras does not save them)
 * @param weights    by {@code layer/weight} ({@code dense/kernel}, Keras's layouts), float32; empty when the file
 *                   has no weights (a JSON config). Not copied: callers must not write to the arrays
 * @param format     what was read, e.g. {@code "Keras 3 .keras archive"}
 * @param notes      what was read but not kept (an unknown metric, an optimizer Neurite lacks), in plain words
 */
public record ImportedModel(ModelDefinition definition, Map<String, INDArray> weights, String format,
                            List<String> notes) {

    public ImportedModel {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        notes = List.copyOf(notes);
    }

    /** Whether the file carried the model's weights. */
    public boolean hasWeights() {
        return !weights.isEmpty();
    }
}

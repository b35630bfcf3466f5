package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.NeuriteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import dev.neurite.engine.FiniteWeights;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SavedModelTest {

    @TempDir
    Path dir;

    private static ModelDefinition logistic(long seed) {
        ModelDefinition model = Templates.get("logistic");
        return model.withFit(model.fit().withSeed(seed));
    }

    private static Map<String, INDArray> weights(float value) {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        weights.put("dense/kernel", Nd4j.valueArrayOf(new long[]{784, 10}, value));
        weights.put("dense/bias", Nd4j.valueArrayOf(new long[]{10}, value));
        return weights;
    }

    @Test
    void aSavedModelLoadsWithItsOwnWeights() throws IOException {
        Path model = dir.resolve("m.json");
        SavedModel.write(logistic(1), weights(1f), model);
        SavedModel.Loaded loaded = SavedModel.read(model);
        assertEquals(1, loaded.definition().fit().seed());
        assertEquals(1f, loaded.weights().get("dense/kernel").getFloat(783, 9));
        assertTrue(Files.readString(model).contains("\"weights_sha256\""));
        assertFalse(Files.exists(SavedModel.pendingWeightsFile(model)));
    }

    @Test
    void weightsOfAnotherSaveAreRefusedNamingBothFilesEvenWhenTheirShapesFit() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        SavedModel.write(logistic(1), weights(1f), a);
        SavedModel.write(logistic(2), weights(2f), b);
        Files.copy(SavedModel.weightsFile(b), SavedModel.weightsFile(a), StandardCopyOption.REPLACE_EXISTING);
        NeuriteException refused = assertThrows(NeuriteException.class, () -> SavedModel.read(a));
        assertTrue(refused.getMessage().contains("a.weights.zip") && refused.getMessage().contains("a.json"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("do not belong"), refused.getMessage());
    }

    @Test
    void aSaveStoppedBeforeItsWeightsWereMovedIsFinishedByTheNextLoad() throws IOException {
        Path model = dir.resolve("m.json");
        SavedModel.write(logistic(1), weights(1f), model);
        Path oldWeights = dir.resolve("old.zip");
        Files.copy(SavedModel.weightsFile(model), oldWeights);
        SavedModel.write(logistic(2), weights(2f), model);
        // The state a kill leaves between the model file's replacement and the weights' move:
        Files.move(SavedModel.weightsFile(model), SavedModel.pendingWeightsFile(model));
        Files.move(oldWeights, SavedModel.weightsFile(model));

        SavedModel.Loaded loaded = SavedModel.read(model);
        assertEquals(2, loaded.definition().fit().seed());
        assertEquals(2f, loaded.weights().get("dense/bias").getFloat(0));
        assertFalse(Files.exists(SavedModel.pendingWeightsFile(model)));
    }

    @Test
    void aModelFileWithoutTheHashLoadsTheWeightsBesideIt() throws IOException {
        Path model = dir.resolve("old.json");
        ModelFileFormat.write(logistic(3), model);
        new WeightsArchive().write(SavedModel.weightsFile(model), weights(3f));
        assertEquals(3f, SavedModel.read(model).weights().get("dense/bias").getFloat(9));
    }

    @Test
    void aMalformedHashIsRefusedNamingTheField() throws IOException {
        Path model = dir.resolve("m.json");
        SavedModel.write(logistic(1), weights(1f), model);
        Files.writeString(model, Files.readString(model).replaceAll("\"weights_sha256\" *: *\"[0-9a-f]+\"",
                "\"weights_sha256\": \"zz\""));
        NeuriteException refused = assertThrows(NeuriteException.class, () -> SavedModel.read(model));
        assertTrue(refused.getMessage().contains("weights_sha256"), refused.getMessage());
    }

    @Test
    void theNextSaveRemovesAbandonedTemporaryFilesButNotOnesAWriterHolds() throws IOException {
        Path model = dir.resolve("m.json");
        Path abandoned = Files.writeString(dir.resolve(".m.json.abc123.tmp"), "left by a killed save");
        Path held = Files.writeString(dir.resolve(".m.json.def456.tmp"), "a save in progress");
        FileTime earlier = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(abandoned, earlier);
        Files.setLastModifiedTime(held, earlier);
        try (FileChannel channel = FileChannel.open(held, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            SavedModel.write(logistic(1), weights(1f), model);
        }
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(held));
    }

    @Test
    void aWeightsEntryLargerThanAnyWeightOfTheModelIsRefusedBeforeItIsInflated() throws IOException {
        Path model = dir.resolve("m.json");
        SavedModel.write(logistic(1), weights(1f), model);
        Map<String, INDArray> bomb = new LinkedHashMap<>();
        bomb.put("dense/kernel", Nd4j.zeros(1024, 1024)); // 4 MiB of zeros, a few KiB deflated
        new WeightsArchive().write(SavedModel.weightsFile(model), bomb);
        Files.writeString(model, Files.readString(model).replaceAll(",?\\s*\"weights_sha256\" *: *\"[0-9a-f]+\"", ""));
        NeuriteException refused = assertThrows(NeuriteException.class, () -> SavedModel.read(model));
        assertTrue(refused.getMessage().contains("is larger than"), refused.getMessage());
    }

    @Test
    void nonFiniteWeightsAreFoundByName() {
        Map<String, INDArray> weights = weights(1f);
        assertNull(FiniteWeights.firstNonFinite(weights));
        weights.get("dense/bias").putScalar(4, Float.NaN);
        assertEquals("dense/bias", FiniteWeights.firstNonFinite(weights));
        weights.put("dense/bias", Nd4j.valueArrayOf(new long[]{10}, Float.POSITIVE_INFINITY));
        assertEquals("dense/bias", FiniteWeights.firstNonFinite(weights));
    }
}

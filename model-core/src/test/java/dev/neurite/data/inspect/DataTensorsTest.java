package dev.neurite.data.inspect;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.data.TrainTestSets;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataTensorsTest {

    /** Ten 2x2 images: image i has every pixel = 10 * i (0..90) and label i % 3; a test part of four images. */
    private static TrainTestSets sets() {
        return TrainTestSets.of(set(10), set(4));
    }

    private static DataSet set(int count) {
        byte[] pixels = new byte[count * 4];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(pixels, i * 4, i * 4 + 4, (byte) (10 * i));
            labels[i] = i % 3;
        }
        return DataSet.labelled("tiny", 2, 2, pixels, labels, List.of("a", "b", "c"), Provenance.inMemory("test"));
    }

    @Test
    void loadedArraysArePrintedAsNumpyShapesAndDtypes() {
        assertEquals(List.of("x_train (10, 2, 2) uint8", "y_train (10,) uint8", "x_test (4, 2, 2) uint8",
                "y_test (4,) uint8"), DataTensors.loaded(sets()).stream().map(TensorInfo::text).toList());
    }

    @Test
    void rescaledArraysGainAChannelAxisAndOneHotLabels() {
        assertEquals(List.of("x_train (10, 2, 2, 1) float32 in [0, 0.353]", "y_train (10, 3) float32 one-hot",
                "x_test (4, 2, 2, 1) float32 in [0, 0.118]", "y_test (4, 3) float32 one-hot"),
                DataTensors.prepared(sets(), FitSettings.defaults(), Optional.empty()).stream()
                        .map(TensorInfo::text).toList());
    }

    @Test
    void aFlatInputShapeFlattensTheImages() {
        TensorInfo x = DataTensors.prepared(sets(), FitSettings.defaults(), Optional.of(TensorShape.of(4))).get(0);
        assertEquals("x_train (10, 4) float32 in [0, 0.353]", x.text());
    }

    @Test
    void aShapeOfAnotherSizeIsIgnored() {
        TensorInfo x = DataTensors.prepared(sets(), FitSettings.defaults(), Optional.of(TensorShape.of(60))).get(0);
        assertEquals(List.of(10, 2, 2, 1), x.shape());
    }

    @Test
    void standardisingUsesTheTrainingPartWithoutTheValidationSplit() {
        FitSettings fit = FitSettings.defaults().withPixelScaling(PixelScaling.STANDARDIZE)
                .withValidation(new Validation.Split(0.5));
        DataTensors.Scaling scaling = DataTensors.Scaling.of(sets(), fit);
        double mean = (0 + 10 + 20 + 30 + 40) / 5.0 / 255;
        assertEquals(mean, scaling.mean(), 1e-9);
        assertEquals(0, scaling.apply(20), 1e-9);
    }

    @Test
    void splitCountsMatchFitsValidationSplit() {
        assertEquals(new DataSplit(7, 3, 4, DataSplit.Kind.SPLIT), DataSplit.of(sets(), new Validation.Split(0.25)));
        assertEquals(new DataSplit(10, 4, 4, DataSplit.Kind.TEST_SET), DataSplit.of(sets(), new Validation.TestSet()));
        assertEquals(new DataSplit(10, 0, 4, DataSplit.Kind.NONE), DataSplit.of(sets(), new Validation.None()));
        assertEquals(14, DataSplit.of(sets(), new Validation.Split(0.25)).total());
    }

    @Test
    void aOneDimensionalShapeIsPrintedWithATrailingComma() {
        assertEquals("(5,)", new TensorInfo("y", List.of(5), "uint8", "").shapeText());
    }
}

package dev.neurite.export;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PCA, the test-set leak and k-fold cross-validation in the exported scripts, as scikit-learn code. */
class KerasPcaAndFoldsExportTest {

    @Test
    void pcaIsFittedOnTheTrainingPartOfTheFlatPixelsAndFeedsTheInput() {
        String script = KerasExporter.export(Templates.get("pca-mlp"), "mnist");
        assertTrue(script.contains("input_shape = (784,)\nx_train = x_train.astype(\"float32\")"
                + ".reshape((-1,) + input_shape) / 255\n"), script);
        assertTrue(script.contains("from sklearn.decomposition import PCA\n\n"
                + "pca = PCA(n_components=60)\n"
                + "pca.fit(x_train[:int(len(x_train) * (1 - 0.16666666666666666))])\n"
                + "x_train = pca.transform(x_train).astype(\"float32\")\n"
                + "x_test = pca.transform(x_test).astype(\"float32\")\n"
                + "input_shape = (60,)\n"), script);
        assertTrue(script.indexOf("pca.fit(") < script.indexOf("keras.Input(shape=input_shape)"), script);
        assertTrue(script.contains("    validation_split=0.16666666666666666,\n"), script);
        assertFalse(script.contains("leaks"), script);
    }

    @Test
    void standardizationComesBeforeThePca() {
        ModelDefinition template = Templates.get("pca-mlp");
        String script = KerasExporter.export(template.withFit(template.fit()
                .withPixelScaling(PixelScaling.STANDARDIZE).withValidation(new Validation.None())), "mnist");
        assertTrue(script.indexOf("x_train = (x_train - mean) / std") < script.indexOf("pca.fit(x_train)"), script);
    }

    @Test
    void validatingOnTheTestSetSaysWhyItLeaks() {
        String script = KerasExporter.export(Templates.get("mnist-mlp"), "mnist");
        int comment = script.indexOf("    # Validating on the test set, as chosen in Neurite, leaks it");
        assertTrue(comment > 0 && comment < script.indexOf("    validation_data=(x_test, y_test),"), script);
    }

    @Test
    void crossValidationIsAStratifiedKFoldLoopWithPcaPerFold() {
        String script = KerasExporter.exportCrossValidation(Templates.get("pca-mlp"), "fashion-mnist", 5, true, 7);
        assertTrue(script.contains("from sklearn.model_selection import StratifiedKFold\n"), script);
        assertTrue(script.contains("keras.datasets.fashion_mnist.load_data()"), script);
        assertTrue(script.contains("folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)\n"
                + "scores = []\n"
                + "for fold, (train_index, val_index) in enumerate(folds.split(x_train, labels), start=1):\n"), script);
        assertTrue(script.contains("    pca = PCA(n_components=60).fit(x_fold)\n"), script);
        assertTrue(script.contains("def build_model():\n"), script);
        assertTrue(script.contains("    model = build_model()\n"), script);
        assertTrue(script.contains("        validation_data=(x_val, y_val),\n"), script);
        assertTrue(script.contains("print(f\"Accuracy: {scores.mean():.4f} +- {scores.std():.4f} "
                + "({len(scores)} folds)\")\n"), script);
        assertFalse(script.contains("x_test, y_test),"), "the test set is not used: " + script);
    }

    @Test
    void plainFoldsAreAKFoldAndAdaptedLayersAdaptPerFold() {
        String script = KerasExporter.exportCrossValidation(Templates.get("vgg-cnn"), "mnist", 3, false, 1);
        assertTrue(script.contains("folds = KFold(n_splits=3, shuffle=True, random_state=1)\n"), script);
        assertTrue(script.contains("    model.get_layer(\"normalization\").adapt(x_fold)\n"), script);
        assertFalse(script.contains("PCA"), script);
    }

    @Test
    void fewerThanTwoFoldsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> KerasExporter.exportCrossValidation(Templates.get("logistic"), "mnist", 1, true, 1));
    }
}

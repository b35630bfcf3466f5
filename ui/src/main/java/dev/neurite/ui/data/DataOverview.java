package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.inspect.DataSplit;
import dev.neurite.data.inspect.DataTensors;
import dev.neurite.data.inspect.TensorInfo;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;

import java.util.List;
import java.util.Optional;

/**
 * What the Data place shows of one data source under one model's fit settings: the arrays as loaded and as
 * {@code fit} receives them, the split, the pixel scaling and the counts per class. Immutable; computed off the
 * JavaFX thread by {@link #of} (it reads every pixel).
 *
 * @param dataset  the data set id or path it was loaded from
 * @param sets     the loaded training and test parts
 * @param fit      the fit settings it was prepared under
 * @param loaded   {@code x_train (4000, 28, 28) uint8} ...
 * @param prepared {@code x_train (4000, 28, 28, 1) float32 in [0, 1]} ...
 * @param split    training / validation / test counts
 * @param scaling  how a byte becomes an input
 */
record DataOverview(String dataset, TrainTestSets sets, FitSettings fit, List<TensorInfo> loaded,
                    List<TensorInfo> prepared, DataSplit split, DataTensors.Scaling scaling) {

    DataOverview {
        loaded = List.copyOf(loaded);
        prepared = List.copyOf(prepared);
    }

    /** Computes the overview of {@code sets} for {@code model}'s fit settings and input shape. Background thread. */
    static DataOverview of(String dataset, TrainTestSets sets, ModelDefinition model) {
        FitSettings fit = model.fit();
        return new DataOverview(dataset, sets, fit, DataTensors.loaded(sets),
                DataTensors.prepared(sets, fit, inputShape(model)), DataSplit.of(sets, fit.validation()),
                DataTensors.Scaling.of(sets, fit));
    }

    /** The shape of the model's Input layer without the batch dimension, if it has one. */
    static Optional<TensorShape> inputShape(ModelDefinition model) {
        return model.graph().nodes().stream().map(node -> node.layer())
                .filter(InputLayer.class::isInstance).map(layer -> ((InputLayer) layer).shape()).findFirst();
    }

    /** The part {@code part} shows: the training or the test images (the training part when there is no test). */
    DataSet set(DataPart part) {
        return part == DataPart.TEST ? sets.test().orElse(sets.train()) : sets.train();
    }
}

package dev.neurite.ui.train;

import dev.neurite.data.DataSet;
import dev.neurite.engine.Network;
import dev.neurite.model.ModelDefinition;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.TrainingSession;

import java.time.Instant;

/**
 * A run ready to start: the snapshot it trains, its data and its session. Made on a background thread, then handed
 * to the JavaFX thread; the session's control methods may be called from any thread.
 *
 * @param number       the run's number
 * @param definition   the immutable snapshot of the model and settings taken at Start
 * @param callbacks    the optional callbacks in force
 * @param datasetId    the data set as chosen
 * @param datasetHash  the data's fingerprint
 * @param network      the compiled network the session trains
 * @param session      the session, not yet started
 * @param test         the test set, or null
 * @param trainSamples samples trained per epoch
 * @param started      when Start was pressed
 */
record PreparedRun(int number, ModelDefinition definition, CallbackSettings callbacks, String datasetId,
                   String datasetHash, Network network, TrainingSession session, DataSet test, int trainSamples,
                   Instant started) {
}

package dev.neurite.settings;

import java.util.List;
import java.util.Optional;

/**
 * The optimizers of Keras with their argument names and default values ({@code keras.optimizers.*}).
 * Each record validates its arguments on construction.
 */
public sealed interface Optimizer {

    /** Keras's class names of the optimizers Neurite has. */
    List<String> KERAS_CLASS_NAMES = List.of("SGD", "RMSprop", "Adam", "Adagrad");

    /**
     * The optimizer of Keras class {@code kerasClassName} with Keras's default arguments, e.g. {@code "Adam"} gives
     * {@code Adam(learning_rate=0.001, ...)}; empty for a name not in {@link #KERAS_CLASS_NAMES}.
     */
    static Optional<Optimizer> withDefaults(String kerasClassName) {
        return Optional.ofNullable(switch (kerasClassName) {
            case "SGD" -> new Sgd();
            case "RMSprop" -> new RmsProp();
            case "Adam" -> new Adam();
            case "Adagrad" -> new Adagrad();
            default -> null;
        });
    }

    /** Keras's class name, e.g. {@code "RMSprop"}. */
    String kerasClassName();

    /** The step size. */
    double learningRate();

    /** The same optimizer with another learning rate. */
    Optimizer withLearningRate(double learningRate);

    /**
     * Stochastic gradient descent, {@code SGD(learning_rate=0.01, momentum=0.0, nesterov=False)}.
     */
    record Sgd(double learningRate, double momentum, boolean nesterov) implements Optimizer {
        public Sgd {
            SettingsException.requirePositive("SGD learning_rate", learningRate);
            SettingsException.requireFraction("SGD momentum", momentum);
        }

        public Sgd() {
            this(0.01, 0.0, false);
        }

        @Override
        public String kerasClassName() {
            return "SGD";
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new Sgd(rate, momentum, nesterov);
        }
    }

    /** {@code RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07)}. */
    record RmsProp(double learningRate, double rho, double momentum, double epsilon) implements Optimizer {
        public RmsProp {
            SettingsException.requirePositive("RMSprop learning_rate", learningRate);
            SettingsException.requireFraction("RMSprop rho", rho);
            SettingsException.requireFraction("RMSprop momentum", momentum);
            SettingsException.requirePositive("RMSprop epsilon", epsilon);
        }

        public RmsProp() {
            this(0.001, 0.9, 0.0, 1e-7);
        }

        @Override
        public String kerasClassName() {
            return "RMSprop";
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new RmsProp(rate, rho, momentum, epsilon);
        }
    }

    /** {@code Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False)}. */
    record Adam(double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad)
            implements Optimizer {
        public Adam {
            SettingsException.requirePositive("Adam learning_rate", learningRate);
            SettingsException.requireFraction("Adam beta_1", beta1);
            SettingsException.requireFraction("Adam beta_2", beta2);
            SettingsException.requirePositive("Adam epsilon", epsilon);
        }

        public Adam() {
            this(0.001, 0.9, 0.999, 1e-7, false);
        }

        @Override
        public String kerasClassName() {
            return "Adam";
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new Adam(rate, beta1, beta2, epsilon, amsgrad);
        }
    }

    /** {@code Adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07)}. */
    record Adagrad(double learningRate, double initialAccumulatorValue, double epsilon) implements Optimizer {
        public Adagrad {
            SettingsException.requirePositive("Adagrad learning_rate", learningRate);
            if (!(initialAccumulatorValue >= 0) || Double.isInfinite(initialAccumulatorValue)) {
                throw new SettingsException("Adagrad initial_accumulator_value", "must be at least 0",
                        initialAccumulatorValue);
            }
            SettingsException.requirePositive("Adagrad epsilon", epsilon);
        }

        public Adagrad() {
            this(0.001, 0.1, 1e-7);
        }

        @Override
        public String kerasClassName() {
            return "Adagrad";
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new Adagrad(rate, initialAccumulatorValue, epsilon);
        }
    }
}

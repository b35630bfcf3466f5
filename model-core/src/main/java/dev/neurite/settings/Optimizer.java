package dev.neurite.settings;

/**
 * An optimizer with Keras's names, arguments and defaults. Immutable; validated on construction.
 */
public sealed interface Optimizer permits Optimizer.Sgd, Optimizer.RmsProp, Optimizer.Adam, Optimizer.Adagrad {

    /** The step size. */
    double learningRate();

    /** The same optimizer with another learning rate (reduce-on-plateau uses it). */
    Optimizer withLearningRate(double learningRate);

    /** Keras's {@code SGD(learning_rate=0.01, momentum=0.0, nesterov=False)}. */
    record Sgd(double learningRate, double momentum, boolean nesterov) implements Optimizer {
        public Sgd {
            requirePositive("SGD", "learning_rate", learningRate);
            requireInUnitInterval("SGD", "momentum", momentum);
        }

        public Sgd() {
            this(0.01, 0, false);
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new Sgd(rate, momentum, nesterov);
        }
    }

    /** Keras's {@code RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07)}. */
    record RmsProp(double learningRate, double rho, double momentum, double epsilon) implements Optimizer {
        public RmsProp {
            requirePositive("RMSprop", "learning_rate", learningRate);
            requireInUnitInterval("RMSprop", "rho", rho);
            requireInUnitInterval("RMSprop", "momentum", momentum);
            requirePositive("RMSprop", "epsilon", epsilon);
        }

        public RmsProp() {
            this(0.001, 0.9, 0, 1e-7);
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new RmsProp(rate, rho, momentum, epsilon);
        }
    }

    /** Keras's {@code Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False)}. */
    record Adam(double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad)
            implements Optimizer {
        public Adam {
            requirePositive("Adam", "learning_rate", learningRate);
            requireInUnitInterval("Adam", "beta_1", beta1);
            requireInUnitInterval("Adam", "beta_2", beta2);
            requirePositive("Adam", "epsilon", epsilon);
        }

        public Adam() {
            this(0.001, 0.9, 0.999, 1e-7, false);
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new Adam(rate, beta1, beta2, epsilon, amsgrad);
        }
    }

    /** Keras's {@code Adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07)}. */
    record Adagrad(double learningRate, double initialAccumulatorValue, double epsilon) implements Optimizer {
        public Adagrad {
            requirePositive("Adagrad", "learning_rate", learningRate);
            if (!(initialAccumulatorValue >= 0)) {
                throw new IllegalArgumentException("Adagrad initial_accumulator_value must be >= 0; got "
                        + initialAccumulatorValue);
            }
            requirePositive("Adagrad", "epsilon", epsilon);
        }

        public Adagrad() {
            this(0.001, 0.1, 1e-7);
        }

        @Override
        public Optimizer withLearningRate(double rate) {
            return new Adagrad(rate, initialAccumulatorValue, epsilon);
        }
    }

    private static void requirePositive(String optimizer, String argument, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(optimizer + " " + argument + " must be a positive number; got " + value);
        }
    }

    private static void requireInUnitInterval(String optimizer, String argument, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(optimizer + " " + argument + " must be in [0, 1); got " + value);
        }
    }
}

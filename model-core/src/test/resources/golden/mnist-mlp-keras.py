"MLP: one hidden layer, exported from Neurite. Run with Keras 3 or TensorFlow 2: python3 this_file.py"
import keras
from keras import layers, regularizers

keras.utils.set_random_seed(42)

# Data: 28x28 grey images and their labels; pixels scaled to [0, 1].
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
test_images, test_labels = x_test, y_test  # as loaded, for the gallery at the end
input_shape = (784,)
x_train = x_train.astype("float32").reshape((-1,) + input_shape) / 255
x_test = x_test.astype("float32").reshape((-1,) + input_shape) / 255
y_train = keras.utils.to_categorical(y_train, 10)
y_test = keras.utils.to_categorical(y_test, 10)

model = keras.Sequential([
    keras.Input(shape=input_shape),
    layers.Dense(512, activation="relu", name="dense"),
    layers.Dense(10, activation="softmax", name="dense_1"),
])
model.summary()

model.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1.0e-7),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(
    x_train,
    y_train,
    batch_size=100,
    epochs=10,
    # Validating on the test set, as chosen in Neurite, leaks it: every choice made while watching
    # val_accuracy (epochs, settings, the run to keep) fits the model to the test images, so the
    # final test score is too hopeful. validation_split=0.2 keeps the test set for the end.
    validation_data=(x_test, y_test),
    shuffle=True,
)

score = model.evaluate(x_test, y_test, verbose=0)
print("Test loss:", score[0])
print("Test accuracy:", score[1])

# The curves of the run, as the lessons plot them.
import matplotlib.pyplot as plt

plt.figure(figsize=(10, 4))
plt.subplot(1, 2, 1)
plt.plot(history.history["loss"], label="training")
plt.plot(history.history["val_loss"], label="validation")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.legend()
plt.subplot(1, 2, 2)
plt.plot(history.history["accuracy"], label="training")
plt.plot(history.history["val_accuracy"], label="validation")
plt.xlabel("epoch")
plt.ylabel("accuracy")
plt.legend()
plt.show()

# The test digits the model got wrong, the most confident mistakes first.
probabilities = model.predict(x_test, verbose=0)
predicted, confidence = probabilities.argmax(axis=1), probabilities.max(axis=1)
wrong = (predicted != test_labels).nonzero()[0]
wrong = wrong[confidence[wrong].argsort()[::-1]][:25]
plt.figure(figsize=(8, 8))
for i, index in enumerate(wrong):
    plt.subplot(5, 5, i + 1)
    plt.imshow(test_images[index], cmap="gray_r")
    plt.title(str(test_labels[index]) + " read as " + str(predicted[index]))
    plt.axis("off")
plt.show()

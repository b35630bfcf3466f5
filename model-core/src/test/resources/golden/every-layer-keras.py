"a Neurite model, exported from Neurite. Run with Keras 3 or TensorFlow 2: python3 this_file.py"
import keras
from keras import layers, regularizers

keras.utils.set_random_seed(1234)

# Data: 28x28 grey images and their labels; pixels scaled to [0, 1].
(x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
test_images, test_labels = x_test, y_test  # as loaded, for the gallery at the end
input_shape = (784,)
x_train = x_train.astype("float32").reshape((-1,) + input_shape) / 255
x_test = x_test.astype("float32").reshape((-1,) + input_shape) / 255

input_1 = keras.Input(shape=(784,), name="input_1")
rescaling = layers.Rescaling(scale=0.00392156862745098, offset=-0.5, name="rescaling")(input_1)
reshape = layers.Reshape((28, 28, -1), name="reshape")(rescaling)
normalization = layers.Normalization(mean=[0.13], variance=[0.09], name="normalization")(reshape)
zero_padding2d = layers.ZeroPadding2D(padding=((1, 2), (0, 3)), name="zero_padding2d")(normalization)
conv2d = layers.Conv2D(8, (3, 5), strides=(2, 2), padding="same", activation="elu", use_bias=False, kernel_initializer="he_normal", bias_initializer="ones", kernel_regularizer=regularizers.l1(1.0e-4), bias_regularizer=regularizers.l1_l2(l1=0.01, l2=0.02), name="conv2d")(zero_padding2d)
batch_normalization = layers.BatchNormalization(momentum=0.9, epsilon=1.0e-5, center=False, name="batch_normalization")(conv2d)
activation = layers.Activation("gelu", name="activation")(batch_normalization)
max_pooling2d = layers.MaxPooling2D(pool_size=(3, 3), strides=(1, 1), padding="same", name="max_pooling2d")(activation)
average_pooling2d = layers.AveragePooling2D(pool_size=(2, 2), strides=(1, 1), padding="same", name="average_pooling2d")(activation)
add = layers.Add(name="add")([max_pooling2d, average_pooling2d])
concatenate = layers.Concatenate(name="concatenate")([add, activation])
global_average_pooling2d = layers.GlobalAveragePooling2D(keepdims=True, name="global_average_pooling2d")(concatenate)
flatten = layers.Flatten(name="flatten")(global_average_pooling2d)
dropout = layers.Dropout(0.25, seed=7, name="dropout")(flatten)
dense = layers.Dense(10, activation="softmax", kernel_initializer="glorot_normal", kernel_regularizer=regularizers.l2(0.01), name="dense")(dropout)
model = keras.Model(inputs=input_1, outputs=dense)
model.summary()

model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9, nesterov=True),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(
    x_train,
    y_train,
    batch_size=64,
    epochs=3,
    validation_split=0.1,
    shuffle=False,
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

package dev.neurite;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorTextTest {

    private static final Path LOG = Path.of("/home/ada/.local/share/neurite/logs/neurite0.log");

    @Test
    void messageNamesTheFirstLineOfTheErrorAndTheLogFile() {
        assertEquals("Something went wrong: Index 12 out of bounds for length 10. Details are in " + LOG + ".",
                ErrorText.somethingWentWrong(new IndexOutOfBoundsException("Index 12 out of bounds for length 10"),
                        LOG));
    }

    @Test
    void onlyTheFirstLineOfAMultiLineMessageIsKeptAndItsFullStopDropped() {
        assertEquals("The weights do not fit", ErrorText.oneLine(
                new IllegalStateException("The weights do not fit.\n  expected (784, 512)\n  got (512, 784)")));
    }

    @Test
    void anErrorWithoutMessageSpeaksThroughItsCause() {
        assertEquals("disk full", ErrorText.oneLine(new RuntimeException(null, new IOException("disk full"))));
        assertEquals("disk full", ErrorText.oneLine(new UncheckedIOException(new IOException("disk full"))));
    }

    @Test
    void anErrorWithNoMessageAnywhereIsNotNamedByItsJavaClass() {
        assertEquals("Something went wrong: an unexpected internal error. Details are in " + LOG + ".",
                ErrorText.somethingWentWrong(new NullPointerException(), LOG));
    }
}

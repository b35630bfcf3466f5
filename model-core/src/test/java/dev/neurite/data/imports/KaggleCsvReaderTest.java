package dev.neurite.data.imports;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KaggleCsvReaderTest {

    @TempDir
    Path folder;

    static String header(boolean labelled) {
        return (labelled ? "label," : "") + IntStream.range(0, 784).mapToObj(i -> "pixel" + i)
                .collect(Collectors.joining(","));
    }

    static String row(Integer label, int value) {
        return (label == null ? "" : label + ",") + IntStream.range(0, 784).mapToObj(i -> Integer.toString(value))
                .collect(Collectors.joining(","));
    }

    private Path write(String... lines) throws IOException {
        return Files.write(folder.resolve("data.csv"), String.join("\n", lines).getBytes());
    }

    @Test
    void labelledFileGivesLabelledImages() throws IOException {
        DataSet set = new KaggleCsvReader().read(write(header(true), row(3, 7), row(9, 255)));
        assertEquals(2, set.size());
        assertArrayEquals(new int[] {3, 9}, set.labels());
        assertEquals(255, set.pixel(1, 27, 27));
    }

    @Test
    void testFileWithoutLabelColumnGivesUnlabelledImages() throws IOException {
        DataSet set = new KaggleCsvReader().read(write(header(false), row(null, 1)));
        assertFalse(set.isLabelled());
        assertEquals(1, set.pixel(0, 0, 0));
    }

    @Test
    void wrongHeaderIsRefused() throws IOException {
        DataException error = assertThrows(DataException.class,
                () -> new KaggleCsvReader().read(write("a,b,c", "1,2,3")));
        assertTrue(error.getMessage().contains("does not have the Kaggle digit-recognizer header"), error.getMessage());
    }

    @Test
    void shortLineIsRefusedWithItsLineNumber() throws IOException {
        DataException error = assertThrows(DataException.class,
                () -> new KaggleCsvReader().read(write(header(true), row(1, 0), "4,1,2")));
        assertTrue(error.getMessage().startsWith("Line 3 of"), error.getMessage());
    }

    @Test
    void pixelAbove255IsRefused() throws IOException {
        DataException error = assertThrows(DataException.class,
                () -> new KaggleCsvReader().read(write(header(true), row(1, 300))));
        assertTrue(error.getMessage().contains("pixel0 = 300"), error.getMessage());
    }

    @Test
    void nonNumberIsRefused() throws IOException {
        DataException error = assertThrows(DataException.class,
                () -> new KaggleCsvReader().read(write(header(true), row(1, 0).replaceFirst(",0,", ",x,"))));
        assertTrue(error.getMessage().contains("every value must be a whole number"), error.getMessage());
    }
}

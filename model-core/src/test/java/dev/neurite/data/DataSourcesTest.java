package dev.neurite.data;

import dev.neurite.data.idx.IdxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DataSourcesTest {

    @TempDir
    Path folder;

    private DataSources sources() {
        return new DataSources(folder.resolve("cache"));
    }

    @Test
    void digitsIdGivesTheBundledSets() {
        TrainTestSets sets = sources().open("digits");
        assertEquals(4000, sets.train().size());
        assertEquals(1000, sets.test().orElseThrow().size());
    }

    @Test
    void mnistNotDownloadedSaysHowToGetIt() {
        DataException error = assertThrows(DataException.class, () -> sources().open("mnist"));
        assertTrue(error.getMessage().contains("neurite datasets download mnist"), error.getMessage());
    }

    @Test
    void damagedCachedFileIsRefusedByChecksum() throws IOException {
        Path cached = Files.createDirectories(folder.resolve("cache/mnist"));
        for (String name : DataCatalog.IDX_FILE_NAMES) {
            boolean images = name.contains("images");
            Files.write(cached.resolve(name), images ? IdxWriter.gzip(new int[] {1, 28, 28}, new byte[784])
                    : IdxWriter.gzip(new int[] {1}, new byte[1]));
        }
        DataException error = assertThrows(DataException.class, () -> sources().open("mnist"));
        assertTrue(error.getMessage().contains("not the published"), error.getMessage());
    }

    @Test
    void pairOfIdxPathsGivesATrainingSet() throws IOException {
        Path images = Files.write(folder.resolve("i.gz"), IdxWriter.gzip(new int[] {2, 28, 28}, new byte[2 * 784]));
        Path labels = Files.write(folder.resolve("l"), IdxWriter.raw(new int[] {2}, new byte[] {0, 4}));
        TrainTestSets sets = sources().open(images + "," + labels);
        assertEquals(2, sets.train().size());
        assertEquals(5, sets.train().classCount());
        assertTrue(sets.test().isEmpty());
    }

    @Test
    void unknownSpecListsWhatIsAccepted() {
        DataException error = assertThrows(DataException.class, () -> sources().open("cifar-100"));
        assertTrue(error.getMessage().startsWith("Unknown data set 'cifar-100'"), error.getMessage());
        assertTrue(error.getMessage().contains("Use one of digits, mnist, fashion-mnist"), error.getMessage());
    }

    @Test
    void fashionMnistIsFoundInDebiansPackageWhenInstalled() {
        assumeTrue(Files.isDirectory(Path.of("/usr/share/datasets/fashion-mnist")), "dataset-fashion-mnist absent");
        TrainTestSets sets = sources().open("fashion-mnist");
        assertEquals(60000, sets.train().size());
        assertEquals(10000, sets.test().orElseThrow().size());
        assertEquals("Ankle boot", sets.train().classNames().get(9));
    }
}

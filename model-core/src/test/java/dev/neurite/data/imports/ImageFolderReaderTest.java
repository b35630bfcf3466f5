package dev.neurite.data.imports;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageFolderReaderTest {

    @TempDir
    Path folder;

    /** Writes a {@code size}x{@code size} colour image with a dark vertical bar on light paper. */
    static void writeBar(Path file, int size) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, Math.abs(x - size / 2) < size / 10 && y > size / 6 ? 0x202060 : 0xF0E8D0);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void subFoldersAreSortedClassesAndImagesBecome28x28() throws IOException {
        writeBar(folder.resolve("zebra/a.png"), 64);
        writeBar(folder.resolve("apple/b.png"), 100);
        writeBar(folder.resolve("apple/c.png"), 33);
        Files.writeString(folder.resolve("apple/notes.txt"), "ignored");

        DataSet set = new ImageFolderReader().read(folder);

        assertEquals(List.of("apple", "zebra"), set.classNames());
        assertArrayEquals(new int[] {2, 1}, set.countsPerClass());
        assertEquals(28, set.height());
        assertTrue(set.pixel(0, 14, 14) > 200, "the bar is ink in the middle");
    }

    @Test
    void unreadableImageIsNamed() throws IOException {
        writeBar(folder.resolve("a/ok.png"), 40);
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/broken.png"), "not a png");
        DataException error = assertThrows(DataException.class, () -> new ImageFolderReader().read(folder));
        assertTrue(error.getMessage().contains("broken.png"), error.getMessage());
    }

    @Test
    void folderWithoutClassSubFoldersIsRefused() {
        DataException error = assertThrows(DataException.class, () -> new ImageFolderReader().read(folder));
        assertTrue(error.getMessage().contains("needs one sub-folder per class"), error.getMessage());
    }
}

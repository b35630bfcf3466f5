package dev.neurite.data.digits;

import dev.neurite.data.idx.IdxArray;
import dev.neurite.data.idx.IdxReader;

import java.awt.image.BufferedImage;

/** Test helper: a grid of the first digits of an IDX images file, for a person to look at. */
final class Montage {

    private Montage() {
    }

    /** A {@code columns x rows} grid of 28x28 images from the IDX bytes, scaled 2x, 2-pixel grey gaps. */
    static BufferedImage of(byte[] idxImages, int columns, int rows) {
        IdxArray images = new IdxReader().read(idxImages, "montage");
        int size = images.dimension(1);
        int cell = size * 2 + 2;
        BufferedImage sheet = new BufferedImage(columns * cell, rows * cell, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < sheet.getWidth(); x++) {
                sheet.getRaster().setSample(x, y, 0, 96);
            }
        }
        int count = Math.min(columns * rows, images.dimension(0));
        for (int i = 0; i < count; i++) {
            int left = (i % columns) * cell;
            int top = (i / columns) * cell;
            for (int y = 0; y < size * 2; y++) {
                for (int x = 0; x < size * 2; x++) {
                    int value = images.unsigned(i * size * size + (y / 2) * size + x / 2);
                    sheet.getRaster().setSample(left + x, top + y, 0, value);
                }
            }
        }
        return sheet;
    }
}

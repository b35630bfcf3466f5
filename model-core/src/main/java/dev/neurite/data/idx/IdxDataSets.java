package dev.neurite.data.idx;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.data.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds data sets from an images IDX file ({@code [n, rows, columns]}) and a labels IDX file ({@code [n]}), checking
 * that the ranks are right, that the counts agree and that every label names a class. Stateless and thread-safe.
 */
public final class IdxDataSets {

    private final IdxReader reader;

    public IdxDataSets() {
        this(new IdxReader());
    }

    public IdxDataSets(IdxReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Loads a labelled data set.
     *
     * @param classNames the classes; every label must be in {@code [0, classNames.size())}. Null: the classes are
     *                   "0".."k-1" with {@code k = largest label + 1}
     */
    public DataSet load(String name, Path images, Path labels, List<String> classNames, String source) {
        IdxArray imageArray = reader.read(images);
        IdxArray labelArray = reader.read(labels);
        return combine(name, imageArray, images.toString(), labelArray, labels.toString(), classNames, source);
    }

    /** Like {@link #load} for content already read (tests, the fuzz harness, memory). */
    public DataSet combine(String name, IdxArray imageArray, String imagesName, IdxArray labelArray,
                           String labelsName, List<String> classNames, String source) {
        requireImages(imageArray, imagesName);
        if (labelArray.rank() != 1) {
            throw new IdxFormatException("Labels file '" + labelsName + "' has " + labelArray.rank()
                    + " dimensions; a labels file has 1 (the count)." + (labelArray.rank() == 3
                    ? " It looks like an images file: are the two files swapped?" : ""));
        }
        int count = imageArray.dimension(0);
        if (labelArray.dimension(0) != count) {
            throw new IdxFormatException("Images file '" + imagesName + "' holds " + count + " images but labels file '"
                    + labelsName + "' holds " + labelArray.dimension(0) + " labels; pick files that belong together.");
        }
        int[] labels = new int[count];
        int largest = 0;
        for (int i = 0; i < count; i++) {
            labels[i] = labelArray.unsigned(i);
            largest = Math.max(largest, labels[i]);
        }
        List<String> classes = classNames != null ? classNames : numberedClasses(largest + 1);
        for (int i = 0; i < count; i++) {
            if (labels[i] >= classes.size()) {
                throw new IdxFormatException("Label " + labels[i] + " of item " + i + " in '" + labelsName
                        + "' is outside the " + classes.size() + " classes (0 to " + (classes.size() - 1)
                        + "); the file is corrupt or belongs to another data set.");
            }
        }
        Provenance provenance = new Provenance(source, List.of(new SourceFile(imagesName, imageArray.sha256()),
                new SourceFile(labelsName, labelArray.sha256())));
        return DataSet.labelled(name, imageArray.dimension(1), imageArray.dimension(2), imageArray.rawData(), labels,
                classes, provenance);
    }

    /** Loads an images file alone as an unlabelled data set with numbered classes {@code 0..classCount-1}. */
    public DataSet loadUnlabelled(String name, Path images, int classCount, String source) {
        IdxArray imageArray = reader.read(images);
        requireImages(imageArray, images.toString());
        return DataSet.unlabelled(name, imageArray.dimension(1), imageArray.dimension(2), imageArray.rawData(),
                numberedClasses(classCount), new Provenance(source,
                        List.of(new SourceFile(images.toString(), imageArray.sha256()))));
    }

    /** Class names "0", "1", ... "count-1". */
    public static List<String> numberedClasses(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return List.copyOf(names);
    }

    private static void requireImages(IdxArray array, String name) {
        if (array.rank() != 3) {
            throw new IdxFormatException("Images file '" + name + "' has " + array.rank()
                    + " dimensions; an images file has 3 (count, rows, columns)." + (array.rank() == 1
                    ? " It looks like a labels file: are the two files swapped?" : ""));
        }
    }
}

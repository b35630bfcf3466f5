package dev.neurite.format;

import dev.neurite.NeuriteException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (version 1.0) for little-endian float32 and float64 arrays in C order, the subset that
 * weight files need; uint8 arrays are written for exported data sets. Anything else is refused with a message.
 * Stateless.
 */
final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<|=]f[48])'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([0-9,\\s]*)\\)");
    private static final int MAX_HEADER = 4096;

    private Npy() {
    }

    /** A decoded array: its shape and values (float64 files are kept in double precision). */
    record Array(long[] shape, double[] values) {
    }

    static byte[] write(long[] shape, float[] values) {
        ByteBuffer buffer = header("<f4", shape, values.length * 4);
        for (float v : values) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    /** An unsigned-byte array ({@code uint8}, e.g. pixels or labels) of {@code shape} in C order. */
    static byte[] writeUint8(long[] shape, byte[] values) {
        return header("|u1", shape, values.length).put(values).array();
    }

    /** A little-endian buffer holding the header for {@code descr} and {@code shape}, with room for the data. */
    private static ByteBuffer header(String descr, long[] shape, int dataBytes) {
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)"
                : Arrays.stream(shape).mapToObj(Long::toString).reduce((a, b) -> a + ", " + b)
                .map(s -> "(" + s + ")").orElse("()");
        StringBuilder header = new StringBuilder("{'descr': '").append(descr)
                .append("', 'fortran_order': False, 'shape': ").append(shapeText).append(", }");
        int unpadded = MAGIC.length + 2 + 2 + header.length() + 1;
        header.append(" ".repeat((64 - unpadded % 64) % 64)).append('\n');
        byte[] headerBytes = header.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 4 + headerBytes.length + dataBytes)
                .order(ByteOrder.LITTLE_ENDIAN);
        return buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerBytes.length).put(headerBytes);
    }

    /**
     * Decodes an .npy file.
     *
     * @param what names the entry in error messages
     */
    static Array read(byte[] bytes, String what) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw invalid(what, "it is not a NumPy .npy array");
        }
        int major = bytes[6];
        buffer.position(8);
        int headerLength = major == 1 ? Short.toUnsignedInt(buffer.getShort()) : major == 2 ? buffer.getInt() : -1;
        if (headerLength < 0 || headerLength > MAX_HEADER || buffer.position() + headerLength > bytes.length) {
            throw invalid(what, "its header is missing, too long or of unknown version " + major);
        }
        String header = new String(bytes, buffer.position(), headerLength, StandardCharsets.US_ASCII);
        buffer.position(buffer.position() + headerLength);
        Matcher descr = DESCR.matcher(header);
        Matcher order = ORDER.matcher(header);
        Matcher shapeMatch = SHAPE.matcher(header);
        if (!descr.find() || !order.find() || !shapeMatch.find()) {
            throw invalid(what, "its header is not understood: " + header.trim());
        }
        if (order.group(1).equals("True")) {
            throw invalid(what, "it is in Fortran order; save it in C order");
        }
        int width = descr.group(1).endsWith("8") ? 8 : 4;
        long[] shape;
        long count = 1;
        try {
            shape = Arrays.stream(shapeMatch.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToLong(Long::parseLong).toArray();
            for (long d : shape) {
                count = Math.multiplyExact(count, d);
            }
            Math.multiplyExact(count, width);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(what, "its shape (" + shapeMatch.group(1).strip() + ") has more values than can be held");
        }
        if (count * width != buffer.remaining()) {
            throw invalid(what, "its shape " + Arrays.toString(shape) + " needs " + count * width
                    + " bytes of data but " + buffer.remaining() + " follow");
        }
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = width == 8 ? buffer.getDouble() : buffer.getFloat();
        }
        return new Array(shape, values);
    }

    private static NeuriteException invalid(String what, String why) {
        return new NeuriteException("The weights entry '" + what + "' cannot be read: " + why + ".");
    }
}

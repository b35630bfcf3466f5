package dev.neurite.export;

import java.util.Set;

/**
 * The one way text and numbers from a model reach a generated Python script: as inert Python literals. A string
 * becomes a double-quoted literal in plain ASCII, every quote, backslash, control character and non-ASCII character
 * escaped, so no title, name or value read from a file can end the literal and become code. Stateless.
 */
public final class PythonLiteral {

    /** Python's keywords and the constants that cannot be assigned to: never used as a variable name. */
    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private PythonLiteral() {
    }

    /** {@code text} as a Python string literal, e.g. {@code "a \"b\"\n"}; ASCII only. */
    public static String string(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        literal.append((char) c);
                    } else if (c <= 0xff) {
                        literal.append(String.format("\\x%02x", c));
                    } else if (c <= 0xffff) {
                        literal.append(String.format("\\u%04x", c));
                    } else {
                        literal.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return literal.append('"').toString();
    }

    /** A Python float literal: {@code 0.001}, {@code 1.0e-7}; NaN and infinities as {@code float("nan")} etc. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "float(\"nan\")";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "float(\"inf\")" : "-float(\"inf\")";
        }
        return Double.toString(value).replace("E", "e");
    }

    /** {@code True} or {@code False}. */
    public static String bool(boolean value) {
        return value ? "True" : "False";
    }

    /**
     * A Python identifier made from {@code name}: other characters become '_', a leading digit gets a prefix and
     * Python's keywords a trailing '_'.
     */
    public static String identifier(String name) {
        String base = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "layer_" + base;
        }
        return RESERVED.contains(base) ? base + "_" : base;
    }
}

package dev.neurite.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonLiteralTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", PythonLiteral.string("say \"hi\" \\ bye"));
    }

    @Test
    void tripleQuotesCannotEndTheLiteral() {
        assertEquals("\"x\\\"\\\"\\\"\\nimport os\"", PythonLiteral.string("x\"\"\"\nimport os"));
    }

    @Test
    void controlAndNonAsciiCharactersBecomeEscapes() {
        assertEquals("\"a\\tb\\r\\x00\\xe9\\u2028\\U0001f600\"", PythonLiteral.string("a\tb\r\0é\u2028😀"));
    }

    @Test
    void nonFiniteNumbersAreExpressionsNotNames() {
        assertEquals("float(\"nan\")", PythonLiteral.number(Double.NaN));
        assertEquals("-float(\"inf\")", PythonLiteral.number(Double.NEGATIVE_INFINITY));
        assertEquals("1.0e-7", PythonLiteral.number(1e-7));
    }

    @Test
    void identifiersAvoidKeywordsAndLeadingDigits() {
        assertEquals("None_", PythonLiteral.identifier("None"));
        assertEquals("layer_1x", PythonLiteral.identifier("1x"));
        assertEquals("dense_1_a", PythonLiteral.identifier("dense.1-a"));
    }
}

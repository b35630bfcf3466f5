package dev.neurite.graph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sizes in base-1024 units with two decimals, as Keras 3's readable_memory_size. */
class MemorySizeTest {

    @ParameterizedTest(name = "{0} bytes = {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0.00 B",
            "4 | 4.00 B",
            "1023 | 1023.00 B",
            "1024 | 1.00 KB",
            "139304 | 136.04 KB",
            "1048575 | 1024.00 KB",
            "1048576 | 1.00 MB",
            "1628200 | 1.55 MB",
            "1073741823 | 1024.00 MB",
            "1073741824 | 1.00 GB",
            "1099511627776 | 1.00 TB",
            "1125899906842624 | 1.00 PB",
    })
    void bytesAreWrittenInTheLargestUnitBelow1024(double bytes, String expected) {
        assertEquals(expected, MemorySize.of(bytes));
    }

    @ParameterizedTest(name = "{0} params = {1}")
    @CsvSource(delimiter = '|', value = {
            "407050 | 1.55 MB",
            "34826 | 136.04 KB",
            "55050 | 215.04 KB",
            "223242 | 872.04 KB",
            "0 | 0.00 B",
            "256 | 1.00 KB",
    })
    void parametersAreFourBytesEach(long parameters, String expected) {
        assertEquals(expected, MemorySize.ofParameters(parameters));
    }

    @ParameterizedTest(name = "{0} as .{1}f = {2}")
    @CsvSource(delimiter = '|', value = {
            "0.125 | 2 | 0.12",
            "0.375 | 2 | 0.38",
            "2.5 | 0 | 2",
            "3.5 | 0 | 4",
            "1.0005 | 3 | 1.000",
            "0.97625 | 4 | 0.9762",
            "-0.0001 | 2 | -0.00",
    })
    void fixedDecimalsRoundTheExactValueHalfToEvenAsPython(double value, int digits, String expected) {
        assertEquals(expected, PythonFormat.fixed(value, digits));
    }

    @ParameterizedTest(name = "{0} as .4e = {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0005 | 5.0000e-04",
            "0.00012345678 | 1.2346e-04",
            "0 | 0.0000e+00",
            "123456 | 1.2346e+05",
            "9.99996e-4 | 1.0000e-03",
    })
    void scientificAsPython(double value, String expected) {
        assertEquals(expected, PythonFormat.scientific(value, 4));
    }
}

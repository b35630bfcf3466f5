package dev.neurite.ui.common;

import org.junit.jupiter.api.Test;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiCompilationTest {

    private static String printedDirectives() throws JMException {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    @Test
    void theJvmTakesTheDirectiveOnceAndKeepsC2OffTheInterfaceLibrariesOnly() throws JMException {
        String first = UiCompilation.apply();
        assertTrue(first.startsWith("user interface compiled by C1 only"), first);
        assertEquals(first, UiCompilation.apply());

        List<String> ours = Arrays.stream(printedDirectives().split("Directive:"))
                .filter(block -> block.contains("org/jfree/*.*")).toList();
        assertEquals(1, ours.size(), "added once: " + ours);
        String directive = ours.get(0);
        String matching = directive.lines().filter(line -> line.contains("matching:")).findFirst().orElseThrow();
        for (String pattern : UiCompilation.C1_ONLY) {
            assertTrue(matching.contains(pattern), pattern + " in " + matching);
            assertFalse(pattern.startsWith("dev/neurite") || pattern.startsWith("org/nd4j"), pattern);
        }
        String c1 = directive.substring(directive.indexOf("c1 directives:"), directive.indexOf("c2 directives:"));
        assertTrue(c1.contains("Exclude:false"), "C1 still compiles them: " + c1);
        assertTrue(directive.substring(directive.indexOf("c2 directives:")).contains("Exclude:true"), directive);
    }
}

package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedSpliceTest {
    private static final String A = "{\"id\":\"bd-a\",\"title\":\"A\"}";
    private static final String C = "{\"id\":\"bd-c\",\"title\":\"C\"}";
    private static final String E = "{\"id\":\"bd-e\",\"title\":\"E\"}";

    @Test
    void newIds_goWhereTheySort_andAnExistingIdIsReplacedInPlace() {
        String file = A + "\n" + C + "\n" + E + "\n";
        Map<String, byte[]> lines = lines(
                "bd-f",
                "{\"id\":\"bd-f\"}",
                "bd-0",
                "{\"id\":\"bd-0\"}",
                "bd-c",
                "{\"id\":\"bd-c\",\"title\":\"C2\"}",
                "bd-d",
                "{\"id\":\"bd-d\"}");

        assertThat(splice(file, lines))
                .isEqualTo("{\"id\":\"bd-0\"}\n" + A + "\n{\"id\":\"bd-c\",\"title\":\"C2\"}\n{\"id\":\"bd-d\"}\n" + E
                        + "\n{\"id\":\"bd-f\"}\n");
    }

    @Test
    void anEmptyFile_getsTheLinesInIdOrder() {
        assertThat(splice("", lines("bd-b", "{\"id\":\"bd-b\"}", "bd-a", "{\"id\":\"bd-a\"}")))
                .isEqualTo("{\"id\":\"bd-a\"}\n{\"id\":\"bd-b\"}\n");
    }

    @Test
    void aFileItCannotVouchFor_isLeftToTheGeneralPath() {
        Map<String, byte[]> one = lines("bd-b", "{\"id\":\"bd-b\"}");
        assertThat(splice(C + "\n" + A + "\n", one)).as("unsorted").isNull();
        assertThat(splice(A + "\n" + A + "\n", one)).as("an id twice").isNull();
        assertThat(splice(A + "\n\n" + C + "\n", one)).as("a blank line").isNull();
        assertThat(splice(A + "\n" + C, one)).as("no newline at the end").isNull();
        assertThat(splice("{\"title\":\"x\",\"id\":\"bd-a\"}\n", one))
                .as("id not first")
                .isNull();
        assertThat(splice("<<<<<<< HEAD\n" + A + "\n", one))
                .as("a conflict marker")
                .isNull();
        assertThat(splice(A + "\n", lines("bd-é", "{\"id\":\"bd-é\"}")))
                .as("a non-ASCII id")
                .isNull();
    }

    private static Map<String, byte[]> lines(String... idsAndLines) {
        Map<String, byte[]> lines = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLines.length; i += 2) {
            lines.put(idsAndLines[i], idsAndLines[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static String splice(String file, Map<String, byte[]> lines) {
        byte[] out = SortedSplice.of(file.getBytes(StandardCharsets.UTF_8), lines);
        return out == null ? null : new String(out, StandardCharsets.UTF_8);
    }
}

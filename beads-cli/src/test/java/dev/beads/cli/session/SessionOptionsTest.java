package dev.beads.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written equals must compare every component, as a record's generated one would. */
class SessionOptionsTest {
    private static final SessionOptions BASE =
            new SessionOptions(Path.of("/w"), Path.of("db"), Map.of("BEADS_DIR", "x"), false, false, true);

    @Test
    void equalComponents_areEqual_withEqualHashCodes() {
        SessionOptions same =
                new SessionOptions(Path.of("/w"), Path.of("db"), Map.of("BEADS_DIR", "x"), false, false, true);

        assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    }

    @Test
    void anyDifferentComponent_makesThemUnequal() {
        List<SessionOptions> variants = List.of(
                new SessionOptions(Path.of("/v"), Path.of("db"), Map.of("BEADS_DIR", "x"), false, false, true),
                new SessionOptions(Path.of("/w"), null, Map.of("BEADS_DIR", "x"), false, false, true),
                new SessionOptions(Path.of("/w"), Path.of("db"), Map.of(), false, false, true),
                new SessionOptions(Path.of("/w"), Path.of("db"), Map.of("BEADS_DIR", "x"), true, false, true),
                new SessionOptions(Path.of("/w"), Path.of("db"), Map.of("BEADS_DIR", "x"), false, true, true),
                new SessionOptions(Path.of("/w"), Path.of("db"), Map.of("BEADS_DIR", "x"), false, false, false));

        for (SessionOptions variant : variants) {
            assertThat(variant).as(variant.toString()).isNotEqualTo(BASE);
        }
        assertThat(BASE).isNotEqualTo(null).isNotEqualTo("not options");
    }
}

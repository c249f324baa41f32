package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlCodec;
import dev.beads.testkit.gen.RandomIssues;
import dev.beads.testkit.gen.SeededTest;
import dev.beads.testkit.gen.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Random issues survive write → read → write with identical bytes and equal records. */
class JsonlRoundTripPropertyTest {
    private final JsonlCodec codec = JsonlCodecs.create();

    @SeededTest(tries = 500)
    void writeReadWrite_isIdentical(long seed) {
        Seeds.check(seed, gen -> new RandomIssues(gen).issues(8), issues -> {
            byte[] first = write(issues);
            List<Issue> read = codec.read(new ByteArrayInputStream(first), "issues.jsonl");
            assertThat(read).isEqualTo(issues);
            assertThat(write(read)).isEqualTo(first);
        });
    }

    @SeededTest(tries = 300)
    void toLine_isOneLineOfValidJson(long seed) {
        Seeds.check(seed, gen -> new RandomIssues(gen).issue(), issue -> {
            String line = codec.toLine(issue);
            assertThat(line).doesNotContain("\n", "\r", "\u2028", "<", ">", "&");
            assertThat(codec.read(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), "x"))
                    .containsExactly(issue);
        });
    }

    private byte[] write(List<Issue> issues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(issues, out);
        return out.toByteArray();
    }
}

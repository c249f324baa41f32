package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random issues survive write → read → write with identical bytes and equal records. */
class JsonlRoundTripPropertyTest {
    private final JsonlCodec codec = JsonlCodecs.create();

    @Property(tries = 500)
    void writeReadWrite_isIdentical(@ForAll("issueLists") List<Issue> issues) {
        byte[] first = write(issues);
        List<Issue> read = codec.read(new ByteArrayInputStream(first), "issues.jsonl");
        assertThat(read).isEqualTo(issues);
        assertThat(write(read)).isEqualTo(first);
    }

    @Property(tries = 300)
    void toLine_isOneLineOfValidJson(@ForAll("singleIssues") Issue issue) {
        String line = codec.toLine(issue);
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "<", ">", "&");
        assertThat(codec.read(
                        new ByteArrayInputStream((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x"))
                .containsExactly(issue);
    }

    @Provide
    Arbitrary<List<Issue>> issueLists() {
        return Arbitraries.randomValue(random -> new RandomIssues(random).issues(8));
    }

    @Provide
    Arbitrary<Issue> singleIssues() {
        return Arbitraries.randomValue(random -> new RandomIssues(random).issue());
    }

    private byte[] write(List<Issue> issues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(issues, out);
        return out.toByteArray();
    }
}

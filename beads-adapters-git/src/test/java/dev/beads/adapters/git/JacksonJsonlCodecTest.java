package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.JsonlCodec;
import dev.beads.testkit.contract.JsonlCodecContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The format contract, plus the Go {@code json.Unmarshal} details this codec reproduces. */
class JacksonJsonlCodecTest extends JsonlCodecContract {
    private final JsonlCodec codec = JsonlCodecs.create();

    @Override
    protected JsonlCodec codec() {
        return codec;
    }

    @Test
    void givenNoPriorityOrTimestamps_read_leavesGoZeroValues_andWritesNoTimestampsBack() {
        Issue issue = read("{\"id\":\"bd-1\",\"title\":\"One\"}").get(0);

        assertThat(issue.priority()).isEqualTo(Priority.of(0));
        assertThat(issue.createdAt()).isEqualTo(Timestamps.GO_ZERO);
        assertThat(issue.updatedAt()).isEqualTo(Timestamps.GO_ZERO);
        // docs/DECISIONS.md: an always-key Go writes is written back, except the zero time a line without it reads as.
        assertThat(codec.toLine(issue))
                .isEqualTo(
                        "{\"id\":\"bd-1\",\"title\":\"One\",\"status\":\"open\",\"priority\":0,\"issue_type\":\"task\"}");
    }

    @Test
    void givenNullValues_read_treatsThemAsAbsent() {
        String line = "{\"id\":\"bd-1\",\"title\":\"One\",\"description\":null,\"priority\":null,\"labels\":null,"
                + "\"closed_at\":null,\"estimated_minutes\":null,\"pinned\":null,\"bonded_from\":null,"
                + "\"dependencies\":null,\"comments\":null,\"created_at\":\"" + T0 + "\",\"updated_at\":\"" + T0
                + "\"}";

        Issue issue = read(line).get(0);

        assertThat(issue).isEqualTo(issue("bd-1").priority(Priority.of(0)).build());
    }

    @Test
    void givenDependencyAndCommentWithoutIssueId_read_assignsThemToTheirIssue() {
        String line = "{\"comments\":[{\"id\":1,\"author\":\"a\",\"text\":\"t\",\"created_at\":\"" + T0
                + "\",\"reactions\":[1]}],\"dependencies\":[{\"depends_on_id\":\"bd-2\"}],"
                + "\"id\":\"bd-1\",\"title\":\"One\"}";

        Issue issue = read(line).get(0);

        assertThat(issue.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.issueId()).isEqualTo(IssueId.of("bd-1"));
            assertThat(d.type()).isEqualTo(DependencyType.BLOCKS);
        });
        assertThat(issue.comments()).singleElement().satisfies(c -> {
            assertThat(c.issueId()).isEqualTo(IssueId.of("bd-1"));
            assertThat(c.text()).isEqualTo("t");
        });
    }

    @Test
    void givenCrlfLinesAndDuplicateKey_read_acceptsThemLikeGo() {
        String line = "{\"id\":\"bd-1\",\"title\":\"Old\",\"title\":\"New\",\"created_at\":\"" + T0
                + "\",\"updated_at\":\"" + T0 + "\"}\r\n";

        assertThat(read(line + line.replace("bd-1", "bd-2")))
                .extracting(Issue::title)
                .containsExactly("New", "New");
    }

    @Test
    void givenModelRejection_read_reportsItWithTheLine() {
        String selfDependency = "{\"id\":\"bd-1\",\"title\":\"One\",\"dependencies\":[{\"depends_on_id\":\"bd-1\"}]}";

        assertThatThrownBy(() -> read("\n" + selfDependency + "\n"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 2 of issues.jsonl: issue bd-1 cannot depend on itself");
    }

    @Test
    void givenInvalidUtf8_read_failsNamingTheLine() {
        byte[] data = "{\"id\":\"bd-1\",\"title\":\"\u00ff\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> codec.read(new java.io.ByteArrayInputStream(data), "issues.jsonl"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 1 of issues.jsonl: invalid JSON");
    }

    @Test
    void givenExtraUnderKnownKey_toLine_writesOnlyTheKnownField() {
        Issue issue = issue("bd-1")
                .extra(Map.of("title", RawJson.of("\"shadow\""), "x", RawJson.of("[ 1 , \"<\" ]")))
                .build();

        assertThat(codec.toLine(issue))
                .contains("\"title\":\"One\"")
                .doesNotContain("shadow")
                .endsWith(",\"x\":[1,\"\\u003c\"]}");
    }

    @Test
    void givenNullInGoField_toLine_omitsItLikeGo() {
        Issue issue = issue("bd-1")
                .creator(RawJson.of("null"))
                .waiters(RawJson.of(" null "))
                .build();

        assertThat(codec.toLine(issue)).isEqualTo(codec.toLine(issue("bd-1").build()));
    }

    @Test
    void givenObjectSpanningLines_read_failsOnItsFirstLine() {
        String line = codec.toLine(issue("bd-1").build());
        String pretty = line.replace(",\"title\"", ",\n\"title\"");

        assertThatThrownBy(() -> read(line + "\n" + pretty + "\n"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 2 of issues.jsonl: invalid JSON: the line ends before");
    }

    @Test
    void givenConflictMarkersAfterBlankLines_read_namesTheMarkerLine() {
        String line = codec.toLine(issue("bd-1").build());
        String conflicted = line + "\n\n\n<<<<<<< HEAD\n" + line + "\n=======\n" + line + "\n>>>>>>> theirs\n";

        assertThatThrownBy(() -> read(conflicted))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 4 of issues.jsonl: git conflict marker; resolve the merge, then run bd import");
        assertThatThrownBy(() -> read("=======\n"))
                .hasMessage("line 1 of issues.jsonl: git conflict marker; resolve the merge, then run bd import");
    }

    @Test
    void givenCrlfAndNoFinalNewline_read_readsEveryIssue() {
        String one = codec.toLine(issue("bd-1").build());
        String two = codec.toLine(issue("bd-2").build());

        assertThat(read(one + "\r\n\r\n" + two)).extracting(i -> i.id().value()).containsExactly("bd-1", "bd-2");
    }

    @Test
    void givenBadLineInFile_readPath_namesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("beads.jsonl"), "\n{\"id\":1}\n");

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 2 of beads.jsonl: \"id\" must be a string, not a number");
    }
}

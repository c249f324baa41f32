package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportProgress;
import dev.beads.core.api.ImportProgress.Phase;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Workspace;
import dev.beads.core.service.SyncService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import tells its {@link ImportProgress}: reading, then storing, each counting up to its total. */
class SyncServiceProgressTest {
    @TempDir
    Path root;

    private final ServiceFixture f = new ServiceFixture();
    private final TabLineCodec codec = new TabLineCodec();
    private final Recorder recorder = new Recorder();
    private SyncService sync;

    @BeforeEach
    void workspace() throws IOException {
        Workspace workspace = Workspace.at(root);
        Files.createDirectories(workspace.beadsDir());
        sync = new SyncService(f.repository, codec, f.feed, f.clock, workspace);
    }

    /** One call of the listener, and the thread it came on. */
    private record Update(Phase phase, long done, long total, Thread thread) {}

    private static final class Recorder implements ImportProgress {
        final List<Update> updates = new ArrayList<>();

        @Override
        public void update(Phase phase, long done, long total) {
            updates.add(new Update(phase, done, total, Thread.currentThread()));
        }

        List<Update> of(Phase phase) {
            return updates.stream().filter(u -> u.phase() == phase).toList();
        }
    }

    private Path file(Issue... issues) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            text.append(codec.toLine(issue)).append('\n');
        }
        Path file = root.resolve("in.jsonl");
        Files.writeString(file, text);
        return file;
    }

    private static void assertCountsUpToTheTotal(List<Update> updates, long total) {
        assertThat(updates).isNotEmpty();
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            assertThat(u.total()).isEqualTo(total);
            assertThat(u.done()).isBetween(0L, total);
            if (i > 0) {
                assertThat(u.done()).isGreaterThanOrEqualTo(updates.get(i - 1).done());
            }
        }
        assertThat(updates.getLast().done()).isEqualTo(total);
    }

    @Test
    void import_reportsReadingThenStoring_onTheCallingThread_eachCountingUpToItsTotal() throws IOException {
        f.seed(anIssue("bd-1").build());
        Path file = file(
                anIssue("bd-1").title("newer").updatedAt(T0.plusDays(1)).build(),
                anIssue("bd-2").build(),
                anIssue("bd-3").build());

        sync.importIssues(new ImportIssues(file, false, ACTOR), recorder);

        List<Phase> phases =
                recorder.updates.stream().map(Update::phase).distinct().toList();
        assertThat(phases).containsExactly(Phase.READING, Phase.STORING);
        assertThat(recorder.updates.stream().dropWhile(u -> u.phase() == Phase.READING))
                .allMatch(u -> u.phase() == Phase.STORING);
        assertCountsUpToTheTotal(recorder.of(Phase.READING), Files.size(file));
        assertCountsUpToTheTotal(recorder.of(Phase.STORING), 3);
        assertThat(recorder.updates).allMatch(u -> u.thread() == Thread.currentThread());
    }

    @Test
    void import_thatChangesNothing_storesZeroOfZero() throws IOException {
        Issue stored = anIssue("bd-1").build();
        f.seed(stored);

        sync.importIssues(new ImportIssues(file(stored), false, ACTOR), recorder);

        assertThat(recorder.of(Phase.STORING))
                .extracting(Update::done, Update::total)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(0L, 0L));
    }

    @Test
    void dryRun_reportsReadingOnly() throws IOException {
        Path file = file(anIssue("bd-1").build(), anIssue("bd-2").build());

        sync.importIssues(new ImportIssues(file, true, ACTOR), recorder);

        assertCountsUpToTheTotal(recorder.updates, Files.size(file));
        assertThat(recorder.updates).allMatch(u -> u.phase() == Phase.READING);
        assertThat(f.repository.all()).isEmpty();
    }

    @Test
    void givenABadLine_importWithProgress_reportsNoStoring_andChangesNothing() throws IOException {
        Path file = root.resolve("in.jsonl");
        Files.writeString(file, codec.toLine(anIssue("bd-1").build()) + "\n<<<<<<< HEAD\n");

        assertThatThrownBy(() -> sync.importIssues(new ImportIssues(file, false, ACTOR), recorder))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageContaining("line 2 of in.jsonl");

        assertThat(recorder.of(Phase.STORING)).isEmpty();
        assertThat(f.repository.all()).isEmpty();
    }

    @Test
    void givenTheListenerThrowsWhileStoring_theImportChangesNothing() throws IOException {
        Path file = file(anIssue("bd-1").build(), anIssue("bd-2").build());
        RuntimeException stop = new IllegalStateException("interrupted by the user");
        ImportProgress failing = (phase, done, total) -> {
            if (phase == Phase.STORING && done == total) {
                throw stop;
            }
        };

        assertThatThrownBy(() -> sync.importIssues(new ImportIssues(file, false, ACTOR), failing))
                .isSameAs(stop);

        assertThat(f.repository.all()).isEmpty();
        assertThat(f.published).isEmpty();
    }
}

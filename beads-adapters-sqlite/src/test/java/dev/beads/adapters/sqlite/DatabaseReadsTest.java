package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Which connection a read runs on: the idle writer for a lone caller, a reader beside a running write. */
@Timeout(60)
class DatabaseReadsTest {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("beads.db"));
        db.write(s -> s.execute("INSERT INTO config (key, value) VALUES ('k', 'committed')"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsOfALoneThread_useTheIdleWriter_andOpenNoSecondConnection() {
        for (int i = 0; i < 3; i++) {
            assertThat(value()).containsExactly("committed");
        }
        assertThat(db.readerConnections()).isZero();
    }

    @Test
    void aReadBesideARunningWrite_runsOnAReader_andSeesTheLastCommit() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> db.write(s -> {
            s.execute("UPDATE config SET value = 'uncommitted' WHERE key = 'k'");
            writing.countDown();
            await(release);
            return null;
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(value()).containsExactly("committed");
        assertThat(db.readerConnections()).isEqualTo(1);

        release.countDown();
        write.get(10, TimeUnit.SECONDS);
        assertThat(value()).containsExactly("uncommitted");
    }

    @Test
    void aReadInsideAWrite_onTheSameThread_usesAReader() {
        List<String> seen = db.write(s -> {
            s.execute("UPDATE config SET value = 'inside' WHERE key = 'k'");
            return value();
        });
        assertThat(seen).containsExactly("committed");
        assertThat(db.readerConnections()).isEqualTo(1);
    }

    private List<String> value() {
        return db.read(
                "reading k",
                s -> s.query("SELECT value FROM config WHERE key = ?", List.of("k"), rs -> rs.getString(1)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

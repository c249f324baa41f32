package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.IssueRepository;
import dev.beads.testkit.Issues;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteModuleTest {
    @TempDir
    Path root;

    @Test
    void buildingTheInjector_opensNothing_andInjection_opensTheWorkspaceDatabaseOnce() {
        Workspace workspace = Workspace.at(root);
        Injector injector = Guice.createInjector(new SqliteModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(Workspace.class).toInstance(workspace);
            }
        });
        assertThat(workspace.database()).doesNotExist();

        IssueRepository repo = injector.getInstance(IssueRepository.class);
        try {
            assertThat(injector.getInstance(IssueRepository.class)).isSameAs(repo);
            assertThat(workspace.database()).exists();
            repo.write(w -> {
                w.put(
                        Issues.anIssue("bd-1").build(),
                        Issues.createdEvent(Issues.anIssue("bd-1").build()));
                return null;
            });
            assertThat(repo.exists(IssueId.of("bd-1"))).isTrue();
        } finally {
            repo.close();
        }
    }
}

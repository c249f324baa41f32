package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.JsonlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each module set builds and provides every driving port (STYLE 13). */
class ModuleSetsTest {
    @TempDir
    Path dir;

    @Test
    void directSet_providesEveryPortAsASingleton_allOnTheOneWorkspace() throws IOException {
        Workspace workspace = Workspace.at(dir);
        Files.createDirectories(workspace.beadsDir());
        Injector injector = Guice.createInjector(ModuleSets.direct(workspace));
        IssueCommands commands = injector.getInstance(IssueCommands.class);
        IssueQueries queries = injector.getInstance(IssueQueries.class);
        ConfigCommands config = injector.getInstance(ConfigCommands.class);
        SyncCommands sync = injector.getInstance(SyncCommands.class);
        JsonlCodec codec = injector.getInstance(JsonlCodec.class);
        IssueRepository repository = injector.getInstance(IssueRepository.class);

        assertThat(commands).isSameAs(injector.getInstance(IssueCommands.class));
        assertThat(queries).isSameAs(injector.getInstance(IssueQueries.class));
        assertThat(config).isSameAs(injector.getInstance(ConfigCommands.class));
        assertThat(sync).isSameAs(injector.getInstance(SyncCommands.class));
        assertThat(repository).isSameAs(injector.getInstance(IssueRepository.class));

        // One store behind every port: what one writes, the others read, and the flush lands in this workspace.
        config.set("issue_prefix", "wired");
        Issue created = commands.create(CreateIssue.titled("Through the injector", "tester"));
        assertThat(created.id().value()).startsWith("wired-");
        assertThat(queries.resolve(created.id().localPart())).isEqualTo(created.id());
        assertThat(repository.find(created.id())).contains(created);
        assertThat(sync.flushIfDirty().file()).isEqualTo(workspace.jsonl());
        assertThat(codec.read(workspace.jsonl())).containsExactly(created);

        repository.close();
        assertThat(workspace.database()).isRegularFile();
    }
}

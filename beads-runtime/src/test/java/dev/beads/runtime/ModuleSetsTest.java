package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
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
    void directSet_providesEveryPortAsASingleton() throws IOException {
        Workspace workspace = Workspace.at(dir);
        Files.createDirectories(workspace.beadsDir());
        Injector injector = Guice.createInjector(ModuleSets.direct(workspace));

        assertThat(injector.getInstance(IssueCommands.class)).isSameAs(injector.getInstance(IssueCommands.class));
        assertThat(injector.getInstance(IssueQueries.class)).isNotNull();
        assertThat(injector.getInstance(ConfigCommands.class)).isNotNull();
        assertThat(injector.getInstance(SyncCommands.class)).isNotNull();
        assertThat(injector.getInstance(JsonlCodec.class)).isNotNull();
        IssueRepository repository = injector.getInstance(IssueRepository.class);
        assertThat(repository).isSameAs(injector.getInstance(IssueRepository.class));
        repository.close();
        assertThat(workspace.database()).isRegularFile();
    }
}

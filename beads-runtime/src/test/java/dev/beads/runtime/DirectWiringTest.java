package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.spi.Elements;
import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IdGenerator;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.JsonlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DirectWiring}, which {@link Beads} uses, builds what the Guice module set {@code direct} builds. */
class DirectWiringTest {
    private static final List<Class<?>> PORTS = List.of(
            IssueCommands.class,
            IssueQueries.class,
            ConfigCommands.class,
            SyncCommands.class,
            IssueRepository.class,
            JsonlCodec.class,
            Clock.class,
            IdGenerator.class,
            ChangeFeed.class);

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createBeadsDir() throws IOException {
        workspace = Workspace.at(dir);
        Files.createDirectories(workspace.beadsDir());
    }

    @Test
    void directSet_bindsTheWorkspaceAndExactlyThePortsWiredByHand() {
        Set<Key<?>> bound = Elements.getElements(ModuleSets.direct(workspace)).stream()
                .filter(Binding.class::isInstance)
                .map(element -> ((Binding<?>) element).getKey())
                .collect(Collectors.toSet());

        Set<Key<?>> expected = PORTS.stream().map(Key::get).collect(Collectors.toSet());
        expected.add(Key.get(Workspace.class)); // the one input DirectWiring.open takes as an argument
        assertThat(bound).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyPort_isTheSameClassWiredByHandAsByGuice() {
        Map<Class<?>, Class<?>> byGuice = new HashMap<>();
        Injector injector = Guice.createInjector(ModuleSets.direct(workspace));
        try {
            PORTS.forEach(port -> byGuice.put(port, injector.getInstance(port).getClass()));
        } finally {
            injector.getInstance(IssueRepository.class).close();
        }

        DirectWiring wiring = DirectWiring.open(workspace);
        try {
            Map<Class<?>, Object> byHand = Map.of(
                    IssueCommands.class, wiring.issues(),
                    IssueQueries.class, wiring.queries(),
                    ConfigCommands.class, wiring.config(),
                    SyncCommands.class, wiring.sync(),
                    IssueRepository.class, wiring.repository(),
                    JsonlCodec.class, wiring.codec(),
                    Clock.class, wiring.clock(),
                    IdGenerator.class, wiring.ids(),
                    ChangeFeed.class, wiring.feed());
            assertThat(byHand.keySet()).containsExactlyInAnyOrderElementsOf(PORTS);
            for (Class<?> port : PORTS) {
                assertThat(byHand.get(port).getClass()).as(port.getSimpleName()).isEqualTo(byGuice.get(port));
            }
        } finally {
            wiring.repository().close();
        }
    }
}

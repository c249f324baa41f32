package dev.beads.testkit.contract;

import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The driving-port contract (DESIGN §7): what a user of {@link IssueCommands}, {@link IssueQueries} and
 * {@link ConfigCommands} can rely on, whatever sits behind them. It runs twice: in-process over the services, and
 * through a daemon over the real socket. So it talks to the ports only: no repository, no clock control (times
 * are only compared with each other), no knowledge of the transport.
 *
 * <pre>{@code
 * class InMemoryIssueCommandsTest extends IssueCommandsContract {
 *     @Override protected Ports openPorts() { ...wire the services on a fresh store...; config.set("issue_prefix", "bd"); }
 * }
 * }</pre>
 *
 * <p>The cases live in one package-private class per group ({@link CreateContractCases}, …); the {@code @Nested}
 * classes here bind them to the ports of the running test.
 */
public abstract class IssueCommandsContract {
    private Ports ports;

    /**
     * The ports of a fresh workspace: no issues, configuration {@code issue_prefix = bd} (and nothing else that
     * changes behaviour). Called once per test.
     */
    protected abstract Ports openPorts();

    /** Releases what {@link #openPorts()} opened (connections, daemons); called after each test. */
    protected void closePorts(Ports ports) {}

    @BeforeEach
    final void open() {
        ports = openPorts();
    }

    @AfterEach
    final void close() {
        if (ports != null) {
            closePorts(ports);
        }
    }

    /** The three driving ports of one workspace. */
    public record Ports(IssueCommands commands, IssueQueries queries, ConfigCommands config) {
        public Ports {
            Objects.requireNonNull(commands, "commands");
            Objects.requireNonNull(queries, "queries");
            Objects.requireNonNull(config, "config");
        }
    }

    @Nested
    class Create extends CreateContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class UpdateCloseReopen extends UpdateContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class Delete extends DeleteContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class Dependencies extends DependencyContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class ListAndSearch extends ListContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class ReadyAndBlocked extends ReadyContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class LabelsAndComments extends AnnotationContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class CountsAndStats extends CountContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }

    @Nested
    class ConfigAndResolve extends ConfigContractCases {
        @Override
        Ports ports() {
            return ports;
        }
    }
}

package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
    private final BdCommand root = new BdCommand(InProcess.environment(java.nio.file.Path.of("/tmp")), null);

    @Test
    void subcommandName_skipsGlobalOptionsAndTheirValues() {
        assertThat(Commands.subcommandName(new String[] {"--json", "--db", "x/beads.db", "ready", "-n", "3"}))
                .isEqualTo("ready");
        assertThat(Commands.subcommandName(new String[] {"--actor", "alice", "create", "t"}))
                .isEqualTo("create");
        assertThat(Commands.subcommandName(new String[] {"--json"})).isNull();
    }

    @Test
    void forArgs_registersOnlyTheNamedCommand() {
        Map<String, CommandLine> subs =
                Commands.forArgs(root, new String[] {"ready", "--json"}).getSubcommands();
        assertThat(subs).containsOnlyKeys("ready");
    }

    @Test
    void forArgs_withAnAlias_registersItsCommand() {
        assertThat(Commands.forArgs(root, new String[] {"view", "bd-1"}).getSubcommands())
                .containsKeys("show", "view");
    }

    @Test
    void forArgs_withoutACommand_registersEveryCommandAndHelp() {
        CommandLine cl = Commands.forArgs(root, new String[] {"--help"});
        assertThat(cl.getSubcommands()).containsKeys(Commands.names().toArray(String[]::new));
        assertThat(cl.getSubcommands()).containsKey("help");
    }

    @Test
    void everyCommandOfIssue3_isRegistered() {
        CommandLine cl = Commands.full(root);
        assertThat(cl.getSubcommands())
                .containsKeys(
                        "init",
                        "create",
                        "list",
                        "show",
                        "update",
                        "close",
                        "reopen",
                        "delete",
                        "ready",
                        "blocked",
                        "stats",
                        "stale",
                        "count",
                        "search",
                        "dep",
                        "label",
                        "comments",
                        "comment",
                        "epic",
                        "config",
                        "export",
                        "import",
                        "info",
                        "version",
                        "prime",
                        "onboard",
                        "quickstart",
                        "completion");
        assertThat(cl.getSubcommands().get("dep").getSubcommands()).containsKeys("add", "remove", "tree", "cycles");
        assertThat(cl.getSubcommands().get("label").getSubcommands()).containsKeys("add", "remove", "list", "list-all");
        assertThat(cl.getSubcommands().get("comments").getSubcommands()).containsKeys("add");
        assertThat(cl.getSubcommands().get("epic").getSubcommands()).containsKeys("status");
        assertThat(cl.getSubcommands().get("daemon").getSubcommands()).containsKeys("run", "stop");
        assertThat(cl.getSubcommands().get("config").getSubcommands()).containsKeys("get", "set", "list", "unset");
    }
}

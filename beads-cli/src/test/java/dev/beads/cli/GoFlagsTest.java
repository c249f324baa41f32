package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.session.DirectSessionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every flag Go bd v0.39.1 declares on the commands we have is accepted here, with the same short name and the
 * same arity (a switch, or an option that takes a value): clients pass Go's flags, and an unknown flag fails the
 * whole call. The list, {@code go-v0.39.1-flags.txt}, was taken from the cobra definitions in cmd/bd/*.go at tag
 * v0.39.1 and names the file and line of each.
 */
class GoFlagsTest {
    @Test
    void everyGoFlag_isAcceptedByTheSameCommand_withTheSameShortNameAndArity() throws IOException {
        CommandLine bd = Commands.full(new BdCommand(InProcess.environment(Path.of(".")), new DirectSessionFactory()));
        List<String> wrong = new ArrayList<>();
        List<String[]> flags = flags();
        for (String[] f : flags) {
            String problem = check(bd, f);
            if (problem != null) {
                wrong.add(String.join("|", f) + ": " + problem);
            }
        }
        assertThat(flags).hasSizeGreaterThan(200);
        assertThat(wrong)
                .as("Go bd v0.39.1 flags not accepted as Go accepts them")
                .isEmpty();
    }

    private static String check(CommandLine bd, String[] f) {
        CommandLine cl = bd;
        if (!f[0].isEmpty()) {
            for (String name : f[0].split(" ")) {
                cl = cl.getSubcommands().get(name);
                if (cl == null) {
                    return "no command " + f[0];
                }
            }
        }
        CommandSpec spec = cl.getCommandSpec();
        OptionSpec option = spec.findOption(f[1]);
        if (option == null) {
            return "no option " + f[1];
        }
        if (!f[2].isEmpty() && spec.findOption(f[2]) != option) {
            return "no short name " + f[2] + " for it";
        }
        boolean takesValue = option.arity().max() > 0;
        if (takesValue != f[3].equals("value")) {
            return f[3].equals("value") ? "is a switch, Go's takes a value" : "takes a value, Go's is a switch";
        }
        return null;
    }

    private static List<String[]> flags() throws IOException {
        try (InputStream in = GoFlagsTest.class.getResourceAsStream("go-v0.39.1-flags.txt")) {
            List<String[]> flags = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    flags.add(line.split("\\|", -1));
                }
            }
            return flags;
        }
    }
}

package dev.beads.cli.commands;

import dev.beads.cli.BdCommand;
import dev.beads.cli.Commands;
import dev.beads.core.error.InvalidInputException;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bd completion bash|zsh}: a shell completion script on stdout. */
@Command(
        name = "completion",
        description = {
            "Print a shell completion script.",
            "bash: source <(bd completion bash)    zsh: source <(bd completion zsh)"
        })
public final class CompletionCommand extends BdSubcommand {

    @Parameters(index = "0", paramLabel = "<bash|zsh>")
    String shell;

    @Override
    protected int execute() {
        String script = AutoComplete.bash("bd", Commands.full(new BdCommand(bd().env(), bd().sessions())));
        switch (shell.strip().toLowerCase(Locale.ROOT)) {
            case "bash" -> out().print(script);
            case "zsh" -> {
                // picocli's script works in zsh through bashcompinit.
                out().line("autoload -U +X compinit && compinit");
                out().line("autoload -U +X bashcompinit && bashcompinit");
                out().print(script);
            }
            default -> throw new InvalidInputException("unsupported shell \"" + shell + "\": use bash or zsh");
        }
        return 0;
    }
}

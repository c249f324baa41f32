package dev.beads.cli.commands;

import dev.beads.cli.BdCommand;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.Commands;
import dev.beads.core.error.InvalidInputException;
import java.util.Locale;
import picocli.AutoComplete;

/** {@code bd completion bash|zsh}: a shell completion script on stdout. */
public final class CompletionCommand extends BdSubcommand {
    public CompletionCommand() {
        super("completion");
        model.description(
                "Print a shell completion script.",
                "bash: source <(bd completion bash)    zsh: source <(bd completion zsh)");
    }

    final Arg<String> shell = model.positional("0", "<bash|zsh>").string();

    @Override
    protected int execute() {
        String script = AutoComplete.bash("bd", Commands.full(new BdCommand(bd().env(), bd().sessions())));
        switch (shell.get().strip().toLowerCase(Locale.ROOT)) {
            case "bash" -> out().print(script);
            case "zsh" -> {
                // picocli's script works in zsh through bashcompinit.
                out().line("autoload -U +X compinit && compinit");
                out().line("autoload -U +X bashcompinit && bashcompinit");
                out().print(script);
            }
            default -> throw new InvalidInputException("unsupported shell \"" + shell.get() + "\": use bash or zsh");
        }
        return 0;
    }
}

package dev.beads.cli;

import dev.beads.cli.session.DirectSessionFactory;

/** The {@code bd} process: runs the command line in-process and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CliEnvironment env = CliEnvironment.ofProcess();
        int code = new Cli(env, new DirectSessionFactory()).run(args);
        System.exit(code);
    }
}

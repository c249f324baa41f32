package dev.beads.cli;

import dev.beads.cli.session.AutoSessionFactory;
import dev.beads.cli.session.DaemonStarter;

/**
 * The {@code bd} process: runs the command line, through the workspace's daemon when one serves it (DESIGN §6),
 * else in-process, and exits with its code.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // picocli registers converters for java.sql types by loading them (Connection, DriverManager, ...): no
        // option of bd has such a type, and a command served by the daemon loads no JDBC class at all.
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*");
        CliEnvironment env = CliEnvironment.ofProcess();
        int code = new Cli(env, new AutoSessionFactory(BdVersion.version(), DaemonStarter.NONE, env.err())).run(args);
        System.exit(code);
    }
}

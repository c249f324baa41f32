package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.CliEnvironment;
import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bd mcp}: the MCP stdio server (module beads-mcp). The server and the SDK under it (Reactor, Jackson
 * databind) are not on {@code bd}'s class path: they are loaded from {@code mcp-lib/} beside the CLI's jar in a class
 * loader of their own, so no other command loads or even lists them (docs/DECISIONS.md). In tests, where the module
 * is on the class path, it is used from there.
 */
public final class McpCommand extends BdSubcommand {
    private static final String ENTRY = "dev.beads.mcp.BeadsMcp";

    public McpCommand() {
        super("mcp");
        model.description("Run the beads MCP server on stdio, for agents that speak the Model Context Protocol"
                + " (stdout is the protocol; messages go to stderr). It stops when the client closes stdin.");
    }

    @Override
    protected int execute() {
        CliEnvironment env = bd().env();
        Method run = entry();
        // The SDK finds its JSON mapper and schema validator with ServiceLoader through the context class loader.
        Thread.currentThread().setContextClassLoader(run.getDeclaringClass().getClassLoader());
        try {
            Object code = run.invoke(
                    null, new String[0], env.cwd(), env.env(), env.in(), env.out(), env.err(), BdVersion.version());
            return (Integer) code;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new BackendException("the MCP server failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new BackendException("cannot start the MCP server: " + e.getMessage(), e);
        }
    }

    private static Method entry() {
        Class<?> main = load();
        try {
            return main.getMethod(
                    "run",
                    String[].class,
                    Path.class,
                    Map.class,
                    InputStream.class,
                    OutputStream.class,
                    PrintStream.class,
                    String.class);
        } catch (NoSuchMethodException e) {
            throw new BackendException(
                    "the MCP server in " + libDir() + " is of another version: rebuild bd"
                            + " (./mvnw -pl beads-cli -am package)",
                    e);
        }
    }

    private static Class<?> load() {
        try {
            return Class.forName(ENTRY, true, McpCommand.class.getClassLoader());
        } catch (ClassNotFoundException notOnClassPath) {
            Path dir = libDir();
            try {
                ClassLoader loader = new URLClassLoader("beads-mcp", jars(dir), McpCommand.class.getClassLoader());
                return Class.forName(ENTRY, true, loader);
            } catch (ClassNotFoundException | IOException e) {
                throw new BackendException(
                        "the MCP server is not installed: " + dir + " has no beads-mcp; rebuild"
                                + " bd (./mvnw -pl beads-cli -am package)",
                        e);
            }
        }
    }

    /** {@code mcp-lib/} beside the directory or jar this class came from ({@code target/}). */
    private static Path libDir() {
        try {
            Path self = Path.of(McpCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return self.getParent().resolve("mcp-lib");
        } catch (URISyntaxException | RuntimeException e) {
            throw new BackendException("cannot find the MCP server beside bd: " + e.getMessage(), e);
        }
    }

    private static URL[] jars(Path dir) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : entries) {
                urls.add(jar.toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }
}

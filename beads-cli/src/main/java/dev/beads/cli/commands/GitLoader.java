package dev.beads.cli.commands;

import dev.beads.core.error.BackendException;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.VcsSync;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JGit for the commands that use git, from {@code git-lib/} beside the CLI's jar: JGit and resilience4j are not on
 * {@code bd}'s class path, where every start would open their jars (the JDK's service lookups scan every jar of
 * the class path; measured ~7 ms of CPU on a cold {@code bd ready}). The JGit adapter's classes ({@code Jgit*},
 * {@code NetworkRetry} in beads-adapters-git) are defined by this loader too, so that they link to JGit; everything
 * else (the core, the codec, the merge rules) comes from bd's own loader. When JGit is on the class path (tests),
 * the adapter is used from there.
 */
final class GitLoader {
    private static final String ENTRY = "dev.beads.adapters.git.JgitVcsSyncs";

    private GitLoader() {}

    /** {@code JgitVcsSyncs.open(jsonl, codec, backoff)}, through the loader that can link it. */
    @SuppressWarnings("unchecked")
    static Optional<VcsSync> open(Path jsonl, JsonlCodec codec, Duration backoff) {
        try {
            Class<?> entry = Class.forName(ENTRY, true, loader());
            return (Optional<VcsSync>) entry.getMethod("open", Path.class, JsonlCodec.class, Duration.class)
                    .invoke(null, jsonl, codec, backoff);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new BackendException("git failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new BackendException(
                    "git support is missing or of another version in " + libDir()
                            + ": rebuild bd (./mvnw -pl beads-cli -am package)",
                    e);
        }
    }

    private static ClassLoader loader() {
        ClassLoader own = GitLoader.class.getClassLoader();
        if (own.getResource("org/eclipse/jgit/lib/Repository.class") != null) {
            return own;
        }
        Path dir = libDir();
        try {
            List<URL> urls = new ArrayList<>();
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
                for (Path jar : jars) {
                    urls.add(jar.toUri().toURL());
                }
            }
            urls.add(Path.of(own.loadClass("dev.beads.adapters.git.JsonlCodecs")
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toUri()
                    .toURL());
            return new AdapterFirst(urls.toArray(new URL[0]), own);
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new BackendException(
                    "git support is not installed: " + dir + " cannot be read; rebuild bd"
                            + " (./mvnw -pl beads-cli -am package)",
                    e);
        }
    }

    /** {@code git-lib/} beside the directory or jar this class came from ({@code target/}). */
    private static Path libDir() {
        try {
            Path self = Path.of(GitLoader.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return self.getParent().resolve("git-lib");
        } catch (URISyntaxException e) {
            throw new BackendException("cannot locate bd's jar: " + e.getMessage(), e);
        }
    }

    /** Defines the JGit adapter's classes itself (they must link to JGit, which only this loader sees). */
    private static final class AdapterFirst extends URLClassLoader {
        AdapterFirst(URL[] urls, ClassLoader parent) {
            super("beads-git", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.beads.adapters.git.Jgit")
                    && !name.startsWith("dev.beads.adapters.git.NetworkRetry")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}

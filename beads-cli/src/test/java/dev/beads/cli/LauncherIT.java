package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/bd}: JDK discovery and the AOT cache. */
class LauncherIT {
    @TempDir
    Path tmp;

    private Path bd() throws Exception {
        return Launcher.binDir(tmp).resolve("bd");
    }

    @Test
    void findsAJdk_withoutJavaHome_andIgnoresOneOlderThan21() throws Exception {
        Map<String, String> env = Launcher.environment(tmp);
        env.remove("JAVA_HOME");
        env.put("PATH", Launcher.binDir(tmp) + ":/usr/bin:/bin");
        ProcessRun plain = ProcessRun.of(List.of(bd().toString(), "version"), tmp, env, 120);
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.stdout()).startsWith("bd version ");
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        if (Files.isDirectory(jdk17)) {
            env.put("JAVA_HOME", jdk17.toString());
            ProcessRun old = ProcessRun.of(List.of(bd().toString(), "version"), tmp, env, 120);
            assertThat(old.exitCode()).as(old.toString()).isZero();
        }
    }

    @Test
    void onJdk25_trainsAnAotCacheOnce_andLaterRunsLoadClassesFromIt() throws Exception {
        assumeThat(Runtime.version().feature()).as("AOT cache needs JDK 25+").isGreaterThanOrEqualTo(25);
        Path target = Launcher.repoRoot().resolve("beads-cli/target");
        // One cache per JDK build, named after the release file's JAVA_VERSION (bin/bd reads it, not the JVM).
        Path aot = target.resolve("bd-" + javaVersion() + ".aot");
        Files.deleteIfExists(aot);
        Map<String, String> env = Launcher.environment(tmp);
        env.remove("BD_AOT");
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        ProcessRun first = ProcessRun.of(List.of(bd().toString(), "init", "--prefix", "aot"), ws, env, 120);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (!Files.exists(aot) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(aot).as("the background training wrote the cache").exists();
        assertThat(Files.getLastModifiedTime(aot)).isGreaterThan(jarTime(target));
        Path log = tmp.resolve("classes.log");
        env.put("BD_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        ProcessRun ready = ProcessRun.of(List.of(bd().toString(), "--no-daemon", "ready", "--json"), ws, env, 120);
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        assertThat(ready.stdout().strip()).isEqualTo("[]");
        String loaded = Files.readString(log);
        assertThat(loaded).contains("dev.beads.cli.Cli source: shared objects file");
        assertThat(loaded).contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void withoutTheAotCache_theJdksArchivedModuleGraphIsUsed_andNativeAccessIsGrantedWithoutAWarning()
            throws Exception {
        assumeThat(Runtime.version().feature())
                .as("native access warnings start with JDK 24")
                .isGreaterThanOrEqualTo(24);
        Map<String, String> env = Launcher.environment(tmp);
        env.put("BD_AOT", "0");
        Path ws = Files.createDirectories(tmp.resolve("plain"));
        ProcessRun init = ProcessRun.of(List.of(bd().toString(), "init", "--prefix", "nat"), ws, env, 120);
        assertThat(init.exitCode()).as(init.toString()).isZero();
        Path log = tmp.resolve("cds.log");
        env.put("BD_JAVA_OPTS", "-Xlog:cds=info:file=" + log);
        ProcessRun ready = ProcessRun.of(List.of(bd().toString(), "--no-daemon", "ready", "--json"), ws, env, 120);
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        // sqlite-jdbc loaded its native library: the jar's manifest granted native access, so the JDK printed no
        // warning; and no --enable-native-access flag turned off the archived module graph (~4 ms of a start).
        assertThat(ready.stderr()).doesNotContain("WARNING");
        assertThat(Files.readString(log)).contains("full module graph: enabled");
    }

    @Test
    void everyJarBdRuns_isStored_notDeflated() throws Exception {
        Path target = Launcher.repoRoot().resolve("beads-cli/target");
        List<Path> jars = new java.util.ArrayList<>();
        jars.add(jarOf(target));
        try (var listing = Files.list(target.resolve("lib"))) {
            listing.filter(p -> p.toString().endsWith(".jar")).forEach(jars::add);
        }
        assertThat(jars).hasSizeGreaterThan(5);
        for (Path jar : jars) {
            try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                // A cold bd loads ~500 classes from these jars; inflating them was ~10 ms of its start.
                assertThat(zip.stream().filter(e -> e.getMethod() != java.util.zip.ZipEntry.STORED))
                        .as(jar.getFileName() + " entries that are compressed")
                        .isEmpty();
            }
        }
    }

    @Test
    void theJarsClassPath_holdsWhatTheInProcessCliRuns_andNoDependencyInjectionDatabindOrMcp() throws Exception {
        Path target = Launcher.repoRoot().resolve("beads-cli/target");
        String classPath;
        try (var jar = new java.util.jar.JarFile(jarOf(target).toFile())) {
            classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
        }

        assertThat(classPath.split(" "))
                .allSatisfy(entry -> assertThat(Files.isRegularFile(target.resolve(entry)))
                        .as(entry)
                        .isTrue())
                .anySatisfy(entry -> assertThat(entry).contains("sqlite-jdbc"))
                .noneSatisfy(entry ->
                        assertThat(entry).containsAnyOf("guice", "guava", "jackson-databind", "mcp", "reactor"));
    }

    private static String javaVersion() throws Exception {
        return Files.readAllLines(Path.of(System.getProperty("java.home"), "release")).stream()
                .filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
                .findFirst()
                .orElseThrow();
    }

    private static FileTime jarTime(Path target) throws Exception {
        return Files.getLastModifiedTime(jarOf(target));
    }

    private static Path jarOf(Path target) throws Exception {
        try (var jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().matches("beads-cli-.*\\.jar"))
                    .filter(p -> !p.toString().endsWith("-tests.jar")
                            && !p.toString().endsWith("-sources.jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}

package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN §6's socket path rule, the one function server and client share. */
class SocketPathsTest {
    @TempDir
    Path dir;

    @Test
    void aShortWorkspacePath_usesBdSockInBeads() {
        Path beads = Path.of("/home/a/project/.beads");
        assertThat(SocketPaths.forWorkspace(beads, Map.of())).isEqualTo(beads.resolve("bd.sock"));
    }

    @Test
    void aLongWorkspacePath_fallsBackToAShortPath_theSameEachTime() {
        Path beads = Path.of("/home/a/" + "deep/".repeat(30) + ".beads");
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", "/run/user/1000");
        Path socket = SocketPaths.forWorkspace(beads, env);
        assertThat(socket.toString()).startsWith("/run/user/1000/beads-").endsWith(".sock");
        assertThat(socket.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(100);
        assertThat(SocketPaths.forWorkspace(beads, env)).isEqualTo(socket);
        assertThat(SocketPaths.forWorkspace(Path.of("/home/a/" + "deep/".repeat(31) + ".beads"), env))
                .isNotEqualTo(socket);
        assertThat(SocketPaths.isShortPath(socket)).isTrue();
    }

    @Test
    void withoutARuntimeDir_theShortPathIsUnderTheTempDir() {
        Path beads = Path.of("/home/a/" + "deep/".repeat(30) + ".beads");
        assertThat(SocketPaths.forWorkspace(beads, Map.of("TMPDIR", "/var/tmp")).toString())
                .startsWith("/var/tmp/beads-");
    }

    @Test
    void beadsSocketPath_overrides() {
        assertThat(SocketPaths.forWorkspace(Path.of("/w/.beads"), Map.of("BEADS_SOCKET_PATH", "/tmp/x.sock")))
                .isEqualTo(Path.of("/tmp/x.sock"));
    }

    @Test
    void thePrivateDirectory_isCreatedOwnerOnly() throws IOException {
        Path d = dir.resolve("beads-1000");
        SocketPaths.preparePrivateDirectory(d);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
                .isEqualTo("rwx------");
        SocketPaths.preparePrivateDirectory(d); // an existing private one is fine
    }

    @Test
    void aDirectoryOpenToOthers_isRefused() throws IOException {
        Path d = Files.createDirectory(dir.resolve("beads-1000"));
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> SocketPaths.preparePrivateDirectory(d))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("open to other users")
                .hasMessageContaining("chmod 700");
    }

    @Test
    void aSymlinkInsteadOfTheDirectory_isRefused() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path d = Files.createSymbolicLink(dir.resolve("beads-1000"), real);
        assertThatThrownBy(() -> SocketPaths.preparePrivateDirectory(d))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("not a directory");
    }
}

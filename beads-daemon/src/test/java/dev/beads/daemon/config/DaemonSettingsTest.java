package dev.beads.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonSettingsTest {
    @TempDir
    Path beads;

    private void yaml(String text) throws IOException {
        Files.writeString(beads.resolve("config.yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void givenNothing_everyKeyIsItsDefault() {
        DaemonSettings s = DaemonSettings.of(beads, Map.of());
        assertThat(s.autoStart()).isTrue();
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofHours(3));
        assertThat(s.syncInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.maxBatchSize()).isEqualTo(100);
        assertThat(s.logLevel()).isEqualTo("info");
        assertThat(s.all()).hasSize(DaemonKey.values().length).allSatisfy(setting -> {
            assertThat(setting.source()).isEqualTo(SettingSource.DEFAULT);
            assertThat(setting.origin()).isEmpty();
        });
    }

    @Test
    void layers_flagBeatsEnvironmentBeatsConfigYamlBeatsDefault() throws IOException {
        yaml("daemon:\n  idle_timeout: 10m\n  sync_interval: 7s\n  log_level: debug\n");
        Map<String, String> env = Map.of("BEADS_DAEMON_IDLE_TIMEOUT", "20m", "BEADS_SYNC_INTERVAL", "9");
        DaemonSettings s = DaemonSettings.of(beads, env, Map.of("--idle-timeout", "30m"));

        assertThat(s.get(DaemonKey.IDLE_TIMEOUT))
                .isEqualTo(new Setting("daemon.idle_timeout", "30m", SettingSource.FLAG, "--idle-timeout"));
        assertThat(s.get(DaemonKey.SYNC_INTERVAL))
                .isEqualTo(new Setting("daemon.sync_interval", "9", SettingSource.ENVIRONMENT, "BEADS_SYNC_INTERVAL"));
        assertThat(s.syncInterval()).isEqualTo(Duration.ofSeconds(9)); // a plain number is seconds
        assertThat(s.get(DaemonKey.LOG_LEVEL).source()).isEqualTo(SettingSource.CONFIG_YAML);
        assertThat(s.get(DaemonKey.LOG_LEVEL).origin())
                .isEqualTo(beads.resolve("config.yaml").toString());
        assertThat(s.logLevel()).isEqualTo("debug");
        assertThat(s.get(DaemonKey.MAX_BATCH_SIZE).source()).isEqualTo(SettingSource.DEFAULT);
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void autoStart_fromEnvironment_thenYaml_thenGoBdsFlatKey() throws IOException {
        yaml("daemon:\n  auto_start: false\n");
        assertThat(DaemonSettings.of(beads, Map.of()).autoStart()).isFalse();
        assertThat(DaemonSettings.of(beads, Map.of("BEADS_AUTO_START_DAEMON", "true"))
                        .autoStart())
                .isTrue();
        yaml("auto-start-daemon: false\n"); // what Go bd's viper reads
        assertThat(DaemonSettings.of(beads, Map.of()).autoStart()).isFalse();
        yaml("daemon: {auto_start: true}\nauto-start-daemon: false\n"); // ours first
        assertThat(DaemonSettings.of(beads, Map.of()).autoStart()).isTrue();
    }

    @Test
    void idleTimeoutZero_meansNever() throws IOException {
        yaml("daemon:\n  idle_timeout: 0\n");
        assertThat(DaemonSettings.of(beads, Map.of()).idleTimeout()).isZero();
    }

    @Test
    void badValues_nameTheirSourceAndWhatToUse() throws IOException {
        yaml("daemon:\n  idle_timeout: soon\n");
        assertThatThrownBy(() -> DaemonSettings.of(beads, Map.of()).idleTimeout())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("daemon.idle_timeout: soon in " + beads.resolve("config.yaml"))
                .hasMessageContaining("30s, 10m or 3h");
        assertThatThrownBy(() -> DaemonSettings.of(beads, Map.of("BEADS_AUTO_START_DAEMON", "maybe"))
                        .autoStart())
                .hasMessage("BEADS_AUTO_START_DAEMON=maybe is not valid: use true or false");
        assertThatThrownBy(() -> DaemonSettings.of(beads, Map.of(), Map.of("--max-batch-size", "0"))
                        .maxBatchSize())
                .hasMessage("--max-batch-size 0 is not valid: use a whole number of 1 or more");
        assertThatThrownBy(() -> DaemonSettings.of(beads, Map.of(), Map.of("--idle-timeout", "-1h"))
                        .idleTimeout())
                .hasMessageContaining("a duration of 0 or more");
    }

    @Test
    void aBadValueOfOneKey_doesNotStopTheOthers() throws IOException {
        yaml("daemon:\n  idle_timeout: soon\n  auto_start: false\n");
        assertThat(DaemonSettings.of(beads, Map.of()).autoStart()).isFalse();
    }

    @Test
    void brokenYaml_isAProblem_andTheOtherLayersStillApply() throws IOException {
        yaml("daemon:\n  auto_start: [unclosed\n");
        DaemonSettings s = DaemonSettings.of(beads, Map.of("BEADS_DAEMON_IDLE_TIMEOUT", "1m"));
        assertThat(s.problem())
                .contains(beads.resolve("config.yaml").toString())
                .contains("not valid YAML");
        assertThat(s.autoStart()).isTrue();
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aTopLevelList_isAProblem() throws IOException {
        yaml("- a\n- b\n");
        assertThat(DaemonSettings.of(beads, Map.of()).problem()).contains("not a mapping");
    }

    @Test
    void otherKeysOfTheFile_areLeftAlone() throws IOException {
        yaml("issue-prefix: bd\nsync:\n  branch: beads-sync\nlabels: [a, b]\ndaemon:\n  auto_push: yes\n");
        DaemonSettings s = DaemonSettings.of(beads, Map.of());
        assertThat(s.problem()).isNull();
        assertThat(s.autoPush()).isTrue();
        assertThat(ConfigYaml.read(beads).values())
                .containsEntry("sync.branch", "beads-sync")
                .containsEntry("daemon.auto_push", "yes")
                .doesNotContainKey("labels");
    }

    @Test
    void theFileBdInitWrites_isOnlyComments() {
        String init = "# beads configuration (committed).\n# daemon:\n#   auto_start: true\n\n   # indented\n";
        assertThat(ConfigYaml.onlyComments(init.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(ConfigYaml.onlyComments("# x\ndaemon:\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(ConfigYaml.onlyComments("a: 1 # x\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void aMissingFile_isNoProblem() {
        assertThat(ConfigYaml.read(beads.resolve("nowhere")).problem()).isNull();
    }
}

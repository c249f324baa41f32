package dev.beads.daemon.config;

/**
 * The daemon's configuration keys (DESIGN §6), each with its default, its environment variable and its flag on
 * {@code bd daemon start|run}. Go bd's names are used where Go has them ({@code BEADS_AUTO_START_DAEMON},
 * {@code BEADS_SYNC_INTERVAL}, {@code --interval}, {@code --auto-commit}, …); the others are ours.
 */
public enum DaemonKey {
    AUTO_START("daemon.auto_start", "true", "BEADS_AUTO_START_DAEMON", null, "auto-start-daemon"),
    SYNC_INTERVAL("daemon.sync_interval", "5s", "BEADS_SYNC_INTERVAL", "--interval", null),
    FILE_WATCH("daemon.file_watch", "true", "BEADS_DAEMON_FILE_WATCH", "--file-watch", null),
    LOG_LEVEL("daemon.log_level", "info", "BEADS_DAEMON_LOG_LEVEL", "--log-level", null),
    MAX_BATCH_SIZE("daemon.max_batch_size", "100", "BEADS_DAEMON_MAX_BATCH_SIZE", "--max-batch-size", null),
    AUTO_COMMIT("daemon.auto_commit", "true", "BEADS_DAEMON_AUTO_COMMIT", "--auto-commit", null),
    AUTO_PUSH("daemon.auto_push", "false", "BEADS_DAEMON_AUTO_PUSH", "--auto-push", null),
    AUTO_PULL("daemon.auto_pull", "false", "BEADS_AUTO_PULL", "--auto-pull", null),
    IDLE_TIMEOUT("daemon.idle_timeout", "3h", "BEADS_DAEMON_IDLE_TIMEOUT", "--idle-timeout", null);

    private final String key;
    private final String defaultValue;
    private final String environment;
    private final String flag;
    private final String goYamlKey;

    DaemonKey(String key, String defaultValue, String environment, String flag, String goYamlKey) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.environment = environment;
        this.flag = flag;
        this.goYamlKey = goYamlKey;
    }

    /** The config.yaml key, dotted ({@code daemon.auto_start} is {@code daemon: {auto_start: …}}). */
    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The environment variable that sets it. */
    public String environment() {
        return environment;
    }

    /** The flag of {@code bd daemon start|run} that sets it, or null (auto_start has none: it is the client's). */
    public String flag() {
        return flag;
    }

    /**
     * Go bd's flat config.yaml key for the same setting (viper's {@code auto-start-daemon}), read after ours, or
     * null.
     */
    String goYamlKey() {
        return goYamlKey;
    }
}

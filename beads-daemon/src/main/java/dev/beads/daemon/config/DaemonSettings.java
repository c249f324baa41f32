package dev.beads.daemon.config;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.GoDuration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The daemon's effective settings, layered flag &gt; environment &gt; {@code .beads/config.yaml} &gt; default
 * (DESIGN §6). Each value is resolved when asked for, and config.yaml is read only when a flag or the environment
 * does not decide: {@code bd} asks {@link #autoStart()} on every call, which costs an environment lookup when
 * {@code BEADS_AUTO_START_DAEMON} is set and a small file read otherwise (the YAML library loads only for a file
 * with something in it besides comments).
 *
 * <p>Not thread-safe (config.yaml is read once, on first need); its values are immutable text.
 */
public final class DaemonSettings {
    private final Path beadsDir;
    private final Map<String, String> env;
    private final Map<String, String> flags;
    private ConfigYaml.Values yaml;

    private DaemonSettings(Path beadsDir, Map<String, String> env, Map<String, String> flags) {
        this.beadsDir = beadsDir;
        this.env = env;
        this.flags = flags;
    }

    /**
     * The settings of the workspace whose {@code .beads} is {@code beadsDir}.
     *
     * @param env the process environment
     * @param flags values given on the command line, by flag name ({@code --idle-timeout} → {@code "10m"})
     */
    public static DaemonSettings of(Path beadsDir, Map<String, String> env, Map<String, String> flags) {
        return new DaemonSettings(beadsDir, env, flags);
    }

    /** The settings without flags (the client's view, and {@code bd info}'s). */
    public static DaemonSettings of(Path beadsDir, Map<String, String> env) {
        return new DaemonSettings(beadsDir, env, Map.of());
    }

    /** The effective value of {@code key} and where it came from. */
    public Setting get(DaemonKey key) {
        String flag = key.flag() == null ? null : flags.get(key.flag());
        if (flag != null) {
            return new Setting(key.key(), flag, SettingSource.FLAG, key.flag());
        }
        String fromEnv = env.get(key.environment());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Setting(key.key(), fromEnv.strip(), SettingSource.ENVIRONMENT, key.environment());
        }
        ConfigYaml.Values file = yaml();
        String fromFile = file.values().get(key.key());
        if (fromFile == null && key.goYamlKey() != null) {
            fromFile = file.values().get(key.goYamlKey());
        }
        if (fromFile != null) {
            return new Setting(
                    key.key(),
                    fromFile.strip(),
                    SettingSource.CONFIG_YAML,
                    file.path().toString());
        }
        return new Setting(key.key(), key.defaultValue(), SettingSource.DEFAULT, "");
    }

    /** Every key's effective setting, in {@link DaemonKey}'s order (for {@code bd info --json}). */
    public List<Setting> all() {
        List<Setting> all = new ArrayList<>();
        for (DaemonKey key : DaemonKey.values()) {
            all.add(get(key));
        }
        return all;
    }

    /** Why config.yaml could not be read, or null: the caller warns once, the other layers still apply. */
    public String problem() {
        return yaml().problem();
    }

    /** {@code daemon.auto_start}: whether a {@code bd} that finds no daemon starts one. */
    public boolean autoStart() {
        return bool(DaemonKey.AUTO_START);
    }

    /** {@code daemon.idle_timeout}: how long the daemon may go unused before it stops; zero for never. */
    public Duration idleTimeout() {
        return duration(DaemonKey.IDLE_TIMEOUT);
    }

    /** {@code daemon.sync_interval}: how long mutations are batched before an auto-sync. */
    public Duration syncInterval() {
        return duration(DaemonKey.SYNC_INTERVAL);
    }

    public boolean fileWatch() {
        return bool(DaemonKey.FILE_WATCH);
    }

    public boolean autoCommit() {
        return bool(DaemonKey.AUTO_COMMIT);
    }

    public boolean autoPush() {
        return bool(DaemonKey.AUTO_PUSH);
    }

    public boolean autoPull() {
        return bool(DaemonKey.AUTO_PULL);
    }

    /** {@code daemon.max_batch_size}: mutations that flush a batch before its interval ends. */
    public int maxBatchSize() {
        Setting s = get(DaemonKey.MAX_BATCH_SIZE);
        try {
            int n = Integer.parseInt(s.value());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw invalid(s, "a whole number of 1 or more");
    }

    /** {@code daemon.log_level}: debug, info, warn or error. */
    public String logLevel() {
        Setting s = get(DaemonKey.LOG_LEVEL);
        String level = s.value().toLowerCase(Locale.ROOT);
        return switch (level) {
            case "debug", "info", "warn", "error" -> level;
            case "warning" -> "warn";
            default -> throw invalid(s, "one of debug, info, warn, error");
        };
    }

    private boolean bool(DaemonKey key) {
        Setting s = get(key);
        return switch (s.value().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw invalid(s, "true or false");
        };
    }

    private Duration duration(DaemonKey key) {
        Setting s = get(key);
        String text = s.value();
        Duration d;
        try {
            d = isDigits(text) ? Duration.ofSeconds(Long.parseLong(text)) : GoDuration.parse(key.key(), text);
        } catch (InvalidInputException | NumberFormatException e) {
            throw invalid(s, "a duration such as 30s, 10m or 3h (a plain number is seconds)");
        }
        if (d.isNegative()) {
            throw invalid(s, "a duration of 0 or more");
        }
        return d;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(Setting s, String expected) {
        String where = switch (s.source()) {
            case FLAG -> s.origin() + " " + s.value();
            case ENVIRONMENT -> s.origin() + "=" + s.value();
            case CONFIG_YAML -> s.key() + ": " + s.value() + " in " + s.origin();
            case DEFAULT -> s.key() + " " + s.value();
        };
        return new InvalidInputException(where + " is not valid: use " + expected);
    }

    private ConfigYaml.Values yaml() {
        if (yaml == null) {
            yaml = ConfigYaml.read(beadsDir);
        }
        return yaml;
    }
}

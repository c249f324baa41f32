package dev.beads.daemon.config;

import java.util.Objects;

/**
 * One effective daemon setting and where it came from.
 *
 * @param key the config.yaml key ({@code daemon.idle_timeout})
 * @param value its text, as the source gave it (the default's text for a default)
 * @param source which layer gave it
 * @param origin the flag, environment variable or file that gave it ({@code --idle-timeout},
 *     {@code BEADS_DAEMON_IDLE_TIMEOUT}, the config.yaml path); empty for a default
 */
public record Setting(String key, String value, SettingSource source, String origin) {
    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}

package dev.beads.daemon.config;

/** Where an effective daemon setting came from, most specific first (DESIGN §6). */
public enum SettingSource {
    FLAG("flag"),
    ENVIRONMENT("env"),
    CONFIG_YAML("config.yaml"),
    DEFAULT("default");

    private final String label;

    SettingSource(String label) {
        this.label = label;
    }

    /** The name {@code bd info --json} shows. */
    public String label() {
        return label;
    }
}

package dev.beads.cli.output;

/** ANSI colours for people at a terminal; every method returns the text unchanged when colour is off. */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public String green(String s) {
        return paint("32", s);
    }

    public String red(String s) {
        return paint("31", s);
    }

    public String yellow(String s) {
        return paint("33", s);
    }

    public String cyan(String s) {
        return paint("36", s);
    }

    public String bold(String s) {
        return paint("1", s);
    }

    public String muted(String s) {
        return paint("90", s);
    }

    private String paint(String code, String s) {
        return enabled ? "\u001b[" + code + "m" + s + RESET : s;
    }
}

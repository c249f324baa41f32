package dev.beads.mcp;

import dev.beads.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tool call's arguments, read by name and type; a value of the wrong type is bad input, named in the message. */
final class Args {
    private final Map<String, Object> raw;

    Args(Map<String, Object> raw) {
        this.raw = raw == null ? Map.of() : raw;
    }

    boolean has(String name) {
        return raw.get(name) != null;
    }

    /** The string, or null when absent. */
    String string(String name) {
        Object value = raw.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(name, "a string", value);
    }

    String string(String name, String fallback) {
        String value = string(name);
        return value == null ? fallback : value;
    }

    /** A string that must be there and not blank. */
    String required(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("parameter " + name + " is required");
        }
        return value;
    }

    /** The integer, or null when absent. A JSON number with a fraction is not one. */
    Integer integer(String name) {
        Object value = raw.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        throw wrongType(name, "an integer", value);
    }

    int integer(String name, int fallback) {
        Integer value = integer(name);
        return value == null ? fallback : value;
    }

    /** An integer within {@code [min, max]}, as beads-mcp's parameter models bound them. */
    Integer bounded(String name, Integer fallback, int min, int max) {
        Integer value = integer(name);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidInputException(
                    "parameter " + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    boolean bool(String name, boolean fallback) {
        Object value = raw.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "true or false", value);
    }

    /** A list of strings (empty when absent); a single string counts as a list of one. */
    List<String> strings(String name) {
        Object value = raw.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw wrongType(name, "a list of strings", value);
                }
                out.add(s);
            }
            return out;
        }
        throw wrongType(name, "a list of strings", value);
    }

    private static InvalidInputException wrongType(String name, String expected, Object value) {
        return new InvalidInputException("parameter " + name + " must be " + expected + ", got " + value);
    }
}

package dev.beads.adapters.rpc.json;

/** A frame that is not one well-formed JSON value (JSON-RPC's parse error, -32700). */
public final class JsonSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonSyntaxException(String message) {
        super(message);
    }
}

package dev.beads.adapters.rpc.wire;

/** Params of the wrong shape for their method (JSON-RPC's -32602); the message names the param. */
public final class InvalidParamsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidParamsException(String message) {
        super(message);
    }
}

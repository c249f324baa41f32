package dev.beads.adapters.rpc.protocol;

import dev.beads.core.error.BackendException;

/** A request the daemon did not finish within its time limit ({@code data.type} {@code timeout}). */
public final class RpcTimeoutException extends BackendException {
    private static final long serialVersionUID = 1L;

    public RpcTimeoutException(String message) {
        super(message);
    }
}

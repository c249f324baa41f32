package dev.beads.adapters.rpc.server;

/**
 * Counts requests between being read and being answered, so a stopping server can wait for exactly those and
 * refuse the ones that arrive after. Thread-safe.
 */
public final class RequestGate {
    private int inFlight;
    private boolean closed;

    /** Lets a request in, or returns false once the gate is closed (then it is refused). */
    public synchronized boolean enter() {
        if (closed) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** A request entered is answered. */
    public synchronized void leave() {
        inFlight--;
        notifyAll();
    }

    /** Closes the gate and waits up to {@code millis} for the requests inside; true when none is left. */
    public synchronized boolean closeAndAwait(long millis) throws InterruptedException {
        closed = true;
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (inFlight > 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}

package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.protocol.Outgoing;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Sends one subscribed connection's notifications from a thread of its own, so a client that reads slowly never
 * holds up the thread that published the change (the one that committed it). A client so far behind that
 * {@link #CAPACITY} notifications wait for it loses its subscription (its connection is closed: it must resync).
 */
final class NotificationSender {
    static final int CAPACITY = 10_000;

    private final BlockingQueue<Outgoing.Notify> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Conversation conversation;
    private final Runnable onOverflow;
    private final Thread thread;

    NotificationSender(Conversation conversation, Runnable onOverflow, String name) {
        this.conversation = conversation;
        this.onOverflow = onOverflow;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void offer(Outgoing.Notify n) {
        if (!queue.offer(n)) {
            onOverflow.run();
        }
    }

    private void run() {
        try {
            while (true) {
                conversation.send(queue.take());
            }
        } catch (InterruptedException | IOException e) {
            // the connection ends
        }
    }

    void stop() {
        thread.interrupt();
    }
}

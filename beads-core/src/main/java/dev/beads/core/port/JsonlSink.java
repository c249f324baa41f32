package dev.beads.core.port;

import dev.beads.core.model.Issue;

/**
 * Receives a JSONL document line by line, in file order, while {@link JsonlCodec#readDocument(java.io.InputStream,
 * String, JsonlSink, java.util.function.LongConsumer)} parses it: an import stores what it has received before the
 * rest of the file is read, so its memory does not grow with the file.
 *
 * <p>Called on the thread that started the read, one call at a time. A failure thrown by a call ends the read and
 * comes out of it unchanged.
 */
public interface JsonlSink {

    /**
     * An issue (a line with an {@code id} and no {@code _type} other than {@code issue}).
     *
     * @param line the line it is on, from 1
     * @param text the line's text without its line break, exactly as read
     */
    void issue(Issue issue, int line, String text);

    /** A record that is not an issue, with its line and its text as read (DESIGN §3). */
    void record(JsonlDocument.Verbatim record);
}

package dev.beads.adapters.rpc.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-delimited frames with a size limit. A frame longer than the limit is never held in memory: the
 * reader stops at the limit and reports {@link FrameTooLargeException} (the connection is then closed, so the
 * rest of it is never read). Not thread-safe: one reader per connection.
 */
public final class FrameReader {
    /** DESIGN §5: 16 MiB by default. */
    public static final int DEFAULT_LIMIT = 16 * 1024 * 1024;

    private final InputStream in;
    private final int limit;
    private final byte[] chunk = new byte[8192];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1024];

    public FrameReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * The next frame without its {@code \n} (and without a {@code \r} before it), or null at the end of the stream.
     * A last line without a newline is a frame too.
     *
     * @throws FrameTooLargeException when the frame exceeds the limit
     */
    public byte[] next() throws IOException {
        int len = 0;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    return len == 0 ? null : trimmed(len);
                }
            }
            int start = chunkPos;
            while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            int n = chunkPos - start;
            if ((long) len + n > limit) {
                throw new FrameTooLargeException(limit);
            }
            if (len + n > line.length) {
                line = Arrays.copyOf(line, Math.min(limit, Math.max(len + n, line.length * 2)));
            }
            System.arraycopy(chunk, start, line, len, n);
            len += n;
            if (chunkPos < chunkLen) {
                chunkPos++; // the newline
                return trimmed(len);
            }
        }
    }

    private byte[] trimmed(int len) {
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        byte[] frame = Arrays.copyOf(line, len);
        if (line.length > 64 * 1024) {
            line = new byte[1024]; // give a big frame's buffer back
        }
        return frame;
    }

    /** A frame over the limit; the message says what to do. */
    public static final class FrameTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        public FrameTooLargeException(int limit) {
            super("message over the frame limit of " + limit + " bytes: the connection is closed; send smaller"
                    + " messages (one JSON-RPC message per line)");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }
}

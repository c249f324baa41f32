package dev.beads.core.service;

import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.IdGenerator;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Go bd's hash ids ({@code generateHashID} in {@code internal/storage/sqlite/ids.go}): SHA-256 of
 * {@code title|description|actor|createdAtUnixNanos|nonce}; the first 2 to 5 bytes of the digest (by length) read as
 * a big-endian number, written in lowercase base36, left-padded with zeros and cut to its last {@code length}
 * digits. The same inputs give the same id as Go bd. Stateless and thread-safe.
 */
public final class HashIdGenerator implements IdGenerator {
    private static final char[] BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    /**
     * Looks up the JDK's SHA-256 implementation, which the first id of a process otherwise pays for (~10 ms of
     * provider set-up in a cold JVM). For a caller that has an idle thread before its first create; never needed.
     */
    public static void prepare() {
        sha256(new byte[0]);
    }

    @Override
    public IssueId propose(
            String prefix,
            String title,
            String description,
            String actor,
            OffsetDateTime createdAt,
            int nonce,
            int length) {
        if (length < IdLength.MIN || length > IdLength.MAX) {
            throw new IllegalArgumentException("hash length must be 3 to 8, got " + length);
        }
        String content = title + "|" + description + "|" + actor + "|" + Timestamps.epochNanos(createdAt) + "|" + nonce;
        byte[] digest = sha256(content.getBytes(StandardCharsets.UTF_8));
        return IssueId.of(prefix + "-" + base36(Arrays.copyOf(digest, bytesFor(length)), length));
    }

    /** How many digest bytes Go bd feeds into an id of {@code length} characters. */
    static int bytesFor(int length) {
        return switch (length) {
            case 3 -> 2;
            case 4 -> 3;
            case 5, 6 -> 4;
            default -> 5;
        };
    }

    /** Base36 of the unsigned big-endian number in {@code data}: zero-padded, keeping the last {@code length}. */
    static String base36(byte[] data, int length) {
        BigInteger number = new BigInteger(1, data);
        StringBuilder digits = new StringBuilder();
        BigInteger base = BigInteger.valueOf(BASE36.length);
        while (number.signum() > 0) {
            BigInteger[] qr = number.divideAndRemainder(base);
            digits.append(BASE36[qr[1].intValue()]);
            number = qr[0];
        }
        while (digits.length() < length) {
            digits.append('0');
        }
        return digits.reverse().substring(digits.length() - length);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package io.oversight.report.pdf;

import io.oversight.deployment.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The "randomness" OpenPDF draws font-subset tags from ({@code ABCDEF+LiberationSans}). The tags
 * only have to differ between different subsets in one file, and a report is a record that must
 * come out byte for byte the same, so they are drawn from a hash chain over the document's seed.
 * Only {@link #nextDouble()} is used by OpenPDF for the tags; nothing here is used for security.
 */
final class SeededRandom extends SecureRandom {

    private final byte[] seed;
    private long counter;

    SeededRandom(byte[] seed) {
        this.seed = seed.clone();
    }

    @Override
    public synchronized double nextDouble() {
        MessageDigest sha = Sha256.digest();
        sha.update(seed);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
        long bits = ByteBuffer.wrap(sha.digest()).getLong() >>> 11;
        return bits * 0x1.0p-53;
    }

    static SeededRandom of(String text) {
        return new SeededRandom(text.getBytes(StandardCharsets.UTF_8));
    }
}

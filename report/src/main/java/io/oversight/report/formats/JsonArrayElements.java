package io.oversight.report.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the elements of a long array of a document {@link JsonOutput#open} writes, rendered in
 * chunks on every core and spliced into the stream in order, byte for byte as one generator would
 * have written them. A check of 10,000 badly governed agents writes 88,000 findings, about 100 MB;
 * written by one thread, that took a fifth of the run.
 *
 * <p>The caller opens the array with its generator, flushes it, calls {@link #write}, and closes
 * the array with the same generator: Jackson's default pretty printer closes an array the same way
 * whether it counted the elements or not.
 */
public final class JsonArrayElements {

    /** Elements per chunk: large enough that a chunk outweighs handing it over, small enough to keep few bytes waiting. */
    static final int CHUNK = 256;

    /** What the pretty printer writes between two values of an array. */
    private static final byte[] ELEMENT_SEPARATOR = {',', ' '};

    /** Writes one element with the generator it is given. */
    @FunctionalInterface
    public interface Element<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private JsonArrayElements() {
    }

    /**
     * Writes {@code items} to {@code out} as the elements of an array whose values stand
     * {@code depth} objects deep in the document, with {@code element}.
     */
    public static <T> void write(List<T> items, int depth, Element<T> element, OutputStream out) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        // What the pretty printer writes before an array's first value.
        out.write(' ');
        // Buffers written out are used again: a fresh one per chunk was a twelfth of all a large check allocated.
        Queue<ByteArrayOutputStream> spent = new ConcurrentLinkedQueue<>();
        int chunks = (items.size() + CHUNK - 1) / CHUNK;
        if (chunks == 1) {
            chunk(items, depth, element, reused(spent, items.size())).writeTo(out);
            return;
        }
        int threads = Math.min(chunks, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "oversight-json");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // A few chunks ahead of the writer per thread, so that memory holds a few chunks, not the document.
            Deque<Future<ByteArrayOutputStream>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int written = 0; written < chunks; written++) {
                while (next < chunks && ahead.size() < 2 * threads) {
                    List<T> slice = items.subList(next * CHUNK, Math.min(items.size(), (next + 1) * CHUNK));
                    ahead.add(pool.submit(() -> chunk(slice, depth, element, reused(spent, slice.size()))));
                    next++;
                }
                if (written > 0) {
                    out.write(ELEMENT_SEPARATOR);
                }
                ByteArrayOutputStream chunk = await(ahead.removeFirst());
                chunk.writeTo(out);
                spent.add(chunk);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ByteArrayOutputStream reused(Queue<ByteArrayOutputStream> spent, int elements) {
        ByteArrayOutputStream bytes = spent.poll();
        if (bytes == null) {
            return new ByteArrayOutputStream(elements * 1024);
        }
        bytes.reset();
        return bytes;
    }

    /** A chunk's bytes, rendered into {@code bytes} and written out from there: no copy of 100 MB of JSON. */
    private static <T> ByteArrayOutputStream chunk(List<T> items, int depth, Element<T> element, ByteArrayOutputStream bytes) {
        try (JsonGenerator g = JsonOutput.openFragment(bytes, depth)) {
            for (T item : items) {
                element.write(g, item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static ByteArrayOutputStream await(Future<ByteArrayOutputStream> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

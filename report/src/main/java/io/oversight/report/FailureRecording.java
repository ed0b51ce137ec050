package io.oversight.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that passes writes on and keeps the first failure. A print stream or print writer keeps
 * a failure to itself, yet a report cut short (a full disk) must end the run with the system's
 * reason, and a reader that stopped reading ({@code oversight controls | head}) is no error.
 */
public final class FailureRecording extends FilterOutputStream {

    private IOException failure;

    public FailureRecording(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    /** The first failure to write, or null. */
    public IOException failure() {
        return failure;
    }

    /** Throws the first failure to write, if there was one. */
    public void rethrow() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private void remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }
}

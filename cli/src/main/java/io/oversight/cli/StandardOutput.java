package io.oversight.cli;

import io.oversight.report.FailureRecording;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The process's standard output, which remembers why a write failed. A print stream keeps that to
 * itself, yet the two failures differ: a full disk cuts a report short, while a reader that stopped
 * reading ({@code oversight controls | head}) took all it wanted.
 */
final class StandardOutput extends PrintStream {

    private final FailureRecording recording;

    private StandardOutput(FailureRecording recording, Charset charset) {
        super(new BufferedOutputStream(recording, 8192), true, charset);
        this.recording = recording;
    }

    /** Standard output in the encoding Java gives {@code System.out}. */
    static StandardOutput open() {
        return over(new FileOutputStream(FileDescriptor.out), stdoutCharset());
    }

    /** A stream like standard output over {@code out}: for tests of a failing one. */
    static StandardOutput over(OutputStream out, Charset charset) {
        return new StandardOutput(new FailureRecording(out), charset);
    }

    /** Whether a write failed because the reader went away (EPIPE; Windows' closed pipe). */
    boolean readerStopped() {
        String message = recording.failure() == null ? null : recording.failure().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("pipe");
    }

    private static Charset stdoutCharset() {
        // stdout.encoding from Java 18; sun.stdout.encoding before, set when standard output is a terminal.
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}

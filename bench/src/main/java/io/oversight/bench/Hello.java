package io.oversight.bench;

/** The baseline: what starting a JVM and printing a line costs on this machine. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}

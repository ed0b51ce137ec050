package io.oversight.engine;

/** A place in the input that shows a finding: {@code file:line:column} and the value's path. */
public record Evidence(String file, int line, int column, String path) {

    public String location() {
        return file + ":" + line;
    }
}

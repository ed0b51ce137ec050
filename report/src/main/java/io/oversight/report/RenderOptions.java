package io.oversight.report;

/** How to render: {@code color} only ever for a terminal that wants it. */
public record RenderOptions(boolean color) {

    public static final RenderOptions PLAIN = new RenderOptions(false);
}

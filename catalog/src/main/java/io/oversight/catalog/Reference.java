package io.oversight.catalog;

/** A framework clause a control serves; {@code note} qualifies the mapping where it is partial. */
public record Reference(String framework, String clause, String note) {
}

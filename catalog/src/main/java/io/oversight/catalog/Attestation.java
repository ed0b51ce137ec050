package io.oversight.catalog;

/** A requirement no field of the format can prove; a human confirms it in the report. */
public record Attestation(String id, String clause, String statement) {
}

package io.oversight.catalog;

/**
 * A group of controls, such as Human oversight (HO): its controls are in {@code file}, and
 * Oversight's own rules for them in the DRL file {@code rules} (null for an organization's family,
 * whose rules come from its --rules folder).
 */
public record Family(String id, String title, String file, String rules) {
}

package io.oversight.catalog;

/** A group of controls, such as Human oversight (HO). */
public record Family(String id, String title, String file) {
}

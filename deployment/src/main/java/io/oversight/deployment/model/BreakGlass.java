package io.oversight.deployment.model;

/**
 * How an emergency role's use is bounded ({@code roles[].breakGlass}): the longest session it
 * grants, in minutes, and whether every use is reviewed afterwards. Null values are left out of
 * the file.
 */
public record BreakGlass(String path, Integer maxSessionMinutes, Boolean postUseReview) {
}

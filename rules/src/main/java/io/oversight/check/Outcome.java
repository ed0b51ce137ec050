package io.oversight.check;

/** How a whole check ended, worst first: an invalid deployment outweighs a failing one, which outweighs passing ones. */
public enum Outcome {
    INVALID, FAIL, PASS
}

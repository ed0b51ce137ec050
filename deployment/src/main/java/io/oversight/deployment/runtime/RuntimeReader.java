package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import java.util.List;

/** Reads one format of runtime configuration; every problem it finds is located in {@code file}. */
interface RuntimeReader {

    /** The agents {@code text} configures: one for the formats that configure a single agent. */
    List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException;
}

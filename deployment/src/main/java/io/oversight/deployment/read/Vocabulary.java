package io.oversight.deployment.read;

import io.oversight.catalog.action.Verb;
import java.util.List;

/** The format's word lists that are not enums of the model: action verbs and use cases. */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Plain action verbs; anything else must be provider-qualified ({@code service:Action}). */
    public static final List<String> VERBS = Verb.words();
}

package io.oversight.catalog.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Real actions of AWS and other providers, each with the verb checked by hand against what it
 * does (hand-checked-actions.csv): among them every misclassification this table has been fixed
 * for, so that none comes back.
 */
class HandCheckedActionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/hand-checked-actions.csv")
    void classifiesTheActionAsCheckedByHand(String action, Verb expected) {
        assertThat(ActionClassifier.verbs(action)).containsExactly(expected);
    }
}

package io.oversight.deployment.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Production and critical environments are defined here once; the rules, access and the PDF read these. */
class EnvironmentTest {

    private static Environment environment(String kind, String criticality) {
        return new Environment("/environments/0", "env", FormatWord.of(EnvironmentKind.class, kind), FormatWord.of(Criticality.class, criticality),
                null, null);
    }

    @Test
    void productionIsTheKindProductionOrNoStatedKind() {
        assertThat(environment("production", null).production()).isTrue();
        assertThat(environment("staging", "critical").production()).isFalse();
        assertThat(environment(null, "critical").production()).as("nothing shows it is not production").isTrue();
        assertThat(environment(null, "critical").critical()).isTrue();
        assertThat(environment(null, null).unratedProduction()).isTrue();
        assertThat(environment("production", "low").unratedProduction()).isFalse();
    }

    @Test
    void aCriticalEnvironmentIsProductionOfCriticalityCriticalOrHigh() {
        assertThat(environment("production", "critical").critical()).isTrue();
        assertThat(environment("production", "high").critical()).isTrue();
        assertThat(environment("production", "moderate").critical()).isFalse();
        assertThat(environment("production", "low").critical()).isFalse();
        assertThat(environment("production", null).critical()).isFalse();
        assertThat(environment("staging", "critical").critical()).isFalse();
        assertThat(environment("development", "high").critical()).isFalse();
    }
}

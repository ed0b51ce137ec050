package io.oversight.report.formats.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifRulesTest {

    @Test
    void aRuleNameIsTheTitleInPascalCase() {
        assertThat(SarifRules.pascalCase("Two-person rule for destructive actions in critical environments"))
                .isEqualTo("TwoPersonRuleForDestructiveActionsInCriticalEnvironments");
        assertThat(SarifRules.pascalCase("People know they talk to an AI")).isEqualTo("PeopleKnowTheyTalkToAnAI");
    }
}

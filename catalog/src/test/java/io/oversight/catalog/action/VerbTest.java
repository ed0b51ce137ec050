package io.oversight.catalog.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verbs are the one list of words the deployment format, the reader and the action table accept. */
class VerbTest {

    @Test
    void theFormatWritesEveryVerbButUnknown() {
        assertThat(Verb.words()).containsExactly("read", "create", "update", "delete", "deploy", "execute", "admin", "grant", "pay", "send",
                "*");
    }

    @Test
    void eachWordIsReadBackAsItsVerb() {
        assertThat(Verb.ofWord("*")).contains(Verb.ALL);
        assertThat(Verb.ofWord("pay")).contains(Verb.PAY);
        assertThat(Verb.ofWord("unknown")).isEmpty();
        assertThat(Verb.ofWord("Delete")).isEmpty();
    }
}

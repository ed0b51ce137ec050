package io.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.catalog.action.Verb;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The action classification table is data users read and review: it must load, verify and say what the README says. */
class ActionTableTest {

    private final ActionTable table = ActionTable.builtIn();

    private Map<Verb, List<String>> patternsByVerb() {
        return table.rules().stream().collect(Collectors.groupingBy(ActionRule::verb, Collectors.mapping(ActionRule::action, Collectors.toList())));
    }

    @Test
    void theCompiledTableIsTheSourceTable() throws Exception {
        ActionTable source = ActionTableSource.load();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ActionTableJson.write(source, json);
        assertThat(ActionTableJson.read(new ByteArrayInputStream(json.toByteArray()))).isEqualTo(source);
        assertThat(table).isEqualTo(source);
    }

    @Test
    void holdsTheClassificationTheFormatPromises() {
        Map<Verb, List<String>> byVerb = patternsByVerb();
        assertThat(byVerb.get(Verb.DELETE)).contains("*:Delete*", "*:Terminate*", "*:Destroy*", "*:Remove*", "*:Purge*");
        assertThat(byVerb.get(Verb.ADMIN)).containsExactly("github:admin:*");
        assertThat(byVerb.get(Verb.GRANT)).contains("*:Put*Policy", "*:Attach*Policy", "*:Create*AccessKey", "*:PassRole", "iam:*", "sts:*",
                "*:escalate", "*:bind", "*:impersonate");
        assertThat(byVerb.get(Verb.READ)).contains("*:Get*", "*:List*", "*:Describe*");
        assertThat(byVerb.keySet()).containsExactlyInAnyOrder(Verb.ADMIN, Verb.CREATE, Verb.READ, Verb.DELETE, Verb.GRANT, Verb.DEPLOY,
                Verb.SEND, Verb.PAY, Verb.EXECUTE, Verb.UPDATE);
    }

    @Test
    void everyExceptionSaysWhy() {
        table.rules().stream().filter(r -> r.action() != null && !r.action().startsWith("*:") && !r.action().endsWith(":*"))
                .forEach(r -> assertThat(r.note()).as("note of %s", r.action()).isNotBlank());
    }

    @Test
    void aMalformedTableFailsLoudly() {
        assertThatThrownBy(() -> ActionTableSource.verify(new ActionTable(List.of(new ActionRule(null, null, Verb.DELETE, null)))))
                .isInstanceOf(CatalogException.class).hasMessageContaining("has no 'action'");
        assertThatThrownBy(() -> ActionTableSource.table(List.of(new ActionTableSource.WrittenRule("*:Delete*", null, "delete", null),
                new ActionTableSource.WrittenRule("*:Destroy*", null, "destroy", null))))
                .isInstanceOf(CatalogException.class).hasMessage("oversight/catalog/actions.yaml rule 2 gives verb 'destroy'; expected one of"
                        + " [read, create, update, delete, deploy, execute, admin, grant, pay, send, *]");
        assertThatThrownBy(() -> ActionTableSource.verify(new ActionTable(List.of(new ActionRule("Delete*", null, Verb.DELETE, null)))))
                .isInstanceOf(CatalogException.class).hasMessageContaining("not a service:Name pattern");
        assertThatThrownBy(() -> ActionTableSource.verify(new ActionTable(List.of(new ActionRule("*:Delete*", null, Verb.DELETE, null),
                new ActionRule("*:delete*", null, Verb.READ, null))))).isInstanceOf(CatalogException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> ActionTableSource.verify(new ActionTable(List.of()))).isInstanceOf(CatalogException.class);
    }
}

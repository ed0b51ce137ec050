package io.oversight.deployment.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentRecognizerTest {

    @TempDir
    Path dir;

    private Optional<String> reason(String name, String text) throws IOException {
        return new DeploymentRecognizer(InputLimits.DEFAULT).reasonToSkip(Files.writeString(dir.resolve(name), text));
    }

    @Test
    void aDeploymentIsRecognisedWhereverItsKeysAre() throws IOException {
        assertThat(reason("first.yaml", "apiVersion: oversight/v1\nkind: AgentDeployment\n")).isEmpty();
        assertThat(reason("last.yaml", "# a long comment\n".repeat(500) + "metadata: {name: x}\nagents:\n  - id: a\n    tools: [x, y]\n"
                + "kind: AgentDeployment\napiVersion: oversight/v1\n")).isEmpty();
        assertThat(reason("escaped.json", "{\"metadata\": {\"apiVersion\": \"v9\"}, \"apiVersion\": \"oversight\\/v1\", \"kind\": \"AgentDeployment\"}"))
                .isEmpty();
        assertThat(reason("escaped.yaml", "apiVersion: \"oversight\\/v1\"\nkind: 'AgentDeployment'\n")).isEmpty();
    }

    /** Most parsers keep a repeated key's last value: a foreign header written over ours hides a deployment only from a first-wins reading. */
    @Test
    void aForeignHeaderWrittenOverOursIsADeploymentToRefuse() throws IOException {
        assertThat(reason("twice.yaml", "apiVersion: v1\nkind: ConfigMap\nagents:\n  - id: a\napiVersion: oversight/v1\nkind: AgentDeployment\n"))
                .isEmpty();
        assertThat(reason("twice.json", "{\"kind\": \"ConfigMap\", \"apiVersion\": \"v1\", \"agents\": [], \"apiVersion\": \"oversight/v1\","
                + " \"kind\": \"AgentDeployment\"}")).isEmpty();
        assertThat(reason("ours-first.yaml", "apiVersion: oversight/v1\nkind: AgentDeployment\nkind: ConfigMap\n")).as("stops at the first header")
                .isEmpty();
        assertThat(reason("foreign-twice.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\nkind: Secret\n"))
                .contains("apiVersion v1, kind ConfigMap, not oversight/v1 AgentDeployment");
    }

    @Test
    void whatLooksLikeOursIsCheckedSoThatTheReaderRefusesIt() throws IOException {
        assertThat(reason("misspelt-kind.yaml", "apiVersion: oversight/v1\nkind: AgentDeploymnet\n")).isEmpty();
        assertThat(reason("near-misses.yaml", "apiVersion: oversight.v1\nkind: AgentDeploy\n")).as("both near misses").isEmpty();
        assertThat(reason("near-kind.yaml", "apiVersion: example.com/v1\nkind: agent-deployment\n")).isEmpty();
        assertThat(reason("near-api.yaml", "apiVersion: Oversight/v1\nkind: Deployment\n")).isEmpty();
        assertThat(reason("headless.yaml", "metadata: {name: x}\npeople: []\nagents:\n  - id: a\n")).as("a deployment that lost its header")
                .isEmpty();
        // In JSON, and in YAML whose keys are quoted or in flow style, as much as in plain YAML: a red team's had passed a directory check.
        assertThat(reason("headless.json", "{\"metadata\": {\"name\": \"x\"}, \"agents\": [{\"id\": \"a\"}]}")).isEmpty();
        assertThat(reason("quoted.yaml", "\"metadata\": {name: x}\n\"agents\":\n  - id: a\n")).isEmpty();
        assertThat(reason("flow.yaml", "{environments: [], agents: [{id: a}]}\n")).isEmpty();
        assertThat(reason("agents-alone.json", "{\"agents\": [{\"id\": \"a\"}]}")).as("agents alone may be anyone's")
                .contains("no top-level apiVersion or kind, so it is not a deployment");
        assertThat(reason("no-kind.yaml", "apiVersion: oversight/v2\n")).isEmpty();
        assertThat(reason("other-api.yaml", "apiVersion: example.com/v1\nkind: AgentDeployment\n")).isEmpty();
        assertThat(reason("broken.yaml", "apiVersion: oversight/v1\nkind: AgentDeployment\nagents: [\n")).isEmpty();
        assertThat(reason("broken-before.yaml", "metadata: {name: [x\napiVersion: oversight/v1\n")).isEmpty();
        assertThat(reason("broken.json", "{\"kind\": \"AgentDeployment\", ")).isEmpty();
        assertThat(reason("relabelled.yaml", "apiVersion: oversight/v1\nkind: Waivers\nmetadata: {name: x}\nagents:\n  - id: a\n"))
                .as("a deployment whose kind says Waivers is checked, and refused, not skipped").isEmpty();
        assertThat(reason("behind-a-config-map.yaml", "apiVersion: v1\nkind: ConfigMap\n---\napiVersion: oversight/v1\nkind: AgentDeployment\n"))
                .as("a deployment in a later document is refused, located, not skipped").isEmpty();
    }

    @Test
    void aDeploymentSavedAsUtf16IsCheckedSoThatTheReaderRefusesIt() throws IOException {
        String deployment = "apiVersion: oversight/v1\nkind: AgentDeployment\nagents: []\n";
        for (java.nio.charset.Charset charset : java.util.List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE,
                java.nio.charset.StandardCharsets.UTF_16)) {
            Path file = Files.write(dir.resolve("powershell-" + charset.name() + ".yaml"), ("\uFEFF" + deployment).getBytes(charset));
            assertThat(new DeploymentRecognizer(InputLimits.DEFAULT).reasonToSkip(file)).as(charset.name()).isEmpty();
        }
        assertThat(new DeploymentRecognizer(InputLimits.DEFAULT).reasonToSkip(Files.write(dir.resolve("other.yaml"),
                "kind: Chart\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)))).as("UTF-16 naming something else").isPresent();
    }

    @Test
    void anythingElseIsSkippedWithItsReason() throws IOException {
        assertThat(reason("waivers.yaml", "apiVersion: oversight/v1\nkind: Waivers\nwaivers: []\n"))
                .contains("a waivers file (kind Waivers); apply it with --waivers");
        assertThat(reason("schema.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"properties\": "
                + "{\"apiVersion\": {\"const\": \"oversight/v1\"}, \"kind\": {\"const\": \"AgentDeployment\"}}}"))
                .contains("no top-level apiVersion or kind, so it is not a deployment");
        assertThat(reason("k8s.yaml", "apiVersion: apps/v1\nkind: Deployment\n---\napiVersion: v1\nkind: ConfigMap\n"))
                .contains("apiVersion apps/v1, kind Deployment, not oversight/v1 AgentDeployment");
        assertThat(reason("chart.yaml", "kind: Chart\n")).contains("kind Chart, not oversight/v1 AgentDeployment");
        assertThat(reason("list.yaml", "- a\n- b\n")).contains("its top level is not a mapping, so it is not a deployment");
        assertThat(reason("empty.yml", "# nothing yet\n")).contains("empty");
        assertThat(reason("template.yaml", "metadata:\n  name: {{ .Values.name }}\n  labels: [\n"))
                .contains("not valid YAML, and it names neither oversight/v1 nor AgentDeployment");
        assertThat(reason("data.json", "{\"rows\": [1, 2")).contains("not valid JSON, and it names neither oversight/v1 nor AgentDeployment");
    }

    @Test
    void aFileTooLargeToTellOrUnreadableIsChecked() throws IOException {
        Path big = Files.writeString(dir.resolve("big.yaml"), "metadata:\n" + "  key: value\n".repeat(100) + "kind: Other\n");
        assertThat(new DeploymentRecognizer(new InputLimits(512, 64, 1000)).reasonToSkip(big)).isEmpty();
        assertThat(new DeploymentRecognizer(InputLimits.DEFAULT).reasonToSkip(dir.resolve("missing.yaml"))).isEmpty();
    }
}

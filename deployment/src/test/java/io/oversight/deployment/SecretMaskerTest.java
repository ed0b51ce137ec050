package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    apiToken: abc123def456                  |    apiToken: ****",
        "    password: \"hunter2\"  # rotate soon   |    password: ****  # rotate soon",
        "    client_secret: s3cr3t                   |    client_secret: ****",
        "    principal: AKIAIOSFODNN7EXAMPLE         |    principal: ****",
        "    note: use ghp_0123456789abcdefghijklmnopqrstuvwxyz today |    note: use **** today",
        "    key: -----BEGIN RSA PRIVATE KEY-----MIIE |    key: ****",
        "    bearer: eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4 |    bearer: ****",
        "    db_credentials: admin:admin             |    db_credentials: ****",
    })
    void masksSecretsInQuotedLines(String line, String masked) {
        assertThat(SecretMasker.mask(line.stripTrailing())).isEqualTo(masked.stripTrailing());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    principal: arn:aws:iam::111122223333:role/agent-infra",
        "    actions: [read, delete]",
        "    tokens:",
        "    independentOfRequester: true",
        "      - ec2:TerminateInstances",
        "    credentialTtlMinutes: 720",
    })
    void leavesOrdinaryLinesAlone(String line) {
        assertThat(SecretMasker.mask(line)).isEqualTo(line);
    }
}

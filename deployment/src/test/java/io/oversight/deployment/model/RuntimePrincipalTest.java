package io.oversight.deployment.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a declared principal can be the identity a runtime configuration runs the agent as (PM-01 reports it when not). */
class RuntimePrincipalTest {

    private static RuntimePrincipal runsAs(String name) {
        return new RuntimePrincipal(name, false, "runtime.yaml#@1:1");
    }

    @Test
    void aServiceAccountMatchesInEitherSpellingAndNoOther() {
        assertThat(runsAs("ops/sre-agent").admits("system:serviceaccount:ops:sre-agent")).isTrue();
        assertThat(runsAs("ops/sre-agent").admits("ops/sre-agent")).isTrue();
        assertThat(runsAs("ops/sre-agent").admits("system:serviceaccount:ops:sre-readonly")).isFalse();
        assertThat(runsAs("ops/sre-agent").admits("apps/sre-agent")).isFalse();
        assertThat(runsAs("ops/sre-agent").admits("svc-sre")).isFalse();
    }

    @Test
    void aRoleMatchesByArnOrByNameAndATemplateReferenceIsNeverAContradiction() {
        assertThat(runsAs("arn:aws:iam::111122223333:role/ops/OpsAgent").admits("arn:aws:iam::111122223333:role/ops/OpsAgent")).isTrue();
        assertThat(runsAs("arn:aws:iam::111122223333:role/OpsAgent").admits("OpsAgent")).isTrue();
        assertThat(runsAs("arn:aws:iam::111122223333:role/OpsAgent").admits("arn:aws:iam::111122223333:role/PlatformAdmin")).isFalse();
        assertThat(runsAs("!GetAtt OpsAgentRole.Arn").admits("arn:aws:iam::111122223333:role/anything")).isTrue();
    }

    private static Identity identity(String principal) {
        return new Identity("a", "/agents/0/identity", IdentityType.DEDICATED, principal, null, null, null);
    }

    @Test
    void aPrincipalKeyIsOneForAServiceAccountsSpellingsAndNoneForATemplateReference() {
        assertThat(Identity.principalKey("system:serviceaccount:ops:bot")).isEqualTo("ops/bot");
        assertThat(Identity.principalKey("ops/bot")).isEqualTo("ops/bot");
        assertThat(java.util.List.of("arn:aws:iam::111122223333:role/ops-bot", "arn:aws:iam::111122223333:role/team/ops-bot",
                "arn:aws:sts::111122223333:assumed-role/ops-bot/reporter-session", "role/OPS-BOT", "ops-bot", "arn:aws-cn:iam::1:role/Ops-Bot"))
                .as("one IAM role however it is written").extracting(Identity::principalKey).containsOnly("aws-role:ops-bot");
        assertThat(Identity.principalKey("arn:aws:iam::111122223333:user/ops-bot")).as("a user is not a role").isNotEqualTo("aws-role:ops-bot");
        // Red team: the same IAM user written in another case or with a path was two principals, and two agents sharing it passed.
        assertThat(java.util.List.of("arn:aws:iam::111122223333:user/svc-agent", "arn:aws:iam::111122223333:user/SVC-Agent",
                "arn:aws:iam::111122223333:user/ops/svc-agent")).as("one IAM user however it is written").extracting(Identity::principalKey)
                .containsOnly("aws-user:111122223333:svc-agent");
        assertThat(Identity.principalKey("arn:aws:iam::444455556666:user/svc-agent")).as("another account's user of that name")
                .isEqualTo("aws-user:444455556666:svc-agent");
        assertThat(java.util.List.of("bot@proj.iam.gserviceaccount.com", "serviceAccount:bot@proj.iam.gserviceaccount.com",
                "BOT@proj.iam.gserviceaccount.com ")).extracting(Identity::principalKey).containsOnly("bot@proj.iam.gserviceaccount.com");
        assertThat(Identity.principalKey("/subscriptions/ABC/resourceGroups/Ops/providers/Microsoft.ManagedIdentity/userAssignedIdentities/Bot"))
                .isEqualTo(Identity.principalKey("/subscriptions/abc/resourcegroups/ops/providers/microsoft.managedidentity/userassignedidentities/bot"));
        assertThat(Identity.principalKey(" system:serviceaccount:ns:bot ")).isEqualTo("ns/bot");
        assertThat(Identity.principalKey("arn:aws:sts::111122223333:assumed-role/ops-bot/ci-run-42@acme.example"))
                .as("a role's session named by an e-mail address is still the role's").isEqualTo("aws-role:ops-bot");
        assertThat(java.util.List.of("dana@acme.example", "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AdministratorAccess_0a1b2c/dana@acme.example",
                        "arn:aws:sts::111122223333:assumed-role/awsreservedsso_ReadOnly_9f8e/Dana@acme.example",
                        "Dana Lee <dana@acme.example>", "Dana Lee <mailto:dana@acme.example>", "oidc:dana@acme.example", "user:DANA@acme.example"))
                .as("a person's address, and her Identity Center sessions, are one principal").extracting(Identity::principalKey)
                .containsOnly("dana@acme.example");
        assertThat(Identity.principalKey("arn:aws:iam::111122223333:user/deploy@acme.example"))
                .as("IAM users named alike in two accounts are two").isNotEqualTo(Identity.principalKey("arn:aws:iam::444455556666:user/deploy@acme.example"));
        assertThat(java.util.List.of("dana@acme.example", "arn:aws:iam::111122223333:user/Dana@acme.example",
                        "arn:aws:sts::111122223333:federated-user/dana@acme.example",
                        "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AdministratorAccess_0a1b2c/dana@acme.example",
                        "Dana Lee <dana@acme.example>", "dana@acme.example (Dana Lee)", "oidc:https://idp.acme.example#dana@acme.example",
                        "live.com#dana@acme.example", "user:DANA@acme.example"))
                .as("a person's own sign-in names her address").extracting(p -> identity(p).personAddress()).containsOnly("dana@acme.example");
        assertThat(java.util.List.of("arn:aws:sts::111122223333:assumed-role/ops-bot/dana@acme.example", "arn:aws:iam::111122223333:role/dana@acme.example",
                        "ops-bot", "!GetAtt AgentRole.Arn")).as("a role's session, whatever it is named, is no person's sign-in")
                .extracting(p -> identity(p).personAddress()).containsOnly((String) null);
        assertThat(identity("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_abc/carol.diaz").namesPersonSession())
                .as("an Identity Center session is a person's, whoever").isTrue();
        assertThat(identity("arn:aws:sts::111122223333:assumed-role/ops-bot/carol.diaz").namesPersonSession()).isFalse();
        assertThat(new Identity("a", "/agents/0/identity", IdentityType.DEDICATED, "!GetAtt AgentRole.Arn", null, null, null).principalKey())
                .as("two templates' references may be two roles").isNull();
    }
}

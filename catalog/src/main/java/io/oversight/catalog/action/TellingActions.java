package io.oversight.catalog.action;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The order in which the actions behind a pattern are named: first those a reviewer recognises at
 * once as the damage a grant allows (terminating instances, deleting databases, attaching policies,
 * stopping the audit trail), then the rest alphabetically. A finding names only the first few, so
 * {@code ec2:*} reads "delete: ec2:TerminateInstances, ..." rather than the alphabet's first
 * {@code ec2:DeleteCarrierGateway}.
 */
final class TellingActions {

    /** Checked by hand against AWS's Service Authorization Reference; the most consequential first. */
    private static final List<String> FIRST = List.of(
            "ec2:TerminateInstances", "rds:DeleteDBInstance", "rds:DeleteDBCluster", "s3:DeleteBucket", "dynamodb:DeleteTable",
            "kms:ScheduleKeyDeletion", "cloudformation:DeleteStack", "eks:DeleteCluster", "backup:DeleteRecoveryPoint",
            "cloudtrail:StopLogging", "s3:DeleteObject", "lambda:DeleteFunction", "ec2:DeleteVolume", "ec2:DeleteSnapshot",
            "iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:CreateAccessKey", "iam:PassRole", "sts:AssumeRole",
            "iam:CreateUser", "iam:UpdateAssumeRolePolicy", "s3:PutBucketPolicy", "kms:CreateGrant",
            "ec2:RunInstances", "lambda:InvokeFunction", "ssm:SendCommand", "ecs:RunTask",
            "cloudformation:UpdateStack", "cloudformation:ExecuteChangeSet", "lambda:UpdateFunctionCode",
            "ec2:ModifyInstanceAttribute", "s3:PutObject", "rds:ModifyDBInstance", "ec2:StopInstances",
            "ec2:CreateSnapshot", "s3:CreateBucket", "dynamodb:PutItem",
            "sns:Publish", "ses:SendEmail", "ec2:PurchaseReservedInstancesOffering",
            "s3:GetObject", "secretsmanager:GetSecretValue", "ec2:DescribeInstances");

    private static final Map<String, Integer> RANK = IntStream.range(0, FIRST.size()).boxed()
            .collect(Collectors.toMap(i -> FIRST.get(i).toLowerCase(Locale.ROOT), Function.identity()));

    /** Telling actions first, in the order above; the others after them, alphabetically, case ignored. */
    static final Comparator<String> ORDER = Comparator.<String>comparingInt(
                    a -> RANK.getOrDefault(a.toLowerCase(Locale.ROOT), Integer.MAX_VALUE))
            .thenComparing(a -> a.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    private TellingActions() {
    }
}

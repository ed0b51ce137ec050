package io.oversight.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way of writing "every resource" is a wildcard resource for PM-02, every resource of a service in any account too, and a narrower ARN is not. */
class ResourceScopeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'*', true", "'**', true", "'?*', true",
            "'arn:*', true", "'arn:aws:*', true", "'arn:*:*:*:*:*', true", "'arn:aws-cn:*', true",
            // A star in the partition spans the colons after it, as IAM matches an ARN.
            "'arn:aws*:*', true", "'arn:aws*', true",
            // Every service, region and resource of one account: all the agent's account holds.
            "'arn:aws:*:*:111122223333:*', true", "'arn:aws:*:*:*:*', true",
            // A star ending the pattern matches beyond the colons: every resource of the service, as arn:aws:ec2:*:*:* is (access review).
            "'arn:aws:ec2:*', true", "'arn:aws:s3:*', true", "'arn:aws:iam::*', true", "'arn:aws:lambda:*:*', true",
            "'arn:aws:ec2:eu-west-1:*', false",
            // Every resource of one service, or of one type of it, in every account and region.
            "'arn:aws:s3:::*', true", "'arn:aws:s3:::*/*', true", "'arn:aws:iam::*:role/*', true", "'arn:aws:ec2:*:*:instance/*', true",
            "'arn:aws:rds:*:*:db:*', true", "'arn:aws:iam::*:role*', true", "'arn:aws:iam::????????????:role/*', true",
            "'arn:aws:apigateway:*::/*', true", "'arn:aws:apigateway:*::/restapis/*', true", "'arn:aws:logs:*:*:log-group:*', true",
            "'arn:aws:s3:::claims-archive/*', false", "'arn:aws:execute-api:*:*:a1b2c3d4e5/*', false", "'arn:aws:execute-api:*:*:abcdefghij/*', false",
            "'arn:aws:execute-api:*:*:*', true",
            // IAM's '?' is one character, and every name has one: '?*' is every name (red team).
            "'arn:aws:s3:::?*', true", "'arn:aws:s3:::?*/*', true", "'arn:aws:ec2:*:*:instance/?*', true", "'arn:aws:rds:*:*:db:*?', true",
            "'arn:aws:s3:::?', false", "'arn:aws:s3:::??x*', false",
            // An EC2 id's prefix narrows nothing: AWS gives every instance an id that starts i- (red team).
            "'arn:aws:ec2:*:*:instance/i-*', true", "'arn:aws:ec2:*:*:volume/vol-*', true", "'arn:aws:ec2:*:*:instance/i-0abc*', false",
            "'arn:aws:ec2:*:*:instance/vol-*', false", "'arn:aws:ec2:*:111122223333:instance/i-*', false",
            "'arn:aws:ec2:*:111122223333:instance/*', false", "'arn:aws:*:eu-west-1:111122223333:*', false",
            "'arn:aws:*:*:111122223333:role/*', false", "'arn:aws:iam::111122223333:*', false", "'payments/*', false"})
    void everyResourceHoweverSpelt(String pattern, boolean everything) {
        assertThat(ResourceScope.everything(pattern)).isEqualTo(everything);
    }
}

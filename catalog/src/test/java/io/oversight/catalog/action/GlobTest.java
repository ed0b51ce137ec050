package io.oversight.catalog.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wildcard patterns compared as the sets of texts they stand for. */
class GlobTest {

    @Test
    void matchesTextsWithStarsQuestionMarksAndEscapes() {
        assertThat(Glob.ignoringCase("ec2:Delete*").matches("EC2:DeleteVolume")).isTrue();
        assertThat(Glob.ignoringCase("ec2:Delete*").matches("ec2:Describe")).isFalse();
        assertThat(Glob.exact("arn:aws:s3:::bucket/?.csv").matches("arn:aws:s3:::bucket/a.csv")).isTrue();
        assertThat(Glob.exact("arn:aws:s3:::Bucket/*").matches("arn:aws:s3:::bucket/x")).as("ARNs keep their case").isFalse();
        assertThat(Glob.ignoringCase("*:\\*").matches("iam:*")).isTrue();
        assertThat(Glob.ignoringCase("*:\\*").matches("iam:Get*")).as("an escaped star is a star only").isFalse();
    }

    /**
     * The in-place match, which goes back only to the last star, agrees with a regular expression
     * on every pattern and text of a small alphabet up to the lengths where backtracking matters.
     */
    @Test
    void matchingAgreesWithARegularExpressionOnEveryShortPattern() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            String pattern = word(random, "ab*?", 7);
            String text = word(random, "ab", 9);
            String regex = pattern.chars().mapToObj(c -> c == '*' ? ".*" : c == '?' ? "." : String.valueOf((char) c))
                    .collect(java.util.stream.Collectors.joining());
            assertThat(Glob.exact(pattern).matches(text)).as(pattern + " on " + text).isEqualTo(text.matches(regex));
        }
    }

    private static String word(java.util.Random random, String alphabet, int longest) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(longest + 1); n > 0; n--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    @Test
    void intersectsWhenSomeTextMatchesBoth() {
        assertThat(Glob.ignoringCase("Put*Policy").intersects(Glob.ignoringCase("Put*"))).isTrue();
        assertThat(Glob.ignoringCase("Put*Policy").intersects(Glob.ignoringCase("*Object"))).isFalse();
        assertThat(Glob.ignoringCase("Delete*").intersects(Glob.ignoringCase("Describe*"))).isFalse();
        assertThat(Glob.ignoringCase("*Instances").intersects(Glob.ignoringCase("Terminate*"))).isTrue();
        assertThat(Glob.ignoringCase("a?c").intersects(Glob.ignoringCase("*b*"))).isTrue();
    }

    @Test
    void coversWhenEveryTextOfTheOtherMatches() {
        assertThat(Glob.ignoringCase("Delete*").covers(Glob.ignoringCase("DeleteVolume"))).isTrue();
        assertThat(Glob.ignoringCase("De*").covers(Glob.ignoringCase("Delete*"))).isTrue();
        assertThat(Glob.ignoringCase("Delete*").covers(Glob.ignoringCase("De*"))).isFalse();
        assertThat(Glob.ignoringCase("*").covers(Glob.ignoringCase("a*b?c"))).isTrue();
        assertThat(Glob.ignoringCase("Put*").covers(Glob.ignoringCase("Put*Policy"))).isTrue();
        assertThat(Glob.ignoringCase("Put*Policy").covers(Glob.ignoringCase("Put*"))).isFalse();
        assertThat(Glob.ignoringCase("?").covers(Glob.ignoringCase("*"))).isFalse();
    }

    /** An IAM policy may hold such patterns; matching them once overflowed the thread's stack. */
    @Test
    void patternsOfThousandsOfStarsAreComparedWithoutRecursion() {
        String stars = "*a".repeat(5000) + "*";
        Glob many = Glob.ignoringCase(stars);
        assertThat(many.matches("A".repeat(5000))).isTrue();
        assertThat(many.matches("a".repeat(4999) + "b")).isFalse();
        assertThat(many.intersects(Glob.ignoringCase("*b*"))).isTrue();
        assertThat(many.intersects(Glob.ignoringCase("b".repeat(5000)))).isFalse();
        assertThat(many.covers(many)).isTrue();
        assertThat(many.covers(Glob.ignoringCase("*"))).isFalse();
        assertThat(Glob.ignoringCase("*").covers(many)).isTrue();
        assertThat(Glob.ignoringCase("*a*").covers(many)).isTrue();
        assertThat(ActionPattern.of("s3:" + stars).intersects(ActionPattern.of("s3:Get*"))).isTrue();
        assertThat(ActionPattern.of("s3:Get*").covers(ActionPattern.of("s3:" + stars))).isFalse();
    }

    @Test
    void actionsAreComparedServiceByServiceAndNameByName() {
        assertThat(ActionPattern.of("*:Delete*").intersects(ActionPattern.of("acm:Describe*")))
                .as("a star never spans the colon").isFalse();
        assertThat(ActionPattern.of("*:Delete*").covers(ActionPattern.of("ec2:Delete*"))).isTrue();
        assertThat(ActionPattern.of("*").covers(ActionPattern.of("iam:PassRole"))).isTrue();
        assertThat(ActionPattern.of("iam:*").intersects(ActionPattern.of("*"))).isTrue();
        assertThat(ActionPattern.of("iam:*").covers(ActionPattern.of("*"))).isFalse();
    }
}

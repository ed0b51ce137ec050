package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a baseline calls new: a finding that lists more than before, its measures aside. */
class BaselineTest {

    private static final String FINGERPRINT = "0".repeat(32);

    private static Finding finding(List<String> items) {
        return new Finding(FINGERPRINT, "PM-07", "Delegation", Severity.HIGH, new Subject("agent", "a", "a"), "m", "m", items, "fix",
                List.of(new Evidence("d.yaml", 1, 1, "")), List.of(), null);
    }

    private static boolean isNew(List<String> before, List<String> now) {
        Baseline.PreviousFinding earlier = new Baseline.PreviousFinding(FINGERPRINT, "PM-07", Severity.HIGH, "agent:a", "m", before, true, false);
        Finding current = finding(now);
        return Baseline.compare("base.json", null, List.of(earlier), List.of(current), Set.of("PM-07"), true).isNew(current);
    }

    @Test
    void anItemMeasuredAgainIsTheSameItemButANameWithOtherDigitsIsAnother() {
        assertThat(isNew(List.of("last reviewed 2026-05-02"), List.of("last reviewed 2026-08-01"))).isFalse();
        assertThat(isNew(List.of("regulatorReportingDays is 30; within 15 days"), List.of("regulatorReportingDays is 20; within 15 days"))).isFalse();
        assertThat(isNew(List.of("kubernetes:delete in namespace payments-1"), List.of("kubernetes:delete in namespace payments-2024"))).isTrue();
        assertThat(isNew(List.of("never tested"), List.of("never tested", "no kill switch available"))).isTrue();
        assertThat(isNew(List.of("never tested", "no kill switch available"), List.of("never tested"))).as("fewer is no more").isFalse();
    }

    /** An output written before findings listed their items can tell no item added. */
    @Test
    void aBaselineWithoutItemsTellsNoItemAdded() {
        Baseline.PreviousFinding earlier = new Baseline.PreviousFinding(FINGERPRINT, "PM-07", Severity.HIGH, "agent:a", "m", List.of(), false, false);
        Finding current = finding(List.of("never tested"));
        assertThat(Baseline.compare("base.json", null, List.of(earlier), List.of(current), Set.of("PM-07"), true).isNew(current)).isFalse();
    }
}

package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Waiver;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a baseline calls new (a finding that lists more than before, its measures aside), and which waivers it keeps from covering it. */
class BaselineTest {

    private static final String FINGERPRINT = "0".repeat(32);

    private static Finding finding(List<String> items) {
        return new Finding(FINGERPRINT, "PM-07", "Delegation", Severity.HIGH, new Subject("agent", "a", "a"), "m", "m", items, "fix",
                List.of(new Evidence("d.yaml", 1, 1, "")), List.of(), null);
    }

    private static boolean isNew(List<String> before, List<String> now) {
        Baseline.PreviousFinding earlier = new Baseline.PreviousFinding(FINGERPRINT, "PM-07", Severity.HIGH, "agent:a", "m", before, true, false);
        Finding current = finding(now);
        return Baseline.compare("base.json", null, List.of(earlier), Set.of(), List.of(current), Set.of("PM-07"), true).isNew(current);
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
        assertThat(Baseline.compare("base.json", null, List.of(earlier), Set.of(), List.of(current), Set.of("PM-07"), true).isNew(current)).isFalse();
    }

    private static final Waiver OLD = new Waiver("/waivers/0", 0, "PM-07", "a", "accepted", "marcus-olsen", LocalDate.of(2027, 3, 31));
    private static final Waiver SINCE = new Waiver("/waivers/1", 1, "PM-07", "a", "accepted again", "marcus-olsen", LocalDate.of(2027, 6, 30));

    private static Baseline waived(List<String> before, boolean waivedThen, Set<String> waiversThen, Finding current) {
        Baseline.PreviousFinding earlier = new Baseline.PreviousFinding(FINGERPRINT, "PM-07", Severity.HIGH, "agent:a", "m", before, true,
                waivedThen);
        return Baseline.compare("base.json", null, List.of(earlier), waiversThen, List.of(current), Set.of("PM-07"), true);
    }

    /**
     * A waiver in force in the earlier run covers its finding measured again, or saying other things
     * of no more items (a kill switch added but untested: three items become one other), not one
     * that lists more, nor one more severe, nor one that was not there; a waiver written since covers each.
     */
    @Test
    void aWaiverInForceThenDoesNotCoverWhatGrewSince() {
        Set<String> then = Set.of(OLD.key());
        Finding same = finding(List.of("last reviewed 2026-08-01"));
        Finding more = finding(List.of("last reviewed 2026-08-01", "rds:DeleteDBInstance"));
        Finding other = finding(List.of("not tested within 90 days"));
        assertThat(waived(List.of("last reviewed 2026-05-02"), true, then, same).outgrows(same, OLD)).isFalse();
        assertThat(waived(List.of("no kill switch available", "never tested", "no owner"), true, then, other).outgrows(other, OLD)).isFalse();
        assertThat(waived(List.of("last reviewed 2026-05-02"), true, then, more).outgrows(more, OLD)).isTrue();
        assertThat(waived(List.of("last reviewed 2026-05-02"), true, then, more).outgrows(more, SINCE)).as("a waiver written since").isFalse();
        Finding critical = new Finding(FINGERPRINT, "PM-07", "Delegation", Severity.CRITICAL, new Subject("agent", "a", "a"), "m", "m",
                List.of("last reviewed 2026-08-01"), "fix", List.of(new Evidence("d.yaml", 1, 1, "")), List.of(), null);
        assertThat(waived(List.of("last reviewed 2026-05-02"), true, then, critical).outgrows(critical, OLD)).as("more severe").isTrue();
        Finding elsewhere = new Finding("1".repeat(32), "PM-07", "Delegation", Severity.HIGH, new Subject("agent", "a", "a"), "n", "n",
                List.of("kms:ScheduleKeyDeletion"), "fix", List.of(new Evidence("d.yaml", 9, 1, "")), List.of(), null);
        assertThat(waived(List.of("last reviewed 2026-05-02"), true, then, elsewhere).outgrows(elsewhere, OLD)).as("not there then").isTrue();
    }

    /**
     * An earlier output that lists no waivers cannot tell a waiver of then from one written since: waivers
     * cover what grew. One that lists no items could not pair an edited finding: the gone one of its
     * control, subject and statement stands for it, and only more severity is growth.
     */
    @Test
    void anEarlierOutputOfAnEarlierVersionKeepsWaiversAsTheyWere() {
        Finding more = finding(List.of("never tested", "no kill switch available"));
        assertThat(waived(List.of("never tested"), true, null, more).outgrows(more, OLD)).isFalse();
        Finding edited = new Finding("1".repeat(32), "PM-07", "Delegation", Severity.HIGH, new Subject("agent", "a", "a"), "m", "m",
                List.of("ec2:TerminateInstances"), "fix", List.of(new Evidence("d.yaml", 9, 1, "")), List.of(), null);
        Baseline.PreviousFinding itemless = new Baseline.PreviousFinding(FINGERPRINT, "PM-07", Severity.HIGH, "agent:a", "m", List.of(), false, true);
        Baseline baseline = Baseline.compare("base.json", null, List.of(itemless), Set.of(OLD.key()), List.of(edited), Set.of("PM-07"), true);
        assertThat(baseline.outgrows(edited, OLD)).isFalse();
    }
}

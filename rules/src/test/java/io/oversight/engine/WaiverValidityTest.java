package io.oversight.engine;

import io.oversight.deployment.model.People;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Waiver;
import io.oversight.deployment.model.Person;
import io.oversight.engine.facts.VoidReason;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a waiver is void, and how that is said, decided once for the rules, the assessment and waivers lint. */
class WaiverValidityTest {

    /** Ann, also written as ann-2 with her own email address; Bob; Kim, who has no email address. */
    private static final People PEOPLE = new People(List.of(person("ann", "ann@example.com"), person("ann-2", "Ann@Example.com "),
            person("bob", "bob@example.com"), person("kim", null)));

    private static Person person(String id, String email) {
        return new Person("/people/" + id, id, id, email, List.of(), null, List.of());
    }

    @Test
    void theOwnerOrTheCredentialHolderUnderAnotherIdIsStillThem() {
        assertThat(WaiverValidity.selfApproved(waiver("bot", "ann-2", AS_OF.plusDays(90)), "ann", Severity.HIGH, PEOPLE)).isTrue();
        assertThat(WaiverValidity.approvedByCredentialHolder(waiver("bot", "ann-2", AS_OF.plusDays(90)), "ann", PEOPLE)).isTrue();
        assertThat(WaiverValidity.selfApproved(waiver("bot", "bob", AS_OF.plusDays(90)), "ann", Severity.HIGH, PEOPLE)).isFalse();
        assertThat(PEOPLE.same("kim", "kim")).isTrue();
        assertThat(PEOPLE.same("kim", "bob")).as("no email: only the same id").isFalse();
        assertThat(PEOPLE.same("nobody", "nobody")).as("an id the file does not declare is itself").isTrue();
    }

    /**
     * One name and no address to tell two ids apart: one person to each of them, and one in a pool.
     * One name and two addresses: two people.
     */
    @Test
    void anIdOfAnotherIdsNameAndNoAddressIsThatPerson() {
        People namesakes = new People(List.of(new Person("/people/0", "ann", "Ann  Lee", "ann@example.com", List.of("approver"), null, List.of()),
                new Person("/people/1", "ann-2", "ann lee", null, List.of("approver"), null, List.of()),
                new Person("/people/2", "ann-3", "Ann Lee", "ann.lee@other.example", List.of("approver"), null, List.of()),
                new Person("/people/3", "bo", "Bo", null, List.of(), null, List.of()),
                new Person("/people/4", "bo-2", "Bo", null, List.of(), null, List.of())));
        assertThat(namesakes.same("ann", "ann-2")).isTrue();
        assertThat(namesakes.same("ann-3", "ann-2")).as("either addressed Ann may be the one without an address").isTrue();
        assertThat(namesakes.same("ann", "ann-3")).as("two addresses: two people").isFalse();
        assertThat(namesakes.same("bo", "bo-2")).isTrue();
        assertThat(WaiverValidity.selfApproved(waiver("bot", "ann-2", AS_OF.plusDays(90)), "ann", Severity.HIGH, namesakes)).isTrue();
        assertThat(namesakes.persons(java.util.Set.of(namesakes.of("ann"), namesakes.of("ann-2"), namesakes.of("ann-3")))).as("a pool counts two")
                .isEqualTo(2);
        assertThat(namesakes.of("bo")).isEqualTo(namesakes.of("bo-2"));
    }

    /** Names compared as ICU folds them, accents aside: the capitals of Turkish and German names are the names. */
    @Test
    void namesAreComparedCaseFolded() {
        People names = new People(List.of(new Person("/people/0", "ilkay", "İlkay Şahin", "ilkay@example.com", List.of(), null, List.of()),
                new Person("/people/1", "ilkay-2", "İLKAY ŞAHİN", null, List.of(), null, List.of()),
                new Person("/people/2", "isik", "Işık Aydın", "isik@example.com", List.of(), null, List.of()),
                new Person("/people/3", "isik-2", "IŞIK AYDIN", null, List.of(), null, List.of()),
                new Person("/people/4", "max", "Max Groß", "max@example.com", List.of(), null, List.of()),
                new Person("/people/5", "max-2", "MAX GROSS", null, List.of(), null, List.of()),
                new Person("/people/6", "jose", "José Núñez", null, List.of(), null, List.of()),
                new Person("/people/7", "jose-2", "Jose Nunez", "jose@example.com", List.of(), null, List.of())));
        assertThat(names.same("ilkay", "ilkay-2")).isTrue();
        assertThat(names.same("isik", "isik-2")).isTrue();
        assertThat(names.same("max", "max-2")).isTrue();
        assertThat(names.same("jose", "jose-2")).isTrue();
        assertThat(names.same("ilkay", "isik")).isFalse();
    }

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    private static Waiver waiver(String agent, String approvedBy, LocalDate expires) {
        return new Waiver("/waivers/0", 0, "HO-05", agent, "accepted for the migration", approvedBy, expires);
    }

    @Test
    void aWaiverExpiresTheDayAfterItsDate() {
        assertThat(WaiverValidity.expired(waiver("bot", "ann", AS_OF.minusDays(1)), AS_OF)).isTrue();
        assertThat(WaiverValidity.expired(waiver("bot", "ann", AS_OF), AS_OF)).isFalse();
        assertThat(WaiverValidity.expired(waiver("bot", "ann", null), AS_OF)).isFalse();
    }

    @Test
    void anExpiryIsAnnouncedThirtyDaysAhead() {
        assertThat(WaiverValidity.EXPIRY_NOTICE_DAYS).isEqualTo(30);
        assertThat(WaiverValidity.expiresSoon(waiver("bot", "ann", AS_OF), AS_OF)).isTrue();
        assertThat(WaiverValidity.expiresSoon(waiver("bot", "ann", AS_OF.plusDays(30)), AS_OF)).isTrue();
        assertThat(WaiverValidity.expiresSoon(waiver("bot", "ann", AS_OF.plusDays(31)), AS_OF)).isFalse();
        assertThat(WaiverValidity.expiresSoon(waiver("bot", "ann", AS_OF.minusDays(1)), AS_OF)).as("already expired").isFalse();
    }

    @Test
    void aWaiverRunsAYearAtMost() {
        assertThat(WaiverValidity.runsTooLong(waiver("bot", "ann", AS_OF.plusDays(365)), AS_OF)).isFalse();
        assertThat(WaiverValidity.runsTooLong(waiver("bot", "ann", AS_OF.plusDays(366)), AS_OF)).isTrue();
        LocalDate beforeALeapDay = LocalDate.of(2027, 3, 1);
        assertThat(WaiverValidity.runsTooLong(waiver("bot", "ann", LocalDate.of(2028, 3, 1)), beforeALeapDay)).as("a calendar year of 366 days")
                .isFalse();
        assertThat(WaiverValidity.runsTooLong(waiver("bot", "ann", LocalDate.of(2028, 3, 2)), beforeALeapDay)).isTrue();
        assertThat(WaiverValidity.runsTooLong(waiver("bot", "ann", null), AS_OF)).isFalse();
    }

    /** A waiver that runs too long is reported, and its finding stays waived: the term is a review date, not a fault of approval. */
    @Test
    void aWaiverThatRunsTooLongStillApplies() throws Exception {
        Assessment a = Fixtures.assess(Fixtures.root().resolve("AC-06/fail-waiver-runs-more-than-a-year.yaml"));
        Finding term = a.findings().stream().filter(f -> f.control().equals("AC-06")).findFirst().orElseThrow();
        assertThat(term.message()).isEqualTo("the waiver of HO-02 for 'cleanup-bot' runs until 2029-12-31, more than a year after "
                + "2026-11-25: an accepted risk is looked at again at least yearly, so set an expiry within a year");
        assertThat(a.findings().stream().filter(f -> f.control().equals("HO-02"))).isNotEmpty().allMatch(Finding::waived);
    }

    @Test
    void theOwnerOfTheAgentMayNotAcceptAHighOrCriticalRiskAlone() {
        Waiver byOwner = waiver("bot", "ann", AS_OF.plusDays(90));
        assertThat(WaiverValidity.selfApproved(byOwner, "ann", Severity.CRITICAL, PEOPLE)).isTrue();
        assertThat(WaiverValidity.selfApproved(byOwner, "ann", Severity.HIGH, PEOPLE)).isTrue();
        assertThat(WaiverValidity.selfApproved(byOwner, "ann", Severity.MEDIUM, PEOPLE)).isFalse();
        assertThat(WaiverValidity.selfApproved(byOwner, "bob", Severity.CRITICAL, PEOPLE)).isFalse();
        assertThat(WaiverValidity.selfApproved(byOwner, null, Severity.CRITICAL, PEOPLE)).isFalse();
        assertThat(WaiverValidity.selfApproved(waiver(null, "ann", AS_OF), "ann", Severity.HIGH, PEOPLE))
                .as("a waiver of the whole deployment waives ann's agent too").isTrue();
        assertThat(WaiverValidity.selfApproved(waiver("bot", null, AS_OF), null, Severity.CRITICAL, PEOPLE)).as("no approver").isFalse();
    }

    /** Whether a waiver stands does not depend on the frameworks reported: a scope without AC-06 had let an owner's waiver of a high finding stand. */
    @Test
    void anOwnersWaiverOfAnEscalatedFindingIsVoidInAScopeWithoutAc06() throws Exception {
        Path file = Fixtures.root().resolve("AC-06/fail-self-approved-escalated-finding.yaml");
        Assessment scoped = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(file).asOf(AS_OF).framework("nist-800-53"))
                .assessment();
        assertThat(scoped.findings()).filteredOn(f -> f.control().equals("AC-03")).singleElement()
                .satisfies(f -> assertThat(f.waived()).as("the waiver is void").isFalse());
        assertThat(scoped.findings()).noneMatch(f -> f.control().equals("AC-06"));
    }

    @Test
    void thePersonWhoseCredentialsTheAgentUsesMayNotAcceptItsRisks() {
        Waiver byOperator = waiver("bot", "kim", AS_OF.plusDays(90));
        assertThat(WaiverValidity.approvedByCredentialHolder(byOperator, "kim", PEOPLE)).isTrue();
        assertThat(WaiverValidity.approvedByCredentialHolder(byOperator, "ann", PEOPLE)).isFalse();
        assertThat(WaiverValidity.approvedByCredentialHolder(byOperator, null, PEOPLE)).as("the agent uses its own credentials").isFalse();
        assertThat(WaiverValidity.approvedByCredentialHolder(waiver(null, "kim", AS_OF), "kim", PEOPLE))
                .as("a waiver of the whole deployment waives the agent that uses kim's credentials too").isTrue();
    }

    @Test
    void aCriticalRiskIsAcceptedAgentByAgent() {
        assertThat(WaiverValidity.deploymentWideOfCritical(waiver(null, "ann", AS_OF), Severity.CRITICAL, false)).isTrue();
        assertThat(WaiverValidity.deploymentWideOfCritical(waiver(null, "ann", AS_OF), Severity.HIGH, false)).isFalse();
        assertThat(WaiverValidity.deploymentWideOfCritical(waiver("bot", "ann", AS_OF), Severity.CRITICAL, false)).as("names its agent").isFalse();
        assertThat(WaiverValidity.deploymentWideOfCritical(waiver(null, "ann", AS_OF), Severity.CRITICAL, true))
                .as("findings about environments, which no waiver names: IR-05's backups").isFalse();
    }

    @Test
    void eachReasonIsExplainedInTheAssessmentsWords() {
        Waiver expired = waiver("bot", "ann", LocalDate.of(2026, 10, 31));
        assertThat(WaiverValidity.explanation(VoidReason.EXPIRED, expired)).isEqualTo("expired on 2026-10-31; its findings count again");
        assertThat(WaiverValidity.explanation(VoidReason.SELF_APPROVED, expired))
                .isEqualTo("approved by the waived agent's own owner, who may not accept a high or critical risk alone");
        assertThat(VoidReason.EXPIRED.state().label()).isEqualTo("expired");
        assertThat(VoidReason.SELF_APPROVED.state().label()).isEqualTo("self-approved");
        assertThat(WaiverValidity.explanation(VoidReason.CREDENTIAL_HOLDER, expired))
                .isEqualTo("approved by the person whose credentials the waived agent acts with");
        assertThat(VoidReason.CREDENTIAL_HOLDER.state().label()).isEqualTo("credential-holder");
        assertThat(VoidReason.DEPLOYMENT_WIDE_CRITICAL.state().label()).isEqualTo("deployment-wide-critical");
    }

    /**
     * A waiver approved by its agent's owner under another id says which id the owner is and why the
     * two are one person, the assessment and the unit alike; approved under the owner's own id, it says
     * no more than that.
     */
    @Test
    void anApproverWhoIsTheOwnerUnderAnotherIdIsNamedWithTheReason() throws Exception {
        Assessment a = Fixtures.assess(Fixtures.root().resolve("AC-06/fail-self-approved-under-another-id-by-name.yaml"));
        assertThat(a.findings().stream().filter(f -> f.control().equals("AC-06")).map(Finding::message).toList()).containsExactly(
                "the waiver of HO-01 for 'cleanup-bot' is approved by the agent's own owner, 'alice-2' (the owner is 'alice', and the two ids"
                        + " have the same name and one of them no e-mail address, so nothing tells them apart), so it does not apply",
                "the waiver of HO-02 for 'cleanup-bot' is approved by the agent's own owner, 'alice-2' (the owner is 'alice', and the two ids"
                        + " have the same name and one of them no e-mail address, so nothing tells them apart), so it does not apply");
        assertThat(WaiverValidity.selfApprovalMessage(waiver("bot", "ann-2", AS_OF), "ann", PEOPLE))
                .endsWith("own owner, 'ann-2' (the owner is 'ann', and the two ids have the same e-mail address), so it does not apply");
        assertThat(WaiverValidity.selfApprovalMessage(waiver("bot", "ann", AS_OF), "ann", PEOPLE)).endsWith("own owner, 'ann', so it does not apply");
        assertThat(WaiverValidity.credentialHolderMessage(waiver("bot", "ann-2", AS_OF), List.of("bob", "ann"), PEOPLE))
                .endsWith("whose credentials the agent acts with (the agent acts as 'ann', and the two ids have the same e-mail address),"
                        + " so it does not apply");
        assertThat(PEOPLE.whyOne("ann", "bob")).as("two people").isNull();
    }

    /** A waiver's place in its list is no part of what a finding about it is: removing one before it keeps its findings' fingerprints. */
    @Test
    void aFindingAboutAWaiverKeepsItsFingerprintWhenAnotherWaiverIsRemoved() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/fixtures/AC-06/fail-expired.yaml"));
        String withoutFirst = yaml.replaceFirst("(?s)waivers:\n  - control: PM-04.*?expires: 2026-10-31\n", "waivers:\n");
        assertThat(withoutFirst).isNotEqualTo(yaml);
        java.util.Map<String, String> before = ac06(Fixtures.assess("before.yaml", yaml));
        java.util.Map<String, String> after = ac06(Fixtures.assess("after.yaml", withoutFirst));
        assertThat(before).hasSize(3);
        assertThat(after).hasSize(2);
        assertThat(before).containsAllEntriesOf(after);
    }

    /**
     * Two identical waivers (a copy kept in two places) are two findings, each with its fingerprint:
     * a shared one made them one alert in code scanning and one OSCAL object twice. The first keeps
     * the fingerprint one waiver alone has.
     */
    @Test
    void copiesOfAWaiverGiveFindingsOfTheirOwnFingerprints() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/fixtures/AC-06/fail-expired.yaml"));
        String copied = yaml.replaceFirst("waivers:\n", "waivers:\n  - control: PM-04\n    agent: billing-bot\n    justification: The payment"
                + " provider issues day-long tokens only\n    approvedBy: ciso\n    expires: 2026-10-31\n");
        assertThat(copied).isNotEqualTo(yaml);
        List<Finding> alone = Fixtures.assess("alone.yaml", yaml).findings().stream().filter(f -> f.control().equals("AC-06")).toList();
        List<Finding> twice = Fixtures.assess("twice.yaml", copied).findings().stream().filter(f -> f.control().equals("AC-06")).toList();
        assertThat(twice).hasSize(alone.size() + 1);
        assertThat(twice.stream().map(Finding::fingerprint).distinct()).hasSize(twice.size());
        assertThat(twice.stream().map(Finding::fingerprint)).containsAll(alone.stream().map(Finding::fingerprint).toList());
    }

    /** The AC-06 findings by fingerprint, each with its message, which names the waiver's control. */
    private static java.util.Map<String, String> ac06(Assessment a) {
        return a.findings().stream().filter(f -> f.control().equals("AC-06"))
                .collect(java.util.stream.Collectors.toMap(Finding::fingerprint, Finding::message));
    }
}

package io.oversight.engine;

import io.oversight.deployment.model.People;
import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.facts.VoidReason;
import java.time.LocalDate;
import java.util.Collection;

/**
 * When a declared waiver waives nothing, and how that is said. A waiver is void once it has
 * expired; when the owner of the waived agent approved it for a control whose default severity
 * is high or critical: nobody accepts a serious risk of their own alone; when it is approved by
 * the person whose credentials the agent acts with (an inherited identity's operator), who would
 * accept a risk run in their own name; and when it waives, for the whole deployment, a control
 * that can report a critical finding: a critical risk is accepted agent by agent; and when it waives
 * AC-06 itself, whose findings are these. The rules behind AC-06
 * ({@code derive.drl}), the waiver statuses of an assessment and {@code oversight waivers lint}
 * all decide it here.
 */
public final class WaiverValidity {

    /**
     * The control that judges waivers. A waiver of it would accept the findings that say which
     * waivers do not hold, so that a void waiver's risk could be accepted by another waiver: it
     * never applies.
     */
    public static final String JUDGE = "AC-06";

    /** How many days ahead an expiry is announced. */
    public static final int EXPIRY_NOTICE_DAYS = 30;

    private WaiverValidity() {
    }

    /** Whether {@code waiver} expired before {@code asOf}. */
    public static boolean expired(Waiver waiver, LocalDate asOf) {
        return waiver.expires() != null && waiver.expires().isBefore(asOf);
    }

    /**
     * Whether {@code waiver} runs more than a year (a calendar year, so a leap day counts) after
     * {@code asOf}: an accepted risk is looked at again at least yearly, as the frameworks' risk
     * treatment asks at the least. Reported, not voided: the term is a review date, not a fault of
     * the approval.
     */
    public static boolean runsTooLong(Waiver waiver, LocalDate asOf) {
        return waiver.expires() != null && waiver.expires().isAfter(asOf.plusYears(1));
    }

    /** What AC-06 and {@code waivers lint} say of a waiver that runs more than a year. */
    public static String termNote(Waiver waiver, LocalDate asOf) {
        return "runs until " + waiver.expires() + ", more than a year after " + asOf
                + ": an accepted risk is looked at again at least yearly, so set an expiry within a year";
    }

    /** Whether {@code waiver} is still in time on {@code asOf} but expires within {@link #EXPIRY_NOTICE_DAYS}. */
    public static boolean expiresSoon(Waiver waiver, LocalDate asOf) {
        return waiver.expires() != null && !expired(waiver, asOf) && !waiver.expires().isAfter(asOf.plusDays(EXPIRY_NOTICE_DAYS));
    }

    /**
     * Whether {@code waiver} is approved by {@code agentOwner}, the owner of an agent it waives (the
     * one it names, or any, for a waiver of the whole deployment), under any of their ids, as
     * {@code people} tells them apart, for a control whose default severity {@code controlSeverity}
     * is high or critical.
     */
    public static boolean selfApproved(Waiver waiver, String agentOwner, Severity controlSeverity, People people) {
        return people.same(waiver.approvedBy(), agentOwner) && controlSeverity.atLeast(Severity.HIGH);
    }

    /**
     * Whether {@code waiver} is approved by {@code credentialHolder}, the person whose credentials an
     * agent it waives acts with (null when it acts with its own), under any of their ids.
     */
    public static boolean approvedByCredentialHolder(Waiver waiver, String credentialHolder, People people) {
        return people.same(waiver.approvedBy(), credentialHolder);
    }

    /**
     * Whether {@code waiver}, applied to {@code finding} of an agent owned by {@code agentOwner}, is
     * that owner's acceptance of a high or critical finding: a control whose default severity is
     * lower can report one where its escalation holds (AC-03 in a critical environment), which only
     * the assembled finding shows.
     */
    public static boolean selfApprovedFinding(Waiver waiver, Finding finding, String agentOwner, People people) {
        return finding.severity().atLeast(Severity.HIGH) && people.same(waiver.approvedBy(), agentOwner);
    }

    /**
     * What AC-06 says of a waiver its agent's owner approved; {@code owner} is that owner's id as the
     * agent names it (null for a waiver of the whole deployment), which the message names when the
     * waiver's approver is the owner under another id.
     */
    public static String selfApprovalMessage(Waiver waiver, String owner, People people) {
        return "the waiver of " + waiver.control() + (waiver.agent() == null ? " for the whole deployment is approved by the owner of an agent it waives, '"
                : " for '" + waiver.agent() + "' is approved by the agent's own owner, '") + waiver.approvedBy() + "'"
                + otherId(waiver, "the owner is", owner, people) + ", so it does not apply";
    }

    /**
     * What AC-06 says of a waiver of the whole deployment void as self-approved: approved by the
     * deployment's owner ({@code deploymentOwner}, under any of their ids), who holds its own risks,
     * or else by the owner of an agent it waives.
     */
    public static String deploymentWideSelfApprovalMessage(Waiver waiver, String deploymentOwner, People people) {
        if (!people.same(waiver.approvedBy(), deploymentOwner)) {
            return selfApprovalMessage(waiver, null, people);
        }
        return "the waiver of " + waiver.control() + " for the whole deployment is approved by the deployment's own owner, '" + waiver.approvedBy()
                + "'" + otherId(waiver, "the owner is", deploymentOwner, people) + ", who may not accept a high or critical risk of it alone,"
                + " so it does not apply";
    }

    /**
     * What AC-06 says of a waiver the person whose credentials the agent acts with approved, one of
     * {@code holders} (of the agent; null for a waiver of the whole deployment).
     */
    public static String credentialHolderMessage(Waiver waiver, Collection<String> holders, People people) {
        String holder = holders == null ? null : holders.stream().filter(h -> people.same(waiver.approvedBy(), h)).findFirst().orElse(null);
        return "the waiver of " + waiver.control() + (waiver.agent() == null ? " for the whole deployment" : " for '" + waiver.agent() + "'")
                + " is approved by '" + waiver.approvedBy() + "', whose credentials " + (waiver.agent() == null ? "an agent it waives" : "the agent")
                + " acts with" + otherId(waiver, "the agent acts as", holder, people) + ", so it does not apply";
    }

    /**
     * {@code  (the owner is 'ann', and the two ids have the same e-mail address)}, said of the approver
     * of {@code waiver} who is {@code id} under another id; nothing when the approver is {@code id} itself.
     */
    public static String otherId(Waiver waiver, String role, String id, People people) {
        String why = id == null ? null : people.whyOne(waiver.approvedBy(), id);
        return why == null ? "" : " (" + role + " '" + id + "', and " + why + ")";
    }

    /**
     * The control whose findings are practices the law forbids outright (EU AI Act Art. 5, Texas
     * TRAIGA's bans): no safeguard makes one acceptable, so no one can accept it as a risk.
     */
    private static final String FORBIDDEN_PRACTICES = "RM-03";

    /** Whether {@code waiver} waives a control whose findings no waiver can accept: the one that judges waivers, or forbidden practices. */
    public static boolean notWaivable(Waiver waiver) {
        return JUDGE.equals(waiver.control()) || FORBIDDEN_PRACTICES.equals(waiver.control());
    }

    /** What AC-06 says of a waiver of a control {@link #notWaivable} names: why its findings cannot be waived. */
    public static String notWaivableNote(Waiver waiver) {
        return JUDGE.equals(waiver.control()) ? JUDGE + " judges the waivers themselves, and its findings cannot be waived"
                : waiver.control() + " reports practices the law forbids outright, which no one can accept as a risk: its findings cannot be waived";
    }

    /**
     * Whether {@code waiver} names no agent while its control can report a finding as severe as
     * {@code worst} = critical about agents: a control whose findings are about environments
     * ({@code aboutEnvironments}, IR-05's backups) is waived deployment-wide, since a waiver names no
     * environment and one naming an agent matches none of them.
     */
    public static boolean deploymentWideOfCritical(Waiver waiver, Severity worst, boolean aboutEnvironments) {
        return waiver.agent() == null && worst == Severity.CRITICAL && !aboutEnvironments;
    }

    /** What became of an expired waiver: {@code expired on 2026-10-31; its findings count again}. */
    public static String expiryNote(Waiver waiver) {
        return "expired on " + waiver.expires() + "; its findings count again";
    }

    /**
     * Whether {@code other}, another waiver, covers every finding {@code waiver} covers: of the same
     * control, and of its agent or of the whole deployment. An expired waiver so covered by one in
     * force is a stale entry, not a risk that counts again.
     */
    public static boolean covers(Waiver other, Waiver waiver) {
        return other.index() != waiver.index() && other.control().equals(waiver.control())
                && (other.agent() == null || other.agent().equals(waiver.agent()));
    }

    /** What AC-06 and the assessment say of an expired waiver that {@code renewal}, in force, replaces. */
    public static String replacedNote(Waiver renewal) {
        return "; " + renewal.subjectId() + ", in force until " + renewal.expires() + ", covers its findings: remove the expired one";
    }

    /** Why a waiver void for {@code reason} waives nothing, as an assessment reports it. */
    static String explanation(VoidReason reason, Waiver waiver) {
        return switch (reason) {
            case EXPIRED -> expiryNote(waiver);
            case SELF_APPROVED -> waiver.agent() != null ? "approved by the waived agent's own owner, who may not accept a high or critical risk alone"
                    : "approved by the owner of a risk it waives (the deployment's owner, or an agent's: it names none, so it waives them all),"
                            + " who may not accept a high or critical risk alone";
            case CREDENTIAL_HOLDER -> waiver.agent() != null ? "approved by the person whose credentials the waived agent acts with"
                    : "approved by the person whose credentials an agent it waives acts with (it names none, so it waives them all)";
            case DEPLOYMENT_WIDE_CRITICAL -> "waives a control that can report critical findings for the whole deployment;"
                    + " name the agent it covers";
            case NOT_WAIVABLE -> notWaivableNote(waiver);
        };
    }
}

package vn.gov.moj.thads.complaints.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.complaints.config.ComplaintRulesConfig;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Complexity;
import vn.gov.moj.thads.complaints.model.FinalDecision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.complaints.model.Phase;
import vn.gov.moj.thads.complaints.model.SubjectKind;
import vn.gov.moj.thads.platform.calendar.TimeLimit;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.rules.EffectiveDated;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of domain.md §4: who is competent for a petition, with the org units as they were on
 * the day it was received; where it was filed compared with that; which decisions are final; and
 * its time limits, each read from the rule set in force on the day its clock starts (filing: the
 * receipt; acceptance: the day the competent agency received it; resolution and extensions: the
 * acceptance, which for denunciations is also what the Law on Denunciations 2018 says for
 * petitions pending when it took effect). Pure functions of their arguments, the configuration,
 * the calendar and the org units: rule tests construct it without Quarkus.
 */
@ApplicationScoped
public class ComplaintRules {

    private final EffectiveDated<ComplaintRulesConfig.ComplaintRuleSet> complaintRules;
    private final EffectiveDated<ComplaintRulesConfig.DenunciationRuleSet> denunciationRules;
    private final WorkingCalendar calendar;
    private final OrgUnits orgUnits;

    @Inject
    public ComplaintRules(ComplaintRulesConfig config, WorkingCalendar calendar, OrgUnits orgUnits) {
        this.complaintRules = EffectiveDated.of(config.complaintRules(), ComplaintRulesConfig.ComplaintRuleSet::effectiveFrom);
        this.denunciationRules = EffectiveDated.of(config.denunciationRules(), ComplaintRulesConfig.DenunciationRuleSet::effectiveFrom);
        for (var rules : denunciationRules.all()) {
            rules.resolve().plus(rules.extension()); // fails at start when the two are in different units
        }
        this.calendar = calendar;
        this.orgUnits = orgUnits;
    }

    // ---------------------------------------------------------------- units on the receipt date

    /**
     * Complaint about an officer of A: head of A, then head of parent(A) on a second complaint;
     * about the head of A: parent(A), then parent(parent(A)). Denunciation of an officer of A: A;
     * of the head of A: parent(A). A petition goes to the agency it concerns, one about its head to parent(A): the
     * head cannot decide it (ComplaintAccess), and no one else at A may. The ministry caps it.
     * Units are taken as they were on {@code on} (the receipt): a unit that had closed by then is
     * replaced by the unit holding its records that day; one that still existed is itself.
     */
    public String competentAgency(ComplaintType type, SubjectKind subject, int round, String subjectAgency, LocalDate on) {
        int levelsUp = switch (type) {
            case COMPLAINT -> (subject == SubjectKind.AGENCY_HEAD ? 1 : 0) + (round >= 2 ? 1 : 0);
            case DENUNCIATION, PETITION -> subject == SubjectKind.AGENCY_HEAD ? 1 : 0;
        };
        String agency = orgUnits.representativeOn(subjectAgency, on);
        for (int i = 0; i < levelsUp; i++) {
            agency = orgUnits.representativeOn(parent(agency), on);
        }
        return agency;
    }

    public Jurisdiction jurisdiction(String filedAt, String competent) {
        if (filedAt.equals(competent)) {
            return Jurisdiction.WITHIN;
        }
        return isAbove(filedAt, competent) ? Jurisdiction.OVER_LEVEL : Jurisdiction.OUT_OF_JURISDICTION;
    }

    public static String parent(String code) {
        if (OrgUnits.NATIONAL.equals(code)) {
            return OrgUnits.NATIONAL;
        }
        return code.contains(".") ? OrgUnits.provinceOf(code) : OrgUnits.NATIONAL;
    }

    static boolean isAbove(String higher, String lower) {
        for (String unit = parent(lower); ; unit = parent(unit)) {
            if (unit.equals(higher)) {
                return true;
            }
            if (OrgUnits.NATIONAL.equals(unit)) {
                return false;
            }
        }
    }

    /**
     * The agency where a petition was filed must have existed on the day it was received: a
     * petition "filed" at a unit that had already closed is a data-entry error (422 naming the
     * unit that held its records that day); one filed at a unit not yet created, likewise.
     */
    public void requireFiledAtExisting(String code, LocalDate receivedOn) {
        if (OrgUnits.NATIONAL.equals(code)) {
            return;
        }
        OrgUnit unit = orgUnits.find(code).orElseThrow(() -> ProblemException.unprocessable("unknown-agency",
                "Agency " + code + " does not exist"));
        if (unit.endedBefore(receivedOn)) {
            String successor = orgUnits.representativeOn(code, receivedOn);
            throw ProblemException.unprocessable("unit-closed-on-receipt-date", "Agency " + code + " (" + unit.nameOn(receivedOn)
                            + ") had closed on " + unit.validTo() + ", before the receipt on " + receivedOn + "; its successor then was "
                            + successor + " (" + orgUnits.nameOn(successor, receivedOn) + ")")
                    .with("field", "filedAtAgencyCode").with("closedOn", unit.validTo()).with("successorAgencyCode", successor)
                    .with("successorAgencyName", orgUnits.nameOn(successor, receivedOn));
        }
        requireOpenedBy(unit, receivedOn, "filedAtAgencyCode");
    }

    /** An agency whose officer or head acted must have existed by the receipt (a closed one is replaced, see above). */
    public void requireSubjectAgencyExisting(String code, LocalDate receivedOn) {
        if (OrgUnits.NATIONAL.equals(code)) {
            return;
        }
        OrgUnit unit = orgUnits.find(code).orElseThrow(() -> ProblemException.unprocessable("unknown-agency",
                "Agency " + code + " does not exist"));
        requireOpenedBy(unit, receivedOn, "subject.agencyCode");
    }

    private static void requireOpenedBy(OrgUnit unit, LocalDate receivedOn, String field) {
        if (unit.validFrom() != null && receivedOn.isBefore(unit.validFrom())) {
            throw ProblemException.unprocessable("unit-not-open-on-receipt-date", "Agency " + unit.code() + " (" + unit.nameOn(receivedOn)
                            + ") was created on " + unit.validFrom() + ", after the receipt on " + receivedOn
                            + ": name the unit that existed then")
                    .with("field", field).with("openedOn", unit.validFrom());
        }
    }

    // ---------------------------------------------------------------- final decisions

    /**
     * Why the decision on this complaint is final, if it is: it was a second complaint, the head
     * of the national agency decided it, or it was about a security measure.
     */
    public Optional<FinalDecision> finalDecision(ComplaintType type, int round, Phase phase, String competentAgency) {
        if (type != ComplaintType.COMPLAINT) {
            return Optional.empty();
        }
        if (round >= 2) {
            return Optional.of(FinalDecision.SECOND_COMPLAINT);
        }
        if (OrgUnits.NATIONAL.equals(competentAgency)) {
            return Optional.of(FinalDecision.NATIONAL_AGENCY);
        }
        if (phase != null && phase.isSecurityMeasure()) {
            return Optional.of(FinalDecision.SECURITY_MEASURE);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- time limits

    public ComplaintRulesConfig.ComplaintRuleSet complaintRulesOn(LocalDate date) {
        return complaintRules.on(date).orElseThrow(() -> noRule("complaints", date, complaintRules.firstEffective()));
    }

    public ComplaintRulesConfig.DenunciationRuleSet denunciationRulesOn(LocalDate date) {
        return denunciationRules.on(date).orElseThrow(() -> noRule("denunciations", date, denunciationRules.firstEffective()));
    }

    private static ProblemException noRule(String what, LocalDate date, LocalDate first) {
        return ProblemException.unprocessable("no-rule-in-force", "No time limits for " + what + " are configured for "
                + date + "; the first rule set takes effect on " + first).with("date", date).with("firstEffective", first);
    }

    /** Refuses a receipt date before every configured rule set (the limits of that day are unknown). */
    public void requireRulesOn(ComplaintType type, LocalDate receivedOn) {
        if (type == ComplaintType.DENUNCIATION) {
            denunciationRulesOn(receivedOn);
        } else {
            complaintRulesOn(receivedOn);
        }
    }

    /** Acceptance (thụ lý): from the day the competent agency received the petition (itself, or by transfer). */
    public LocalDate acceptBy(ComplaintType type, LocalDate competentReceivedOn) {
        TimeLimit limit = type == ComplaintType.DENUNCIATION ? denunciationRulesOn(competentReceivedOn).accept()
                : complaintRulesOn(competentReceivedOn).accept();
        return calendar.deadline(competentReceivedOn, limit);
    }

    /** The resolution limit of a complaint or petition in force on its acceptance. */
    public TimeLimit resolutionLimit(ComplaintType type, int round, Phase phase, LocalDate acceptedOn) {
        return switch (type) {
            case DENUNCIATION -> denunciationRulesOn(acceptedOn).resolve();
            case PETITION -> complaintRulesOn(acceptedOn).resolvePetition();
            case COMPLAINT -> {
                var resolve = complaintRulesOn(acceptedOn).resolve();
                yield round >= 2 ? resolve.secondRound() : byPhase(resolve, phase);
            }
        };
    }

    /**
     * The last day to resolve, counted from the acceptance; for a denunciation each extension runs on from the end of
     * the period before it, that end moved past a day off first (Luật Tố cáo 2018 art. 30, Bộ luật Dân sự art. 148):
     * accepted Friday 27 February 2026, 30 days end Sunday 29 March, so Monday 30 March, and an extension of 30 days
     * ends Wednesday 29 April (60 days added at once gave Tuesday 28 April).
     */
    public LocalDate resolveBy(ComplaintType type, int round, Phase phase, LocalDate acceptedOn, int extensions) {
        TimeLimit limit = resolutionLimit(type, round, phase, acceptedOn);
        if (type != ComplaintType.DENUNCIATION || extensions == 0) {
            return calendar.deadline(acceptedOn, limit);
        }
        var rules = denunciationRulesOn(acceptedOn);
        if (!rules.extensionsChained()) {
            // 2011: 60 + 30 = 90 days from the acceptance (chained, a 60-day end moved past Tết gave 2018-03-23, not 03-19)
            return calendar.deadline(acceptedOn, limit.plus(rules.extension().times(extensions)));
        }
        LocalDate due = calendar.deadline(acceptedOn, limit);
        for (int i = 0; i < extensions; i++) {
            due = calendar.deadline(due, rules.extension());
        }
        return due;
    }

    /** How many extensions a denunciation accepted on {@code acceptedOn} may have for this complexity. */
    public int allowedExtensions(LocalDate acceptedOn, Complexity complexity) {
        var rules = denunciationRulesOn(acceptedOn);
        return complexity == Complexity.ESPECIALLY_COMPLEX ? rules.extensionsEspeciallyComplex() : rules.extensionsComplex();
    }

    /**
     * The last day to file a complaint, or null when it cannot be known (no act date or phase): from
     * the act (or the day the complainant received the decision), or for a second complaint from
     * the day the complainant received the first decision.
     */
    public LocalDate fileBy(ComplaintType type, int round, Phase phase, LocalDate actDate, LocalDate firstDecisionReceivedOn,
                            LocalDate receivedOn) {
        if (type != ComplaintType.COMPLAINT) {
            return null;
        }
        var file = complaintRulesOn(receivedOn).file();
        if (round >= 2) {
            return firstDecisionReceivedOn == null ? null : calendar.deadline(firstDecisionReceivedOn, file.secondRound());
        }
        if (actDate == null || phase == null) {
            return null;
        }
        return calendar.deadline(actDate, byPhase(file, phase));
    }

    /** A complaint filed after its limit is recorded and flagged, never refused. */
    public boolean isLateFiling(ComplaintType type, int round, Phase phase, LocalDate actDate, LocalDate firstDecisionReceivedOn,
                                LocalDate receivedOn) {
        LocalDate fileBy = fileBy(type, round, phase, actDate, firstDecisionReceivedOn, receivedOn);
        return fileBy != null && receivedOn.isAfter(fileBy);
    }

    private static TimeLimit byPhase(ComplaintRulesConfig.PhaseLimits limits, Phase phase) {
        return switch (phase == null ? Phase.BEFORE_MEASURES : phase) {
            case BEFORE_MEASURES -> limits.beforeMeasures();
            case ACCOUNT_FREEZE -> limits.accountFreeze();
            case SECURITY_MEASURE -> limits.securityMeasure();
            case COERCION -> limits.coercion();
            case AFTER_COERCION -> limits.afterCoercion();
        };
    }
}

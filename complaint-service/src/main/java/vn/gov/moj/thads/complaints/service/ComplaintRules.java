package vn.gov.moj.thads.complaints.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.complaints.config.ComplaintRulesConfig;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.complaints.model.Phase;
import vn.gov.moj.thads.complaints.model.SubjectKind;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of domain.md §4: who is competent for a petition, where it was filed compared with
 * that, and its time limits. Pure functions of their arguments and the configuration.
 */
@ApplicationScoped
public class ComplaintRules {

    private final List<ComplaintRulesConfig.RuleSet> ruleSets;
    private final WorkingCalendar calendar;
    private final OrgUnits orgUnits;

    public ComplaintRules(ComplaintRulesConfig config, WorkingCalendar calendar, OrgUnits orgUnits) {
        this.ruleSets = config.ruleSets().stream()
                .sorted(Comparator.comparing(ComplaintRulesConfig.RuleSet::effectiveFrom)).toList();
        this.calendar = calendar;
        this.orgUnits = orgUnits;
    }

    /**
     * Complaint about an officer of A: head of A, then head of parent(A) on a second complaint;
     * about the head of A: parent(A), then parent(parent(A)). Denunciation of an officer of A: A;
     * of the head of A: parent(A). A petition goes to the agency it concerns. The ministry caps it;
     * a unit merged away is replaced by its successor.
     */
    public String competentAgency(ComplaintType type, SubjectKind subject, int round, String subjectAgency) {
        int levelsUp = switch (type) {
            case COMPLAINT -> (subject == SubjectKind.AGENCY_HEAD ? 1 : 0) + (round >= 2 ? 1 : 0);
            case DENUNCIATION -> subject == SubjectKind.AGENCY_HEAD ? 1 : 0;
            case PETITION -> 0;
        };
        String agency = current(subjectAgency);
        for (int i = 0; i < levelsUp; i++) {
            agency = current(parent(agency));
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

    /** Follows the successor chain of a unit merged away (e.g. Bắc Kạn → Thái Nguyên). */
    private String current(String code) {
        String unit = code;
        for (int hops = 0; hops < 10; hops++) {
            String successor = orgUnits.find(unit).map(OrgUnit::successorCode).orElse(null);
            if (successor == null) {
                return unit;
            }
            unit = successor;
        }
        return unit;
    }

    public ComplaintRulesConfig.RuleSet inForceOn(LocalDate date) {
        ComplaintRulesConfig.RuleSet inForce = ruleSets.get(0);
        for (ComplaintRulesConfig.RuleSet ruleSet : ruleSets) {
            if (!ruleSet.effectiveFrom().isAfter(date)) {
                inForce = ruleSet;
            }
        }
        return inForce;
    }

    public LocalDate acceptBy(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, inForceOn(receivedOn).acceptWorkingDays());
    }

    public int resolutionDays(ComplaintType type, int round, Phase phase, LocalDate receivedOn) {
        var rules = inForceOn(receivedOn);
        return switch (type) {
            case DENUNCIATION -> rules.resolveDaysDenunciation();
            case PETITION -> rules.resolveDaysPetition();
            case COMPLAINT -> {
                if (round >= 2) {
                    yield rules.resolveDaysSecondRound();
                }
                yield phase == Phase.COERCION || phase == Phase.AFTER_COERCION ? rules.resolveDaysCoercion()
                        : phase == Phase.SECURITY_MEASURE ? rules.resolveDaysSecurityMeasure() : rules.resolveDaysBeforeMeasures();
            }
        };
    }

    public int extensionDays(LocalDate receivedOn) {
        return inForceOn(receivedOn).denunciationExtensionDays();
    }

    /**
     * A complaint filed after its limit is recorded and flagged, never refused. The limit runs
     * from the act (when known) or, for a second complaint, from the first resolution.
     */
    public boolean isLateFiling(ComplaintType type, int round, Phase phase, LocalDate actDate,
                                LocalDate firstResolvedOn, LocalDate receivedOn) {
        if (type != ComplaintType.COMPLAINT) {
            return false;
        }
        var rules = inForceOn(receivedOn);
        if (round >= 2) {
            return firstResolvedOn != null && receivedOn.isAfter(firstResolvedOn.plusDays(rules.fileDaysSecondRound()));
        }
        if (actDate == null || phase == null) {
            return false;
        }
        int limit = switch (phase) {
            case BEFORE_MEASURES -> rules.fileDaysBeforeMeasures();
            case SECURITY_MEASURE -> rules.fileDaysSecurityMeasure();
            case COERCION, AFTER_COERCION -> rules.fileDaysCoercion();
        };
        return receivedOn.isAfter(actDate.plusDays(limit));
    }
}

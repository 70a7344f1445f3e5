package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.cases.config.StatutoryLimitsConfig;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which statutory limits a case has passed, by the rule set in force on the date each rule looks at. */
@ApplicationScoped
public class StatutoryLimits {

    public enum Rule { DECISION_LATE, FIRST_VERIFICATION_LATE, REVERIFICATION_DUE, REQUEST_OUT_OF_TIME }

    private final List<StatutoryLimitsConfig.RuleSet> ruleSets;
    private final WorkingCalendar calendar;

    public StatutoryLimits(StatutoryLimitsConfig config, WorkingCalendar calendar) {
        this.ruleSets = config.ruleSets().stream()
                .sorted(Comparator.comparing(StatutoryLimitsConfig.RuleSet::effectiveFrom)).toList();
        this.calendar = calendar;
    }

    public StatutoryLimitsConfig.RuleSet inForceOn(LocalDate date) {
        StatutoryLimitsConfig.RuleSet inForce = ruleSets.get(0);
        for (StatutoryLimitsConfig.RuleSet ruleSet : ruleSets) {
            if (!ruleSet.effectiveFrom().isAfter(date)) {
                inForce = ruleSet;
            }
        }
        return inForce;
    }

    public Set<Rule> passed(EnforcementCase c, LocalDate today) {
        Set<Rule> passed = EnumSet.noneOf(Rule.class);
        if (c.requestReceivedOn() != null) {
            var rule = inForceOn(c.requestReceivedOn());
            if (c.decisionDate().isAfter(calendar.plusWorkingDays(c.requestReceivedOn(), rule.decisionWorkingDays()))) {
                passed.add(Rule.DECISION_LATE);
            }
        }
        if (c.kind() == CaseKind.ON_REQUEST) {
            LocalDate requested = c.requestReceivedOn() != null ? c.requestReceivedOn() : c.decisionDate();
            var rule = inForceOn(requested);
            if (requested.isAfter(c.judgment().effectiveDate().plusYears(rule.requestYears()))) {
                passed.add(Rule.REQUEST_OUT_OF_TIME);
            }
        }
        if (c.status().isFinal()) {
            return passed;
        }
        if (c.lastVerifiedOn() == null) {
            LocalDate notified = c.debtorNotifiedOn() != null ? c.debtorNotifiedOn() : c.decisionDate();
            var rule = inForceOn(notified);
            LocalDate due = notified.plusDays(rule.voluntaryDays()).plusDays(rule.firstVerificationDays());
            if (today.isAfter(due)) {
                passed.add(Rule.FIRST_VERIFICATION_LATE);
            }
        } else if (c.status() == CaseStatus.NO_CONDITIONS) {
            var rule = inForceOn(c.lastVerifiedOn());
            int months = c.extendedReverification() ? rule.extendedReverificationMonths() : rule.reverificationMonths();
            if (today.isAfter(c.lastVerifiedOn().plusMonths(months))) {
                passed.add(Rule.REVERIFICATION_DUE);
            }
        }
        return passed;
    }
}

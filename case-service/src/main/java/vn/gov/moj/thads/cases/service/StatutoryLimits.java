package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.cases.config.StatutoryLimitsConfig;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which statutory limits a case has passed, by the rule set in force on the date each rule looks at. */
@ApplicationScoped
public class StatutoryLimits {

    public enum Rule { DECISION_LATE, FIRST_VERIFICATION_LATE, REVERIFICATION_DUE, REQUEST_OUT_OF_TIME }

    private final List<StatutoryLimitsConfig.RuleSet> ruleSets;
    private final Set<LocalDate> holidays;

    public StatutoryLimits(StatutoryLimitsConfig config) {
        this.ruleSets = config.ruleSets().stream()
                .sorted(Comparator.comparing(StatutoryLimitsConfig.RuleSet::effectiveFrom)).toList();
        this.holidays = new HashSet<>(config.holidays().orElse(List.of()));
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
            if (c.decisionDate().isAfter(plusWorkingDays(c.requestReceivedOn(), rule.decisionWorkingDays()))) {
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

    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        LocalDate date = from;
        int added = 0;
        while (added < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }
}

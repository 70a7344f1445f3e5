package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.cases.config.StatutoryLimitsConfig;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.VerificationResult;
import vn.gov.moj.thads.platform.calendar.TimeLimit;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.rules.EffectiveDated;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Which statutory limits a case has passed, by the rule set in force on the date each rule looks at. */
@ApplicationScoped
public class StatutoryLimits {

    public enum Rule { DECISION_LATE, FIRST_VERIFICATION_LATE, REVERIFICATION_DUE, REQUEST_OUT_OF_TIME }

    private final EffectiveDated<StatutoryLimitsConfig.RuleSet> ruleSets;
    private final WorkingCalendar calendar;

    public StatutoryLimits(StatutoryLimitsConfig config, WorkingCalendar calendar) {
        this.ruleSets = EffectiveDated.of(config.ruleSets(), StatutoryLimitsConfig.RuleSet::effectiveFrom);
        this.calendar = calendar;
    }

    /** The rule set in force on the date; a date before every configured law is judged by none (no flag). */
    public Optional<StatutoryLimitsConfig.RuleSet> inForceOn(LocalDate date) {
        return ruleSets.on(date);
    }

    public Set<Rule> passed(EnforcementCase c, LocalDate today) {
        Set<Rule> passed = EnumSet.noneOf(Rule.class);
        if (c.requestReceivedOn() != null) {
            inForceOn(c.requestReceivedOn()).filter(rule -> c.decisionDate()
                    .isAfter(calendar.plusWorkingDays(c.requestReceivedOn(), rule.decisionWorkingDays())))
                    .ifPresent(rule -> passed.add(Rule.DECISION_LATE));
        }
        if (c.kind() == CaseKind.ON_REQUEST) {
            // judged by the rule of the request's day, as before: no rule set is configured before 2015-07-01, and a
            // judgment that took effect before then is the likeliest to be out of time
            LocalDate requested = c.requestReceivedOn() != null ? c.requestReceivedOn() : c.decisionDate();
            LocalDate effective = c.judgment().effectiveDate();
            inForceOn(requested).filter(rule -> requested.isAfter(calendar.workingDayOnOrAfter(effective.plusYears(rule.requestYears()))))
                    .ifPresent(rule -> passed.add(Rule.REQUEST_OUT_OF_TIME));
        }
        if (c.status().isFinal()) {
            return passed;
        }
        // a postponed or suspended case takes no enforcement step until its head resumes it (Luật THADS arts. 48-49):
        // its limits are judged as on the day it was paused (its last dated change: a paused case takes no other dated
        // change, EnforcementCase), so one late then stays late and none falls due while it waits
        boolean paused = CaseStatus.PAUSED.contains(c.status());
        LocalDate judgedOn = paused && c.lastDatedOn() != null && c.lastDatedOn().isBefore(today) ? c.lastDatedOn() : today;
        // A period whose last day is a weekend or holiday ends on the next working day (Bộ luật Dân sự 2015 art. 148
        // cl. 5, as the complaint limits, domain.md §4); the voluntary period and the first verification are each
        // judged by the rule in force when they start.
        if (c.lastVerifiedOn() == null) {
            LocalDate notified = c.debtorNotifiedOn() != null ? c.debtorNotifiedOn() : c.decisionDate();
            inForceOn(notified).map(rule -> calendar.deadline(notified, TimeLimit.days(rule.voluntaryDays()))).ifPresent(voluntaryEnds ->
                    inForceOn(voluntaryEnds).filter(rule -> judgedOn.isAfter(calendar.deadline(voluntaryEnds, TimeLimit.days(rule.firstVerificationDays()))))
                            .ifPresent(rule -> passed.add(Rule.FIRST_VERIFICATION_LATE)));
        } else if (c.status() == CaseStatus.NO_CONDITIONS || (paused && c.classification() == VerificationResult.NO_CONDITIONS)) {
            inForceOn(c.lastVerifiedOn()).filter(rule -> judgedOn.isAfter(calendar.workingDayOnOrAfter(c.lastVerifiedOn().plusMonths(
                            c.extendedReverification() ? rule.extendedReverificationMonths() : rule.reverificationMonths()))))
                    .ifPresent(rule -> passed.add(Rule.REVERIFICATION_DUE));
        }
        return passed;
    }
}

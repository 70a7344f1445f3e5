package vn.gov.moj.thads.cases.config;

import io.smallrye.config.ConfigMapping;

import java.time.LocalDate;
import java.util.List;

/**
 * Statutory time limits of enforcement (domain.md §3), as rule sets with the date each law took
 * effect. A case is judged by the rule set in force on the date that matters for the rule.
 */
@ConfigMapping(prefix = "thads.statutory-limits")
public interface StatutoryLimitsConfig {

    List<RuleSet> ruleSets();

    interface RuleSet {
        LocalDate effectiveFrom();

        String law();

        /** Enforcement decision after a request or judgment is received, in working days. */
        int decisionWorkingDays();

        /** Voluntary execution period after the debtor is notified, in days. */
        int voluntaryDays();

        /** First verification after the voluntary period ends, in days. */
        int firstVerificationDays();

        /** Re-verification of a case without conditions, in months. */
        int reverificationMonths();

        /** The same when the debtor is in prison with 2+ years left or cannot be found. */
        int extendedReverificationMonths();

        /** Right to request enforcement, in years from the judgment taking effect. */
        int requestYears();
    }
}

package vn.gov.moj.thads.complaints.config;

import io.smallrye.config.ConfigMapping;

import java.time.LocalDate;
import java.util.List;

/**
 * Time limits for petitions (domain.md §4), as rule sets with the date they took effect; a
 * petition is judged by the set in force on the day it was received.
 */
@ConfigMapping(prefix = "thads.complaints")
public interface ComplaintRulesConfig {

    List<RuleSet> ruleSets();

    interface RuleSet {
        LocalDate effectiveFrom();

        /** Acceptance (thụ lý) after receipt, in working days. */
        int acceptWorkingDays();

        /** Resolution after acceptance, in days, by kind of petition. */
        int resolveDaysBeforeMeasures();

        int resolveDaysSecurityMeasure();

        int resolveDaysCoercion();

        int resolveDaysSecondRound();

        int resolveDaysDenunciation();

        int denunciationExtensionDays();

        int resolveDaysPetition();

        /** Filing limits for a complaint, in days from the act (or from the first resolution). */
        int fileDaysBeforeMeasures();

        int fileDaysSecurityMeasure();

        int fileDaysCoercion();

        int fileDaysSecondRound();
    }
}

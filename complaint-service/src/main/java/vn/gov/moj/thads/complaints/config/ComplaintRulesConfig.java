package vn.gov.moj.thads.complaints.config;

import io.smallrye.config.ConfigMapping;
import vn.gov.moj.thads.platform.calendar.TimeLimit;

import java.time.LocalDate;
import java.util.List;

/**
 * Time limits for petitions (domain.md §4), as rule sets with the date their law took effect; each
 * limit is read from the set in force on the day its clock starts (ComplaintRules). Complaints and
 * petitions follow the Law on Civil Judgment Enforcement, denunciations the Law on Denunciations:
 * two lists, since the two laws change on different dates. Limits are written "N days" or
 * "N working days"; a limit in days whose last day is a day off ends on the next working day.
 */
@ConfigMapping(prefix = "thads.complaints")
public interface ComplaintRulesConfig {

    List<ComplaintRuleSet> complaintRules();

    List<DenunciationRuleSet> denunciationRules();

    interface ComplaintRuleSet {
        LocalDate effectiveFrom();

        /** The law and articles the limits come from. */
        String source();

        /** Acceptance (thụ lý) after the competent agency receives the petition. */
        TimeLimit accept();

        /** Filing (thời hiệu khiếu nại), from the act or decision, or from receiving the first decision. */
        PhaseLimits file();

        /** Resolution, from the acceptance. */
        PhaseLimits resolve();

        /** Resolution of a petition (kiến nghị, phản ánh), from the acceptance. */
        TimeLimit resolvePetition();
    }

    /** One limit for each phase of the enforcement the act belongs to, and for a second complaint. */
    interface PhaseLimits {
        TimeLimit beforeMeasures();

        TimeLimit accountFreeze();

        TimeLimit securityMeasure();

        TimeLimit coercion();

        TimeLimit afterCoercion();

        TimeLimit secondRound();
    }

    interface DenunciationRuleSet {
        LocalDate effectiveFrom();

        String source();

        TimeLimit accept();

        /** Resolution, from the acceptance. */
        TimeLimit resolve();

        /** One extension. */
        TimeLimit extension();

        /** How many extensions a complex matter may have. */
        int extensionsComplex();

        /** How many extensions an especially complex matter may have. */
        int extensionsEspeciallyComplex();

        /**
         * Whether each extension runs on from the end of the period before it (Luật Tố cáo 2018 art. 30), or the whole
         * extended period counts from the acceptance (Luật Tố cáo 2011 art. 21: "90 days from the acceptance").
         */
        @io.smallrye.config.WithDefault("true")
        boolean extensionsChained();
    }
}

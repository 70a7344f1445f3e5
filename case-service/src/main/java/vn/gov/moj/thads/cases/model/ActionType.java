package vn.gov.moj.thads.cases.model;

/** Enforcement actions (domain.md §3). */
public enum ActionType {
    PERSUASION, SEIZURE, VALUATION, AUCTION, ASSET_HANDOVER, COERCION;

    /** Persuading the debtor to pay voluntarily needs no verified assets; the others do. */
    boolean needsConditions() {
        return this != PERSUASION;
    }
}

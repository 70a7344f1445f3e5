package vn.gov.moj.thads.cases.model;

/**
 * The pipelines agency heads review (issue 16, item 5), over cases still being enforced: seized
 * assets not valued, valued not auctioned, auctions unsold (for a price reduction), sold but not
 * handed over, COMPLEX cases with a steering direction unresolved, coercions planned (a plan
 * proposed or approved and not carried out).
 */
public enum Pipeline {
    SEIZED_NOT_VALUED, VALUED_NOT_AUCTIONED, AUCTION_UNSOLD, SOLD_NOT_HANDED_OVER, COMPLEX_DIRECTION_OPEN, COERCION_PLANNED
}

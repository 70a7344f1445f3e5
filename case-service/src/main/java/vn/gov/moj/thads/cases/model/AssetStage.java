package vn.gov.moj.thads.cases.model;

/**
 * Where the case's seized assets stand, from its last asset action: the pipelines heads review
 * (seized not valued, valued not auctioned, auctions unsold, sold not handed over).
 */
public enum AssetStage {
    SEIZED, VALUED, AUCTION_UNSOLD, SOLD, HANDED_OVER;

    /** The stage after an action, or {@code current} when the action does not move the assets. */
    static AssetStage after(ActionType type, AuctionResult auctionResult, AssetStage current) {
        return switch (type) {
            case SEIZURE -> SEIZED;
            case VALUATION -> VALUED;
            case AUCTION -> auctionResult == AuctionResult.SOLD ? SOLD : AUCTION_UNSOLD;
            case ASSET_HANDOVER -> HANDED_OVER;
            case PERSUASION, COERCION -> current;
        };
    }
}

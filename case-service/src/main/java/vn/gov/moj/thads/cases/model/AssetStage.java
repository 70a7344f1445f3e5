package vn.gov.moj.thads.cases.model;

/**
 * Where the case's seized assets stand, from its last asset action: the pipelines heads review
 * (seized not valued, valued not auctioned, auctions unsold, sold not handed over).
 */
public enum AssetStage {
    SEIZED, VALUED, AUCTION_UNSOLD, SOLD, HANDED_OVER;

    /** Whether the action moves the assets (the others leave the stage, and its date, as they are). */
    static boolean moves(ActionType type) {
        return type != ActionType.PERSUASION && type != ActionType.COERCION;
    }

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

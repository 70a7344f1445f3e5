package vn.gov.moj.thads.cases.model;

public enum AuctionResult { SOLD, UNSOLD }

package vn.gov.moj.thads.cases.model;

public enum CourtJudgmentStatus { PENDING, ACCEPTED }

package vn.gov.moj.thads.complaints.model;

public enum Decision { UPHELD, PARTIALLY_UPHELD, REJECTED }

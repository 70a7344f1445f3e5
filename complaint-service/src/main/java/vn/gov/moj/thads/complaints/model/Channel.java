package vn.gov.moj.thads.complaints.model;

public enum Channel { IN_PERSON, POST, ONLINE }

package vn.gov.moj.thads.cases.model;

public enum PartyType { PERSON, ORGANIZATION }

package vn.gov.moj.thads.cases.model;

public enum PartyRole { CREDITOR, DEBTOR }

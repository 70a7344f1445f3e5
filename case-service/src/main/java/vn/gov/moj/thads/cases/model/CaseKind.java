package vn.gov.moj.thads.cases.model;

/** Opened on the agency's own initiative (chủ động) or on a creditor's request (theo đơn yêu cầu). */
public enum CaseKind { EX_OFFICIO, ON_REQUEST }

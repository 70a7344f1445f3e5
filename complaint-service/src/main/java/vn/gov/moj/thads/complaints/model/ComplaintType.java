package vn.gov.moj.thads.complaints.model;

/** Khiếu nại, tố cáo, kiến nghị – phản ánh. */
public enum ComplaintType { COMPLAINT, DENUNCIATION, PETITION }

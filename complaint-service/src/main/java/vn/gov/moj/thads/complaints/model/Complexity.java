package vn.gov.moj.thads.complaints.model;

/** Why a denunciation's time limit is extended (Luật Tố cáo 2018 art. 30): vụ việc phức tạp, đặc biệt phức tạp. */
public enum Complexity { COMPLEX, ESPECIALLY_COMPLEX }

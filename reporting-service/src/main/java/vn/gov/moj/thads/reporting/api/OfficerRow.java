package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.Figures;

import java.math.BigInteger;
import java.util.UUID;

/**
 * An officer's figures for the work year as of the month's end, what they did in the month, and their targets for it
 * ({@code targetVersion}: which version of them, domain.md §6; null without targets).
 */
public record OfficerRow(UUID officerId, Figures cases, Figures money, long doneInMonth, BigInteger collectedInMonth,
                         Targets targets, Integer targetVersion, boolean meetsAllTargets) {
}

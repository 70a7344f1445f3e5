package vn.gov.moj.thads.reporting.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A case's life as the case service would let it happen (changes in date order, legal
 * transitions only), and an independent model of its figures: the case is replayed step by step
 * through its statuses up to the as-of date and each figure of domain.md §6 is read off the state
 * reached, in the words of the definitions. It shares no code with {@code CaseTimeline} or the
 * drill-down SQL, so the tests can hold both to it.
 */
public final class CaseHistory {

    /** REDUCE: a reduction (giảm) of {@code amount}; EXEMPT: an exemption (miễn) of the {@code amount} left, which completes the case. */
    public enum Kind { VERIFY_WITH, VERIFY_WITHOUT, COLLECT, REDUCE, POSTPONE, SUSPEND, RESUME, DELEGATE, COMPLETE, TERMINATE, EXEMPT }

    public record Step(Kind kind, LocalDate on, long amount) {
    }

    /** The §6 figures of one case in a work year as of a date: counts 0 or 1, money in VND. */
    public record Share(boolean counted, boolean carriedIn, boolean delegated, boolean withoutConditions, boolean completed,
                        boolean terminated, boolean postponed, boolean suspended, long amount, long collected, long reduced,
                        long outstanding, boolean administrative) {
    }

    public final UUID id = UUID.randomUUID();
    public final String agency;
    public final LocalDate openedOn;
    public final long money;
    public final boolean administrative;
    public final List<Step> steps = new ArrayList<>();

    public CaseHistory(String agency, LocalDate openedOn, long money, boolean administrative) {
        this.agency = agency;
        this.openedOn = openedOn;
        this.money = money;
        this.administrative = administrative;
    }

    /** Work year N runs from 1 October N−1 to 30 September N. */
    public static LocalDate startOf(int workYear) {
        return LocalDate.of(workYear - 1, 10, 1);
    }

    /** Replays the case up to {@code asOf} and reads its share of the figures of work year {@code workYear}. */
    public Share shareIn(int workYear, LocalDate asOf) {
        LocalDate start = startOf(workYear);
        String status = "RECEIVED";
        String verified = null;
        long collectedBeforeYear = 0;
        long collectedInYear = 0;
        long reducedBeforeYear = 0;
        long reducedInYear = 0;
        LocalDate endedOn = null;
        for (Step step : steps) {
            if (step.on().isAfter(asOf)) {
                break;
            }
            switch (step.kind()) {
                case VERIFY_WITH -> { verified = "WITH"; status = "ACTIVE"; }
                case VERIFY_WITHOUT -> { verified = "WITHOUT"; status = "ACTIVE"; }
                case COLLECT -> {
                    if (step.on().isBefore(start)) {
                        collectedBeforeYear += step.amount();
                    } else {
                        collectedInYear += step.amount();
                    }
                }
                case REDUCE, EXEMPT -> {
                    if (step.on().isBefore(start)) {
                        reducedBeforeYear += step.amount();
                    } else {
                        reducedInYear += step.amount();
                    }
                    if (step.kind() == Kind.EXEMPT) {
                        status = "COMPLETED";
                        endedOn = step.on();
                    }
                }
                case POSTPONE -> status = "POSTPONED";
                case SUSPEND -> status = "SUSPENDED";
                case RESUME -> status = "ACTIVE";
                case DELEGATE -> { status = "DELEGATED"; endedOn = step.on(); }
                case COMPLETE -> { status = "COMPLETED"; endedOn = step.on(); }
                case TERMINATE -> { status = "TERMINATED"; endedOn = step.on(); }
            }
        }
        boolean inYear = !openedOn.isAfter(asOf) && (endedOn == null || !endedOn.isBefore(start));
        if (!inYear) {
            return new Share(false, false, false, false, false, false, false, false, 0, 0, 0, 0, administrative);
        }
        boolean carriedIn = openedOn.isBefore(start);
        // what was still owed on 1 October: neither collected nor relieved before
        long amount = carriedIn ? money - collectedBeforeYear - reducedBeforeYear : money;
        boolean open = !status.equals("DELEGATED") && !status.equals("COMPLETED") && !status.equals("TERMINATED");
        boolean paused = status.equals("POSTPONED") || status.equals("SUSPENDED");
        return new Share(true, carriedIn, status.equals("DELEGATED"), open && !paused && "WITHOUT".equals(verified),
                status.equals("COMPLETED"), status.equals("TERMINATED"), status.equals("POSTPONED"), status.equals("SUSPENDED"),
                amount, collectedInYear, reducedInYear, amount - collectedInYear - reducedInYear, administrative);
    }

    /**
     * A random legal life from {@code openedOn} to at most {@code today}: verifications,
     * collections and reductions (never more than is owed), pauses and resumptions, and perhaps an
     * end (an exemption of what is left among them).
     */
    public static CaseHistory random(Random random, String agency, LocalDate openedOn, LocalDate today) {
        long money = (1 + random.nextInt(900)) * 1_000_000L;
        CaseHistory c = new CaseHistory(agency, openedOn, money, random.nextInt(25) == 0);
        LocalDate day = openedOn;
        String status = "RECEIVED";
        long left = money;
        int n = random.nextInt(9);
        for (int i = 0; i < n; i++) {
            day = day.plusDays(random.nextInt(120));
            if (day.isAfter(today)) {
                break;
            }
            boolean paused = status.equals("PAUSED");
            int pick = random.nextInt(10);
            if (paused) {
                c.steps.add(new Step(Kind.RESUME, day, 0));
                status = "ACTIVE";
            } else if (pick < 3) {
                c.steps.add(new Step(random.nextBoolean() ? Kind.VERIFY_WITH : Kind.VERIFY_WITHOUT, day, 0));
                status = "ACTIVE";
            } else if (pick < 7 && left > 0) {
                long amount = Math.min(left, (1 + random.nextInt(300)) * 1_000_000L);
                left -= amount;
                c.steps.add(new Step(Kind.COLLECT, day, amount));
            } else if (pick < 9) {
                c.steps.add(new Step(random.nextBoolean() ? Kind.POSTPONE : Kind.SUSPEND, day, 0));
                status = "PAUSED";
            } else if (left >= 2_000_000L) {
                // a reduction leaves something owed (relieving all of it is an exemption)
                long amount = Math.min(left - 1_000_000L, (1 + random.nextInt(200)) * 1_000_000L);
                left -= amount;
                c.steps.add(new Step(Kind.REDUCE, day, amount));
            }
        }
        if (!status.equals("PAUSED") && random.nextInt(3) == 0) {
            LocalDate end = day.plusDays(random.nextInt(200));
            if (!end.isAfter(today)) {
                int how = random.nextInt(4);
                if (how == 3 && left > 0) {
                    c.steps.add(new Step(Kind.EXEMPT, end, left));
                } else {
                    c.steps.add(new Step(how == 0 ? Kind.DELEGATE : how == 1 && left == 0 ? Kind.COMPLETE : Kind.TERMINATE, end, 0));
                }
            }
        }
        return c;
    }
}

package vn.gov.moj.thads.platform.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Items that each take effect on a date and stay in force until the next one does: rule sets of
 * successive laws. {@link #on(LocalDate)} answers "the item in force on date D": the one with the
 * latest effective date not after D, or nothing before the first one took effect (a date no
 * configured law covers is a question the caller must answer, not a silent fallback).
 *
 * @param <T> the item, e.g. a configured rule set
 */
public final class EffectiveDated<T> {

    private final NavigableMap<LocalDate, T> byDate;

    private EffectiveDated(NavigableMap<LocalDate, T> byDate) {
        this.byDate = byDate;
    }

    /**
     * @throws IllegalArgumentException when there is no item, an item without a date, or two items
     *                                  taking effect the same day (which one would be in force?)
     */
    public static <T> EffectiveDated<T> of(Collection<? extends T> items, Function<? super T, LocalDate> effectiveFrom) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("No effective-dated item: at least one is needed");
        }
        NavigableMap<LocalDate, T> byDate = new TreeMap<>();
        for (T item : items) {
            LocalDate from = effectiveFrom.apply(item);
            if (from == null) {
                throw new IllegalArgumentException("An effective-dated item has no effective date");
            }
            if (byDate.put(from, item) != null) {
                throw new IllegalArgumentException("Two effective-dated items take effect on " + from);
            }
        }
        return new EffectiveDated<>(byDate);
    }

    /** The item in force on {@code date}, or empty before the first one took effect. */
    public Optional<T> on(LocalDate date) {
        return Optional.ofNullable(byDate.floorEntry(date)).map(Map.Entry::getValue);
    }

    /** The day the first item took effect: before it, nothing is in force. */
    public LocalDate firstEffective() {
        return byDate.firstKey();
    }

    /** Every item, oldest first. */
    public List<T> all() {
        return List.copyOf(byDate.values());
    }
}

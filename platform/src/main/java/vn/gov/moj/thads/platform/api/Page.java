package vn.gov.moj.thads.platform.api;

import java.util.List;

/**
 * One page of a list, the way every list of every service answers. {@code page} is 0-based. The
 * {@code page} and {@code size} query parameters of every list are checked by {@link ListParams}.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;
    /** The last page a list serves: MAX_PAGE × MAX_SIZE stays well inside an int offset. */
    public static final int MAX_PAGE = 1_000_000;
}

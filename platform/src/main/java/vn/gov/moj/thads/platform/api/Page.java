package vn.gov.moj.thads.platform.api;

import java.util.List;

/**
 * One page of a list, the way every list of every service answers. {@code page} is 0-based. The
 * {@code page} and {@code size} query parameters of every list are checked by {@link ListParams}.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;
    /** The last page number whose first row ({@code page * size}) an int still holds at any size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
}

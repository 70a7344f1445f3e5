package vn.gov.moj.thads.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Names as people type them: with or without diacritics, any case, any spacing. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Nguyễn Văn  Đức" → "nguyen van duc": citizens search without diacritics as often as with. */
    public static String folded(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A pattern for SQL {@code like … escape '\'} that finds {@code text} anywhere, its wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

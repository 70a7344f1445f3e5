package vn.gov.moj.thads.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Names as people type them: with or without diacritics, any case, any spacing. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Nguyễn Văn  Đức" → "nguyen van duc": citizens search without diacritics as often as with. */
    public static String folded(String text) {
        // its visible text first: a no-break space or a zero-width one pasted from a document made a name no search found
        // (the search folds what the user types, with plain spaces); lower case before the marks go, so that no mark a
        // lower case adds is left behind
        String bare = Normalizer.normalize(visible(text), Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replaceAll("\\s+", " ");
        // composed again: a Hangul syllable decomposes into three letters that are no marks, and stays three without
        // it; folding never lengthens a name (300 such syllables outgrew the 300-character search column: a 500)
        return Normalizer.normalize(bare, Normalizer.Form.NFC);
    }

    /**
     * A text as kept, shown and compared (a name, a court's name, the number of a decision, judgment or receipt, a court's
     * code): composed (NFC), without invisible formatting characters (a zero-width space, a right-to-left override that made
     * a published name read as another), every run of spaces of any kind (a no-break space pasted from a document, a tab)
     * one space, stripped. "15/2026/DS-ST" with a U+200B inside, or its marks decomposed, looked the same in a list and passed
     * the duplicate checks as a second number.
     */
    public static String visible(String text) {
        String visible = text.replaceAll("\\p{Cf}", "").replaceAll("[\\s\\p{Z}\\u0085]+", " ");
        return Normalizer.normalize(visible, Normalizer.Form.NFC).strip();
    }

    /**
     * Whether the text holds an embedding, override or isolate (U+202A-U+202E, U+2066-U+2069), which makes it read in
     * another order than it is kept. {@link #visible} strips them from what is kept; what is kept as sent (a court's
     * submission) must not hold them.
     */
    public static boolean turnsReadingOrder(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    /** A pattern for SQL {@code like … escape '\'} that finds {@code text} anywhere, its wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

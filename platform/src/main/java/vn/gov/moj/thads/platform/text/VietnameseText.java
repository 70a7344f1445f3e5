package vn.gov.moj.thads.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Names as people type them: with or without diacritics, any case, any spacing. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Nguyễn Văn  Đức" → "nguyen van duc": citizens search without diacritics as often as with. */
    public static String folded(String text) {
        // lower case before the marks go, so that no mark a lower case adds is left behind
        String bare = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replaceAll("\\s+", " ");
        // composed again: a Hangul syllable decomposes into three letters that are no marks, and stays three without
        // it; folding never lengthens a name (300 such syllables outgrew the 300-character search column: a 500)
        return Normalizer.normalize(bare, Normalizer.Form.NFC);
    }

    /**
     * The number of a decision, judgment or receipt, as stored and compared: stripped and composed (NFC), so that a
     * number typed with decomposed marks is the number typed with composed ones, as it looks (a duplicate check
     * compared them as two).
     */
    public static String documentNumber(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /**
     * What a document number may hold (Bean Validation's {@code @Pattern}): letters, marks, digits, punctuation, symbols
     * and spaces; no control, invisible or other space characters, with which "15/2026/DS-ST" and "15/2026/DS-ST\u200B"
     * looked the same in a list and passed the duplicate checks as two.
     */
    public static final String DOCUMENT_NUMBER = "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]+";
    public static final String DOCUMENT_NUMBER_MESSAGE = "must hold letters, digits, punctuation and spaces only";

    /** A pattern for SQL {@code like … escape '\'} that finds {@code text} anywhere, its wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

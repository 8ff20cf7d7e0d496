package org.newsgraph.canon;

import edu.stanford.nlp.util.EditDistance;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.StringJoiner;

/**
 * Spelling and transliteration variants of one name: "Jarablus" and "Jarabulus", "Gaddafi" and "Qaddafi",
 * "Mohammed" and "Muhammad". Two names are variants when they have as many words, and every word that differs
 * sounds the same (Double Metaphone) and is spelled nearly the same (a small edit distance for its length).
 * Sound alone is too loose ("Mosul" and "Mosel"), so callers must also ask for other evidence: the same type and
 * a shared context.
 */
public final class Spellings {

    private static final int CODE_LENGTH = 12;
    private static final int MIN_WORD_LENGTH = 4;
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(CODE_LENGTH);
        return m;
    });
    private static final ThreadLocal<EditDistance> EDITS = ThreadLocal.withInitial(() -> new EditDistance(false));

    private Spellings() {
    }

    /** Whether the two names are different spellings of one name. */
    public static boolean variants(String a, String b) {
        String[] x = Names.words(a);
        String[] y = Names.words(b);
        if (x.length != y.length || x.length == 0 || Names.isAcronym(a) || Names.isAcronym(b)) {
            return false;
        }
        boolean differs = false;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i])) {
                if (!wordVariants(x[i], y[i])) {
                    return false;
                }
                differs = true;
            }
        }
        return differs;
    }

    /**
     * The sound of a name: the Double Metaphone codes of its words. Variants always share it, so it serves as an
     * index key for finding candidates.
     */
    public static String sound(String name) {
        StringJoiner j = new StringJoiner(" ");
        for (String w : Names.words(name)) {
            j.add(METAPHONE.get().doubleMetaphone(w));
        }
        return j.toString();
    }

    private static boolean wordVariants(String a, String b) {
        if (a.length() < MIN_WORD_LENGTH || b.length() < MIN_WORD_LENGTH || Character.isDigit(a.charAt(0))
                || Character.isDigit(b.charAt(0))) {
            return false;
        }
        DoubleMetaphone m = METAPHONE.get();
        if (!m.doubleMetaphone(a).equals(m.doubleMetaphone(b))) {
            return false;
        }
        int allowed = Math.max(a.length(), b.length()) >= 7 ? 2 : 1;
        return EDITS.get().score(a, b) <= allowed;
    }
}

package org.newsgraph.ingest;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

import java.util.List;
import java.util.Locale;

/**
 * Tells English articles from others, with Apache Tika's wrapper of the Optimaize n-gram language detector. The
 * NLP models are English; fed Chinese or Arabic they produce noise that looks like facts, so such articles are
 * refused before any NLP. Only a confident verdict refuses: a short or mixed text stays in.
 */
final class Languages {

    /** Enough of an article to tell its language; detection time grows with the sample. */
    private static final int SAMPLE_CHARS = 4_000;

    /**
     * Less text than this is too little to call. Counted in letters, an ideograph (which says about as much as a
     * word) as four.
     */
    private static final int MIN_LETTERS = 50;

    /**
     * Latin-script text needs more: the detector takes telegraphic English ("Shr loss 17.3 cts vs 21.5 cts", a
     * list of place names in capitals) for Swedish or German, even with high confidence.
     */
    private static final int MIN_LATIN_LETTERS = 400;

    private Languages() {
    }

    /** Why {@code text} is refused as not English, or {@code null} when it is (or may be) English. */
    static String refusal(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int weighted = 0;
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i += Character.charCount(sample.codePointAt(i))) {
            int c = sample.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                weighted += Character.isIdeographic(c) ? 4 : 1;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        boolean mostlyLatin = latin * 2 >= letters;
        if (weighted < MIN_LETTERS || (mostlyLatin && letters < MIN_LATIN_LETTERS)) {
            return null;
        }
        LanguageResult best = detect(sample);
        if (best == null || best.isUnknown() || best.isLanguage("en")
                || best.getConfidence() != LanguageConfidence.HIGH && (mostlyLatin
                || best.getConfidence() != LanguageConfidence.MEDIUM)) {
            return null;
        }
        String code = best.getLanguage();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return "not English (looks like " + (name.isEmpty() ? code : name) + "); the NLP models read English only";
    }

    private static LanguageResult detect(String text) {
        // One detector holds the text it is given, so calls take turns; reading is single-threaded anyway.
        synchronized (Detector.INSTANCE) {
            Detector.INSTANCE.reset();
            Detector.INSTANCE.addText(text);
            List<LanguageResult> all = Detector.INSTANCE.detectAll();
            return all.isEmpty() ? null : all.get(0);
        }
    }

    /** Loads the language profiles on first use (about 70 languages). */
    private static final class Detector {
        static final LanguageDetector INSTANCE = new OptimaizeLangDetector().loadModels();
    }
}

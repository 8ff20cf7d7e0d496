package org.newsgraph.annotate;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The angle brackets news wires write around company names and stock tickers, blanked before CoreNLP reads a
 * text. Reuters marks an unlisted company as {@code <Nippon Life Insurance Co>} and a listed one's ticker as
 * {@code American Express Co <AXP>}; CoreNLP's tokenizer takes such a mark for an XML tag, one token that NER
 * never reads as a name. Blanking keeps every offset: a company mark loses its two brackets, and a ticker right
 * after a name is blanked whole, so that NER does not take it into the name (the ticker is read from the
 * article's own text as an alias of that name).
 */
public final class WireMarks {

    /**
     * What a wire writes as a stock ticker inside angle brackets: capitals with digits and an exchange suffix
     * ("AXP", "BP.L", "HKBH.HK"), a regular expression without the brackets.
     */
    public static final String TICKER_SHAPE = "[A-Z][A-Z0-9]{0,5}(?:\\.[A-Z]{1,3})?";

    /**
     * A bracketed name that starts with a capital or digit and holds no bracket or line end, standing apart from
     * the words around it.
     */
    private static final Pattern MARK = Pattern.compile(
            "(?<![\\p{L}\\d])<([\\p{Lu}\\d][^<>\\n]{0,80})>(?![\\p{L}\\d])");
    private static final Pattern TICKER = Pattern.compile(TICKER_SHAPE);

    private WireMarks() {
    }

    /**
     * The text with its wire marks blanked (the same length, every other character where it was): what
     * {@link NlpPipeline#annotate} gives CoreNLP.
     */
    public static String blanked(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = MARK.matcher(text);
        char[] chars = null;
        while (m.find()) {
            chars = chars == null ? text.toCharArray() : chars;
            boolean ticker = TICKER.matcher(m.group(1)).matches() && afterWord(text, m.start());
            int from = ticker ? m.start() : m.end() - 1;
            chars[m.start()] = ' ';
            for (int i = from; i < m.end(); i++) {
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean afterWord(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && Character.isLetterOrDigit(text.charAt(at - 2));
    }
}

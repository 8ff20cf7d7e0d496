package org.newsgraph.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WikiPageTest {

    @Test
    void aTitleOfOnlyDotsIsNoDotSegment() {
        assertEquals("http://dbpedia.org/resource/%2E%2E", new WikiPage("..", 1).dbpedia());
        assertEquals("https://en.wikipedia.org/wiki/%2E", new WikiPage(".", 1).wikipedia());
        assertEquals("..", WikiPage.titleOf(new WikiPage("..", 1).dbpedia()));
    }

    @Test
    void otherTitlesKeepTheirReadableForm() {
        assertEquals("http://dbpedia.org/resource/Atlanta,_Georgia", new WikiPage("Atlanta,_Georgia", 1).dbpedia());
        assertEquals("http://dbpedia.org/resource/...", new WikiPage("...", 1).dbpedia());
    }
}

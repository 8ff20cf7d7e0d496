package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlArticlesTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <title>Harbour pool reopens | Eastfield Gazette</title>
            <meta property="og:title" content="Harbour pool reopens after two years of repairs">
            <meta property="article:published_time" content="2021-03-02T08:30:00+00:00">
            <meta property="og:url" content="https://gazette.example/harbour-pool">
            <script>var label = "Advertisement"; document.write("<p>Injected</p>");</script>
            <style>p { color: red }</style>
            </head><body>
            <header><a href="/">Eastfield Gazette</a>
              <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            <article>
              <h1>Harbour pool reopens after two years of repairs</h1>
              <p>The open-air pool by the harbour reopened on Tuesday after two years of repairs
                 costing 3.2 million pounds.</p>
              <div class="ad-slot"><p>Advertisement</p></div>
              <h2>Longer opening hours</h2>
              <p>The pool will open at six in the morning during the summer, the council said.</p>
              <ul><li>Adults pay four pounds.</li><li>Children swim for free.</li></ul>
              <blockquote><p>"We have waited a long time for this," said one swimmer.</p></blockquote>
              <div class="relatedStories"><h3>Related</h3>
                <ul><li><a href="/a">Council approves budget for coastal roads</a></li></ul></div>
              <section id="comments"><p>Great news! I will be there every morning from now on, can't wait.</p></section>
              <figure><img src="pool.jpg"><figcaption>Photo: Gazette staff</figcaption></figure>
            </article>
            <aside><p>Most read stories of the week, collected for you by our editors.</p></aside>
            <footer><p>© 2021 Eastfield Gazette. All rights reserved.</p></footer>
            </body></html>
            """;

    private static HtmlArticles.Page read(String html) throws UnreadableInputException {
        return HtmlArticles.read(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTitleDateAndAddressFromMetadata() throws Exception {
        HtmlArticles.Page page = read(PAGE);

        assertEquals("Harbour pool reopens after two years of repairs", page.title());
        assertEquals("2021-03-02T08:30Z", page.date());
        assertEquals("https://gazette.example/harbour-pool", page.url());
    }

    @Test
    void keepsArticleParagraphsAndDropsNavigationFooterShareAndAdJunk() throws Exception {
        assertEquals("""
                The open-air pool by the harbour reopened on Tuesday after two years of repairs costing 3.2 million pounds.

                Longer opening hours

                The pool will open at six in the morning during the summer, the council said.

                Adults pay four pounds.

                Children swim for free.

                "We have waited a long time for this," said one swimmer.""", read(PAGE).text());
    }

    @Test
    void fallsBackToTwitterTitleThenTitleTagThenFirstHeading() throws Exception {
        String body = "<body><h1>Heading of the page</h1><p>Some text of the article body.</p></body>";

        assertEquals("Card title here", read("<head><meta name=\"twitter:title\" content=\"Card title here\">"
                + "<title>Tag title | Site</title></head>" + body).title());
        assertEquals("Tag title of the story", read("<head><title>Tag title of the story - The Daily Example</title></head>" + body).title());
        assertEquals("Heading of the page", read(body).title());
        assertEquals("Open graph title", read("<head><meta property=\"og:title\" content=\"Open graph title | Gazette\">"
                + "</head>" + body).title());
    }

    @Test
    void readsDatesFromMetaTagsTimeElementsAndJsonLd() throws Exception {
        String body = "<body><p>Some text of the article body.</p></body>";

        assertEquals("2016-08-26", read("<head><meta name=\"DC.date\" content=\"August 26, 2016\"></head>" + body).date());
        assertEquals("2016-08-26T09:00", read("<body><time datetime=\"2016-08-26T09:00\">Friday</time><p>Text here.</p></body>").date());
        assertEquals("2016-08-26", read("""
                <head><script type="application/ld+json">{"@context": "https://schema.org",
                  "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2016-08-26"}]}</script></head>
                """ + body).date());
    }

    @Test
    void ignoresBrokenJsonLd() throws Exception {
        HtmlArticles.Page page = read("<head><script type=\"application/ld+json\">{\"datePublished\": </script></head>"
                + "<body><p>Some text of the article body.</p></body>");

        assertNull(page.date());
        assertEquals("Some text of the article body.", page.text());
    }

    @Test
    void readsTheCanonicalLinkAsAddress() throws Exception {
        assertEquals("https://example.org/story", read("<head><link rel=\"canonical\" href=\"https://example.org/story\"></head>"
                + "<body><p>Text of the story.</p></body>").url());
    }

    @Test
    void prefersTheMarkedUpArticleBody() throws Exception {
        String html = """
                <body><div><p>Teaser text about another story entirely, with many words in it to look important.</p>
                <p>Another teaser paragraph that goes on and on about something unrelated to this page.</p></div>
                <div itemprop="articleBody"><p>The real story.</p></div></body>
                """;

        assertEquals("The real story.", read(html).text());
    }

    @Test
    void withoutMarkupTakesTheElementWithMostParagraphTextIgnoringComments() throws Exception {
        String html = """
                <body>
                <div class="menu"><p>Home</p><p>World</p></div>
                <div id="story"><p>The ferry to the islands will run twice a day from May.</p>
                <p>Tickets go on sale next week at the harbour office.</p></div>
                <div class="comment-list"><p>I have taken this ferry for thirty years and I can tell you a long story about it,
                which I will now do in great detail, starting with the summer of my youth.</p>
                <p>Nobody asked, but thank you for sharing this very long and detailed story with all of us.</p></div>
                </body>
                """;

        assertEquals("The ferry to the islands will run twice a day from May.\n\nTickets go on sale next week at the harbour office.",
                read(html).text());
    }

    @Test
    void keepsALayoutWrapperNamedLikeFurnitureWhenItHoldsTheStory() throws Exception {
        String html = """
                <body><div class="page has-sidebar">
                  <div id="story"><p>The ferry to the islands will run twice a day from May.</p>
                  <p>Tickets go on sale next week at the harbour office.</p></div>
                  <div class="sidebar-box"><p>Sign up for the weekly digest.</p></div>
                </div></body>
                """;

        assertEquals("The ferry to the islands will run twice a day from May.\n\nTickets go on sale next week at the harbour office.",
                read(html).text());
        assertEquals("The ferry to the islands will run twice a day from May.\n\nTickets go on sale next week at the harbour office.",
                read("<body><div class=\"sidebar-layout\"><div><p>The ferry to the islands will run twice a day from May.</p>"
                        + "<p>Tickets go on sale next week at the harbour office.</p></div>"
                        + "<div class=\"related\"><p>Bakery wins award.</p></div></div></body>").text());
        assertEquals("The ferry to the islands will run twice a day from May.",
                read("<body><article class=\"story with-comments\"><div class=\"nav-open content\">"
                        + "<p>The ferry to the islands will run twice a day from May.</p></div></article></body>").text());
    }

    @Test
    void dropsListsOfLinksButKeepsLinksInsideProse() throws Exception {
        String html = """
                <body><article><p>The <a href="/council">council</a> met on Monday to discuss the harbour.</p>
                <ul><li><a href="/1">Harbour pool reopens after repairs</a></li><li><a href="/2">Bakery wins award</a></li></ul>
                <p><a href="/more">See all harbour stories</a></p></article></body>
                """;

        assertEquals("The council met on Monday to discuss the harbour.", read(html).text());
    }

    @Test
    void readsPagesBuiltFromDivsAndLineBreaks() throws Exception {
        String html = "<body><div>The first sentence of the story.<br>The second sentence of the story.</div></body>";

        assertEquals("The first sentence of the story.\n\nThe second sentence of the story.", read(html).text());
    }

    @Test
    void survivesDeeplyNestedMalformedHtml() throws Exception {
        String html = "<body>" + "<div><span><b>".repeat(50_000) + "<p>Deep inside the page.</p>" + "<i>".repeat(50_000);

        assertTrue(read(html).text().contains("Deep inside the page."));
    }

    @Test
    void usesTheDeclaredCharsetForPagesThatAreNotUtf8() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        String html = "<html><head><meta charset=\"windows-1251\"><title>Новости дня</title></head>"
                + "<body><p>Мэр открыл новую библиотеку.</p></body></html>";

        HtmlArticles.Page page = HtmlArticles.read(html.getBytes(cp1251));

        assertEquals("Мэр открыл новую библиотеку.", page.text());
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertEquals("empty file", assertThrows(UnreadableInputException.class, () -> HtmlArticles.read(new byte[0])).getMessage());
        byte[] gif = "GIF89a and then pixels".getBytes(StandardCharsets.US_ASCII);
        assertTrue(assertThrows(UnreadableInputException.class, () -> HtmlArticles.read(gif)).getMessage().contains("GIF"));
    }

    @Test
    void givesEmptyTextForAPageWithoutArticleText() throws Exception {
        HtmlArticles.Page page = read("<body><nav><a href='/'>Home</a></nav><footer>© 2021 Example</footer></body>");

        assertFalse(page.text().contains("Home"));
        assertEquals("", page.text());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "Harbour pool reopens | Eastfield Gazette     => Harbour pool reopens",
            "Harbour pool reopens - gazette.example       => Harbour pool reopens",
            "Harbour pool reopens – The Daily Example     => Harbour pool reopens",
            "Harbour pool reopens :: Sport :: Gazette     => Harbour pool reopens :: Sport",
            "Kerfuffle - Council and union fail to agree  => Kerfuffle - Council and union fail to agree",
            "Strike talks - union and port fail to agree  => Strike talks - union and port fail to agree",
            "Gazette | Home                               => Gazette | Home",
            "Harbour pool reopens                         => Harbour pool reopens"})
    void stripsAShortSiteNameFromTheTitleTag(String title, String expected) {
        assertEquals(expected, HtmlMetadata.withoutSiteName(title));
    }
}

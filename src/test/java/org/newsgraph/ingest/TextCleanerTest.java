package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static List<String> paragraphs(TextCleaner.Cleaned cleaned) {
        return cleaned.text().isEmpty() ? List.of() : List.of(cleaned.text().split("\n\n"));
    }

    @Nested
    class HardWrappedText {

        private static final String WIRE = """
                FLOOD WATERS RECEDE IN RIVER TOWN

                   MILLBROOK, March 3 - Flood waters began to recede on Tuesday in
                the river town of Millbrook, where hundreds of residents spent the
                night in school halls after the river burst its banks, officials
                said.
                   The county council said emergency crews had reached every street
                by noon and that no one had been reported missing, although several
                bridges remained closed to traffic and the main road was under a
                foot of mud.

                   Insurers expect claims to run into the millions, a spokeswoman for
                the regional trade body said.
                """;

        @Test
        void joinsHardWrappedLinesIntoParagraphs() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean(WIRE);

            assertEquals("FLOOD WATERS RECEDE IN RIVER TOWN", cleaned.title());
            assertEquals(List.of(
                    "MILLBROOK, March 3 - Flood waters began to recede on Tuesday in the river town of Millbrook,"
                            + " where hundreds of residents spent the night in school halls after the river burst"
                            + " its banks, officials said.",
                    "The county council said emergency crews had reached every street by noon and that no one had"
                            + " been reported missing, although several bridges remained closed to traffic and the"
                            + " main road was under a foot of mud.",
                    "Insurers expect claims to run into the millions, a spokeswoman for the regional trade body said."),
                    paragraphs(cleaned));
        }

        @Test
        void mendsWordsHyphenatedAtTheWrapOnlyBeforeALowercaseContinuation() {
            String text = """
                    Delegates from forty countries met in the harbour city for an inter-
                    national conference on fishing quotas, the first since the Franco-
                    German agreement on shared waters was signed by both of the
                    governments, and talks are expected to last for the whole week.
                    """;

            String joined = TextCleaner.clean(text).text();

            assertTrue(joined.contains("an international conference"), joined);
            assertTrue(joined.contains("the Franco-German agreement"), joined);
        }

        @Test
        void keepsTheHyphenOfPlainCompoundsSplitAtTheWrap() {
            String text = """
                    The ministry said the new bonds would have a 20-
                    year term, and that a three-for-
                    two share split was planned by the well-known state-owned
                    lender, whose well-
                    known chairman is to retire in May.
                    """;

            String joined = TextCleaner.clean(text).text();

            assertTrue(joined.contains("a 20-year term"), joined);
            assertTrue(joined.contains("a three-for-two share split"), joined);
            assertTrue(joined.contains("whose well-known chairman"), joined);
        }

        @Test
        void joinsAShortWrappedParagraphBetweenTableRows() {
            String text = """
                    HARBOUR BOARD RESULTS

                    Revenue 12.4 mln vs 11.9 mln

                    Profit 1.2 mln vs 0.8 mln

                    The board said the second half of the year had been helped by the new
                    Harbour Street ferry terminal, which opened in May.
                    """;

            assertEquals(List.of("Revenue 12.4 mln vs 11.9 mln", "Profit 1.2 mln vs 0.8 mln",
                    "The board said the second half of the year had been helped by the new Harbour Street ferry terminal,"
                            + " which opened in May."),
                    paragraphs(TextCleaner.clean(text)));
        }

        @Test
        void keepsHeadlineAboveWrappedBodyWithoutBlankLineAsItsOwnParagraph() {
            String text = """
                    Harbour strike enters second week
                    Dock workers in the northern port extended their strike into a
                    second week on Monday, as talks between the union and the port
                    authority broke down over pay and the length of night shifts.
                    """;

            TextCleaner.Cleaned cleaned = TextCleaner.clean(text);

            assertEquals("Harbour strike enters second week", cleaned.title());
            assertEquals(1, paragraphs(cleaned).size());
        }

        @Test
        void joinsShortWrappedTextAndKeepsListItemsAsTheirOwnParagraphs() {
            String text = """
                    The council listed three priorities for the coming year, which
                    include:
                    - repairing the harbour wall,
                    - reopening the pool, and
                    - extending the bus routes to the villages in the north of
                    the county.

                    Council leader Mary Jones said the list had been agreed after a
                    long consultation with residents, who had asked for better roads
                    and more frequent buses.
                    """;

            TextCleaner.Cleaned cleaned = TextCleaner.clean(text);

            assertNull(cleaned.title());
            assertEquals(List.of(
                    "The council listed three priorities for the coming year, which include:",
                    "- repairing the harbour wall,",
                    "- reopening the pool, and",
                    "- extending the bus routes to the villages in the north of the county.",
                    "Council leader Mary Jones said the list had been agreed after a long consultation with residents,"
                            + " who had asked for better roads and more frequent buses."), paragraphs(cleaned));
        }

        @Test
        void doesNotJoinALongHeadlineToShortProseBelowIt() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("""
                    Harbour pool reopens after two years of repairs costing millions
                    The pool reopened on Tuesday.
                    Swimmers queued from dawn.
                    """);

            assertEquals("Harbour pool reopens after two years of repairs costing millions", cleaned.title());
            assertEquals(List.of("The pool reopened on Tuesday.", "Swimmers queued from dawn."), paragraphs(cleaned));
        }

        @Test
        void keepsOneParagraphPerLineWhenTextIsNotWrapped() {
            String text = """
                    The regional parliament approved the budget on Thursday after a debate that lasted well into the night and ended with a narrow vote.
                    Opposition members said the plan would cut money for rural bus routes.
                    The finance minister rejected that claim in a short statement to reporters outside the chamber, saying every route would keep its current timetable.
                    """;

            assertEquals(3, paragraphs(TextCleaner.clean(text)).size());
        }

        @Test
        void doesNotJoinAListOfSimilarLengthHeadlines() {
            String text = """
                    Council approves new budget for coastal road repairs
                    Local bakery wins regional award for its rye bread
                    Harbour festival returns after three years away
                    School choir to perform at the national finals
                    """;

            TextCleaner.Cleaned cleaned = TextCleaner.clean(text);

            assertEquals("Council approves new budget for coastal road repairs", cleaned.title());
            assertEquals(3, paragraphs(cleaned).size());
        }
    }

    @Nested
    class HeadlineWithDateLists {

        @Test
        void dropsHeadlineWithDateLists() {
            String text = """
                    -
                    Ten ways to keep your garden green in winter - March 2, 2021
                    -
                    Why everyone is talking about sourdough again - March 1, 2021
                    -
                    A beginner's guide: budget travel in Portugal - February 27, 2021
                    -
                    Is it worth buying an electric bike? Experts weigh in - Feb 3, 2020
                    Mayor opens new library in Eastfield
                    The new library in Eastfield opened its doors on Monday, offering twelve thousand books and a café.
                    """;

            TextCleaner.Cleaned cleaned = TextCleaner.clean(text);

            assertEquals("Mayor opens new library in Eastfield", cleaned.title());
            assertEquals("The new library in Eastfield opened its doors on Monday, offering twelve thousand books"
                    + " and a café.", cleaned.text());
        }

        @Test
        void recognisesOtherSeparatorsAndDateFormats() {
            String text = """
                    The river festival drew a record crowd of forty thousand people on Saturday, organisers said.
                    •
                    Harbour pool reopens after repairs | 24 Nov 2018
                    •
                    Eastfield wins the regional quiz (2020-11-06)
                    *
                    Five questions for the new head teacher – Friday, 6th November 2020
                    """;

            assertEquals("The river festival drew a record crowd of forty thousand people on Saturday, organisers said.",
                    TextCleaner.clean(text).text());
        }

        @Test
        void keepsALoneDatedLineAndSentencesThatMentionDates() {
            String text = """
                    The council will vote on the harbour plan on March 3, 2021.
                    Public hearing on the harbour plan - March 1, 2021
                    Residents can comment until 2021-02-28 on the council website.
                    """;

            assertEquals(3, paragraphs(TextCleaner.clean(text)).size());
        }

        @Test
        void dropsLinesMadeOnlyOfPunctuation() {
            String text = """
                    The first half of the match was goalless.
                    * * *
                    ---
                    In the second half the visitors scored twice.
                    """;

            assertEquals("The first half of the match was goalless.\n\nIn the second half the visitors scored twice.",
                    TextCleaner.clean(text).text());
        }
    }

    @Nested
    class PageFurniture {

        @Test
        void dropsShortChromeLines() {
            String text = """
                    Skip to content
                    Menu
                    Advertisement
                    The bridge over the Avon will close for repairs next month, the county said on Friday.
                    Email Print
                    Share this
                    Print
                    Related:
                    More :
                    Read more
                    More Local News
                    Follow us on Instagram
                    Sign up for our newsletter
                    Click here
                    Drivers will be sent on a twelve-mile detour through the villages to the north.
                    Share on Facebook Share on Twitter Share via Email
                    Comments (14)
                    """;

            assertEquals("The bridge over the Avon will close for repairs next month, the county said on Friday."
                    + "\n\nDrivers will be sent on a twelve-mile detour through the villages to the north.",
                    TextCleaner.clean(text).text());
        }

        @Test
        void dropsCreditAndCopyrightLines() {
            String text = """
                    The museum will stay open late on Thursdays during the summer, its director said.
                    Photo: Riverside Picture Agency
                    Image: J. Doe / Harbour Images
                    (Reporting by Ana Ruiz in Lisbon; Editing by Tom Field)
                    Additional reporting by Sam Lee
                    © 2021 Harbour Daily
                    Copyright 2019 Eastfield Gazette. All rights reserved.
                    """;

            assertEquals("The museum will stay open late on Thursdays during the summer, its director said.",
                    TextCleaner.clean(text).text());
        }

        @Test
        void dropsBylines() {
            String text = """
                    Harbour pool reopens after repairs
                    By Jane Doe and Sam O'Neill, Staff Writers
                    BY ANA RUIZ in Lisbon
                    The pool reopened on Tuesday.
                    By the end of the day, three hundred people had been for a swim.
                    By the numbers
                    """;

            TextCleaner.Cleaned cleaned = TextCleaner.clean(text);

            assertEquals("Harbour pool reopens after repairs", cleaned.title());
            assertEquals(List.of("The pool reopened on Tuesday.",
                    "By the end of the day, three hundred people had been for a swim.", "By the numbers"), paragraphs(cleaned));
        }

        @Test
        void stripsACreditFromTheEndOfAParagraph() {
            String text = "Grain prices rose for a third day, traders said. (Reporting by Ana Ruiz; Editing by Tom Field)";

            assertEquals("Grain prices rose for a third day, traders said.", TextCleaner.clean(text).text());
        }

        @Test
        void keepsShortHeadlinesDatelinesAndProseWithFurnitureWords() {
            List<String> keep = List.of(
                    "Mayor meets union leaders in Eastfield",
                    "EASTFIELD, March 3 (Harbour Daily) -",
                    "Facebook shares fall",
                    "Share prices rise for third day",
                    "More rain expected",
                    "He said:",
                    "Read the report.",
                    "Research by the university found that most commuters now cycle at least once a week.");
            String text = String.join("\n", keep);

            assertEquals(keep, List.of(TextCleaner.clean(text, "Known title").text().split("\n\n")));
        }
    }

    @Nested
    class RepeatedText {

        @Test
        void keepsACaptionPrintedTwiceInOneLineOnce() {
            String caption = "The mayor speaks at the opening of the new library in Eastfield, March 1, 2021.";
            String text = "Library opens in Eastfield\n" + caption + " " + caption + "\nThe library cost four million pounds.";

            assertEquals(List.of(caption, "The library cost four million pounds."), paragraphs(TextCleaner.clean(text)));
        }

        @Test
        void keepsAnUnpunctuatedLinePrintedTwiceOnce() {
            assertEquals("Volunteers clear the beach at dawn",
                    TextCleaner.clean("Volunteers clear the beach at dawn Volunteers clear the beach at dawn", "T").text());
        }

        @Test
        void dropsASentenceRepeatedInsideAParagraph() {
            String text = "Rain is expected across the north on Sunday. Rain is expected across the north on Sunday."
                    + " Temperatures will stay mild.";

            assertEquals("Rain is expected across the north on Sunday. Temperatures will stay mild.",
                    TextCleaner.clean(text).text());
        }

        @Test
        void dropsLaterDuplicateParagraphs() {
            String text = """
                    The ferry service to the islands will resume on Monday.
                    Engineers replaced a damaged propeller over the weekend.
                    The ferry service to the islands will resume on Monday!
                    """;

            assertEquals(List.of("The ferry service to the islands will resume on Monday.",
                    "Engineers replaced a damaged propeller over the weekend."), paragraphs(TextCleaner.clean(text)));
        }

        @Test
        void keepsShortDeliberateRepetition() {
            String text = "\"No. No. No,\" she said when asked whether she would resign. Yes, yes.";

            assertEquals(text, TextCleaner.clean(text).text());
        }
    }

    @Nested
    class TitleDetection {

        @Test
        void takesTheFirstLineAsTitleWhenItIsAHeadline() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("""
                    Storm closes schools across the valley
                    All schools in the valley were closed on Wednesday as a storm brought down trees and power lines.
                    """);

            assertEquals("Storm closes schools across the valley", cleaned.title());
            assertFalse(cleaned.text().contains("Storm closes schools"));
        }

        @Test
        void skipsFurnitureBeforeTheTitle() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("""
                    Skip to content
                    Home
                    Sign in
                    Storm closes schools across the valley
                    Share this
                    All schools in the valley were closed on Wednesday as a storm brought down trees and power lines.
                    """);

            assertEquals("Storm closes schools across the valley", cleaned.title());
            assertEquals("All schools in the valley were closed on Wednesday as a storm brought down trees and power lines.",
                    cleaned.text());
        }

        @Test
        void acceptsAQuestionAsTitle() {
            assertEquals("Should towns ban cars from their centres?", TextCleaner.clean("""
                    Should towns ban cars from their centres?
                    Three towns in the region have tried it, with mixed results for shops and residents.
                    """).title());
        }

        @Test
        void hasNoTitleWhenTheTextStartsWithProse() {
            String text = """
                    All schools in the valley were closed on Wednesday as a storm brought down trees and power lines across the region, leaving thousands of homes without electricity.
                    Repair crews worked through the night.
                    """;

            TextCleaner.Cleaned cleaned = TextCleaner.clean(text);

            assertNull(cleaned.title());
            assertEquals(2, paragraphs(cleaned).size());
        }

        @Test
        void hasNoTitleWhenTheFirstLineIsAShortSentence() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("The storm has passed.\nSchools will reopen on Friday.");

            assertNull(cleaned.title());
            assertEquals(2, paragraphs(cleaned).size());
        }

        @Test
        void hasNoTitleWhenTheHeadlineIsAllThereIs() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("Storm closes schools across the valley\n");

            assertNull(cleaned.title());
            assertEquals("Storm closes schools across the valley", cleaned.text());
        }

        @Test
        void doesNotTakeALineEndingInADanglingWordAsTitle() {
            assertNull(TextCleaner.clean("Officials from the port authority and the\nunion met on Monday.").title());
        }

        @Test
        void doesNotTakeADateLineAsTitle() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("""
                    Wednesday, March 3, 2021
                    Storm closes schools across the valley
                    All schools in the valley were closed on Wednesday.
                    """);

            assertEquals("Storm closes schools across the valley", cleaned.title());
        }

        @Test
        void usesAKnownTitleAndDropsItsRepetitionFromTheText() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("""
                    Storm Closes Schools Across The Valley
                    All schools in the valley were closed on Wednesday.
                    Bus routes were also suspended.
                    """, "Storm closes schools across the valley");

            assertEquals("Storm closes schools across the valley", cleaned.title());
            assertEquals(List.of("All schools in the valley were closed on Wednesday.", "Bus routes were also suspended."),
                    paragraphs(cleaned));
        }

        @Test
        void aKnownTitleDoesNotEatAShortFirstParagraph() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("Background to the dispute\nThe row began in May.", "Harbour strike");

            assertEquals("Background to the dispute\n\nThe row began in May.", cleaned.text());
        }
    }

    @Nested
    class Whitespace {

        @Test
        void separatesParagraphsByExactlyOneBlankLine() {
            String text = "\n\n\n  First paragraph of prose here.  \n\n\n\nSecond paragraph of prose here.\n \n\t\n";

            assertEquals("First paragraph of prose here.\n\nSecond paragraph of prose here.", TextCleaner.clean(text).text());
        }

        @Test
        void collapsesSpacesTabsAndNonBreakingSpaces() {
            assertEquals("Prices rose 3 percent in May.",
                    TextCleaner.clean("Prices \t rose\u00A03\u202Fpercent   in May.").text());
        }

        @Test
        void acceptsWindowsAndOldMacLineEnds() {
            assertEquals("One line here.\n\nTwo lines here.\n\nThree lines here.",
                    TextCleaner.clean("One line here.\r\nTwo lines here.\rThree lines here.\r\n").text());
        }

        @Test
        void mendsSentencesGluedTogether() {
            assertEquals("The vote was close. Residents will meet again in June.",
                    TextCleaner.clean("The vote was close.Residents will meet again in June.").text());
        }

        @Test
        void leavesAbbreviationsNumbersAndAddressesGlued() {
            String text = "The U.S.Treasury, e.g.Bonds, Mr.Smith, 3.5 percent, www.Harbour.com, harbourdaily.com"
                    + " and http://news.example.org/Local/index.html were all mentioned.";

            assertEquals(text, TextCleaner.clean(text).text());
        }

        @Test
        void returnsEmptyTextWhenOnlyFurnitureIsLeft() {
            TextCleaner.Cleaned cleaned = TextCleaner.clean("Advertisement\n\nShare this\nRead more\n");

            assertNull(cleaned.title());
            assertEquals("", cleaned.text());
        }
    }
}

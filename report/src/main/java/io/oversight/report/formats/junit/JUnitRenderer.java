package io.oversight.report.formats.junit;

import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.formats.AsOf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (the Ant/Surefire shape: testsuites, testsuite, testcase, failure,
 * skipped), so a pipeline's test dashboard lists every control checked. Counts on each suite and
 * on the root add up; times are zero and the timestamp is the as-of date, so the output is
 * reproducible.
 */
public final class JUnitRenderer implements Renderer {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        List<TestSuite> suites = TestSuites.of(a);
        // The JDK's own writer, not whichever StAX implementation the classpath offers: same bytes everywhere.
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", XmlText.clean("oversight " + a.input().file()));
            counts(w, suites.stream().mapToLong(s -> s.cases().size()).sum(),
                    suites.stream().mapToLong(s -> s.count(TestCase.Outcome.FAILED)).sum(),
                    suites.stream().mapToLong(s -> s.count(TestCase.Outcome.SKIPPED)).sum());
            String timestamp = AsOf.startOfDay(a.asOf()).replace("Z", "");
            for (TestSuite suite : suites) {
                suite(w, suite, timestamp);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter w, TestSuite suite, String timestamp) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", XmlText.clean(suite.name()));
        counts(w, suite.cases().size(), suite.count(TestCase.Outcome.FAILED), suite.count(TestCase.Outcome.SKIPPED));
        // JUnit's schema wants a timestamp without a zone; it is the start of the as-of day in UTC.
        w.writeAttribute("timestamp", timestamp);
        for (TestCase c : suite.cases()) {
            testCase(w, c);
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static void testCase(XMLStreamWriter w, TestCase c) throws XMLStreamException {
        w.writeCharacters("\n    ");
        if (c.outcome() == TestCase.Outcome.PASSED) {
            w.writeEmptyElement("testcase");
            caseAttributes(w, c);
            return;
        }
        w.writeStartElement("testcase");
        caseAttributes(w, c);
        w.writeCharacters("\n      ");
        if (c.outcome() == TestCase.Outcome.FAILED) {
            w.writeStartElement("failure");
            w.writeAttribute("message", XmlText.clean(c.message()));
            w.writeAttribute("type", XmlText.clean(c.type()));
            w.writeCharacters(XmlText.clean(c.details()));
            w.writeEndElement();
        } else {
            w.writeEmptyElement("skipped");
            w.writeAttribute("message", XmlText.clean(c.message()));
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void caseAttributes(XMLStreamWriter w, TestCase c) throws XMLStreamException {
        w.writeAttribute("name", XmlText.clean(c.name()));
        w.writeAttribute("classname", XmlText.clean(c.className()));
        w.writeAttribute("time", "0");
    }

    private static void counts(XMLStreamWriter w, long tests, long failures, long skipped) throws XMLStreamException {
        w.writeAttribute("tests", Long.toString(tests));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", Long.toString(skipped));
        w.writeAttribute("time", "0");
    }
}

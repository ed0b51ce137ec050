package io.oversight.report.formats.junit;

import io.oversight.engine.Assessment;
import io.oversight.report.InvalidInput;
import io.oversight.report.InvalidInputRenderer;
import io.oversight.report.RenderOptions;
import io.oversight.report.formats.AsOf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (the Ant/Surefire shape: testsuites, testsuite, testcase, failure,
 * skipped, error), so a pipeline's test dashboard lists every control checked. Counts on each suite and
 * on the root add up; times are zero and the timestamp is the as-of date, so the output is
 * reproducible.
 */
public final class JUnitRenderer implements InvalidInputRenderer {

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
        String timestamp = AsOf.startOfDay(a.asOf()).replace("Z", "");
        document(out, a.input().file(), w -> {
            counts(w, suites.stream().mapToLong(s -> s.cases().size()).sum(),
                    suites.stream().mapToLong(s -> s.count(TestCase.Outcome.FAILED)).sum(), 0,
                    suites.stream().mapToLong(s -> s.count(TestCase.Outcome.SKIPPED)).sum());
            for (TestSuite suite : suites) {
                suite(w, suite, timestamp);
            }
        });
    }

    /**
     * One suite of one case in error, its body every problem: no control was checked, and a CI
     * dashboard counts an error as a broken test, where no case at all would read as nothing to fail.
     */
    @Override
    public void renderInvalid(InvalidInput input, OutputStream out) throws IOException {
        document(out, input.file(), w -> {
            counts(w, 1, 0, 1, 0);
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "input");
            counts(w, 1, 0, 1, 0);
            w.writeAttribute("timestamp", AsOf.startOfDay(input.asOf()).replace("Z", ""));
            w.writeCharacters("\n    ");
            w.writeStartElement("testcase");
            w.writeAttribute("name", XmlText.clean("valid oversight/v1 [file " + input.file() + "]"));
            w.writeAttribute("classname", "oversight.input");
            w.writeAttribute("time", "0");
            w.writeCharacters("\n      ");
            w.writeStartElement("error");
            w.writeAttribute("message", input.outcome());
            w.writeAttribute("type", "invalid input");
            w.writeCharacters(XmlText.clean(input.problems().stream().map(p -> p.format() + "\n").collect(Collectors.joining())));
            w.writeEndElement();
            w.writeCharacters("\n    ");
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeEndElement();
        });
    }

    /** What a document holds inside its root: a report's suites, or the one case in error of an input not checked. */
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void document(OutputStream out, String file, Body body) throws IOException {
        // The JDK's own writer, not whichever StAX implementation the classpath offers: same bytes everywhere.
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", XmlText.clean("oversight " + file));
            body.write(w);
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
        counts(w, suite.cases().size(), suite.count(TestCase.Outcome.FAILED), 0, suite.count(TestCase.Outcome.SKIPPED));
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

    private static void counts(XMLStreamWriter w, long tests, long failures, long errors, long skipped) throws XMLStreamException {
        w.writeAttribute("tests", Long.toString(tests));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", Long.toString(errors));
        w.writeAttribute("skipped", Long.toString(skipped));
        w.writeAttribute("time", "0");
    }
}

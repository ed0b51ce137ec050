package io.oversight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Build step: writes {@code THIRD-PARTY.txt}, the libraries inside the release's jar and their
 * licences, as their POMs in the local Maven repository declare them (a POM without licences
 * inherits its parent's). It reads what Maven already downloaded, so it works offline, unlike the
 * CycloneDX plugin that makes the SBOM.
 *
 * <p>Usage: {@code ThirdPartyNotices DEPENDENCIES.txt LOCAL_REPOSITORY TARGET.txt}, the first being the output of
 * {@code dependency:list} with {@code outputAbsoluteArtifactFilename}.
 */
public final class ThirdPartyNotices {

    /** A POM's parent chain is short; a longer one is a cycle in a broken repository. */
    private static final int MAX_PARENTS = 10;

    private ThirdPartyNotices() {
    }

    public static void main(String[] args) throws IOException, ParserConfigurationException, SAXException {
        Path repository = Path.of(args[1]);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder xml = factory.newDocumentBuilder();
        TreeSet<String> entries = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] parts = line.strip().replaceFirst(" -- .*$", "").split(":", -1);
            int scope = scopeIndex(parts);
            if (scope < 4) {
                continue; // the list's heading, or a blank line
            }
            String group = parts[0];
            String artifact = parts[1];
            String version = parts[scope - 1];
            Path pom = Path.of(String.join(":", List.of(parts).subList(scope + 1, parts.length))).resolveSibling(artifact + "-" + version + ".pom");
            entries.add(group + ":" + artifact + " " + version + "\n    " + String.join("; ", licences(xml, pom, repository)));
        }
        if (entries.isEmpty()) {
            throw new IOException(args[0] + " lists no dependencies; the notices would be empty");
        }
        String text = "Oversight's release bundles these libraries in lib/oversight.jar, under the licences their POMs declare.\n\n"
                + String.join("\n", entries) + "\n";
        Files.writeString(Path.of(args[2]), text, StandardCharsets.UTF_8);
    }

    private static int scopeIndex(String[] parts) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("compile") || parts[i].equals("runtime")) {
                return i;
            }
        }
        return -1;
    }

    /** The licences of the POM, or of its nearest ancestor that declares any. */
    private static List<String> licences(DocumentBuilder xml, Path pom, Path repository) throws IOException, SAXException {
        Path current = pom;
        for (int depth = 0; depth < MAX_PARENTS && current != null && Files.isRegularFile(current); depth++) {
            Document document = xml.parse(current.toFile());
            Element project = document.getDocumentElement();
            List<String> found = new ArrayList<>();
            for (Element licence : children(child(project, "licenses").orElse(null), "license")) {
                String name = text(licence, "name");
                String url = text(licence, "url");
                found.add(name + (url.isEmpty() ? "" : " <" + url + ">"));
            }
            if (!found.isEmpty()) {
                return found;
            }
            current = child(project, "parent").map(parent -> repository.resolve(text(parent, "groupId").replace('.', '/'))
                    .resolve(text(parent, "artifactId")).resolve(text(parent, "version"))
                    .resolve(text(parent, "artifactId") + "-" + text(parent, "version") + ".pom")).orElse(null);
        }
        return List.of("no licence declared in its POM or its parents'");
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }
}

package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.oversight.engine.Assessment;
import io.oversight.report.JsonRenderer;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.formats.oscal.OscalResultsRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filed PDF is the whole record: PDF/A-3b (veraPDF runs in {@link ArchivalTest} and
 * EveryFormatTest), carrying the check result and the OSCAL assessment results it was rendered
 * from, in English, with its outline open, links that land, and a sign-off page whose signature
 * fields a reader can sign.
 */
class SelfVerifyingRecordTest {

    private static Assessment kiro;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        kiro = Samples.assess("kiro-incident.yaml");
        pdf = Samples.render(kiro, RenderOptions.PLAIN);
        Samples.keep("kiro-incident.pdf", pdf);
    }

    @Test
    void theCheckResultAndTheOscalResultsAreAssociatedFilesByteForByte() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> attached = attachments(doc);
            assertThat(attached).containsOnlyKeys(AssociatedFiles.RESULT, AssociatedFiles.OSCAL);
            PDComplexFileSpecification result = attached.get(AssociatedFiles.RESULT);
            assertThat(result.getEmbeddedFile().toByteArray()).isEqualTo(rendered(new JsonRenderer()));
            assertThat(result.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(result.getFileUnicode()).isEqualTo(AssociatedFiles.RESULT);
            assertThat(result.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship"))).isEqualTo(COSName.getPDFName("Source"));
            PDComplexFileSpecification oscal = attached.get(AssociatedFiles.OSCAL);
            assertThat(oscal.getEmbeddedFile().toByteArray()).isEqualTo(rendered(new OscalResultsRenderer()));
            assertThat(oscal.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship"))).isEqualTo(COSName.getPDFName("Alternative"));
            assertThat(oscal.getEmbeddedFile().getModDate().toInstant().toString()).isEqualTo("2026-11-25T00:00:00Z");

            COSArray af = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
            List<COSBase> associated = new ArrayList<>();
            af.forEach(entry -> associated.add(entry instanceof COSObject o ? o.getObject() : entry));
            assertThat(associated).containsExactlyInAnyOrder(result.getCOSObject(), oscal.getCOSObject());
        }
        assertThat(PdfA.failures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    }

    @Test
    void theDocumentSaysItsLanguageAndOpensOnItsOutline() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
            List<PDOutlineItem> withChildren = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> {
                if (item.hasChildren()) {
                    withChildren.add(item);
                }
            });
            assertThat(withChildren).isNotEmpty().allMatch(PDOutlineItem::isNodeOpen);
        }
    }

    @Test
    void theSignOffPageHasTheThreeLinesOfDefenceTheConditionsAndFieldsToSign() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDField> fields = doc.getDocumentCatalog().getAcroForm().getFields().stream()
                    .filter(PDSignatureField.class::isInstance).toList();
            assertThat(fields).extracting(PDField::getFullyQualifiedName)
                    .containsExactly("sign-off-first-line", "sign-off-second-line", "sign-off-third-line");
            int signOffPage = -1;
            for (PDField field : fields) {
                var widget = field.getWidgets().get(0);
                assertThat(widget.isPrinted()).isTrue();
                assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
                assertThat(widget.getRectangle().getWidth()).isGreaterThan(100);
                assertThat(widget.getRectangle().getHeight()).isGreaterThan(30);
                int page = doc.getPages().indexOf(widget.getPage()) + 1;
                assertThat(signOffPage).isIn(-1, page);
                signOffPage = page;
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(signOffPage);
            stripper.setEndPage(signOffPage);
            String page = PdfText.squash(stripper.getText(doc));
            long attestations = kiro.frameworks().stream().filter(fr -> fr.applicable()).mapToLong(fr -> fr.attestations().size()).sum();
            // Not Texas's: US names no state, so no one can sign for it without knowing where the deployment operates.
            assertThat(attestations).isEqualTo(12);
            assertThat(page).contains("Sign-off", "Firstline", "Secondline", "Thirdline", "Conditionsofthissign-off",
                    "12openattestations", kiro.openFindings().size() + "openfindings", "Classification", "Confidential", "Distribution",
                    "Version", DocumentIdentity.of(kiro, RenderOptions.PLAIN).label(), AssociatedFiles.RESULT, "IngridHalvorsen");
        }
    }

    @Test
    void everyBoxToTickIsAFormFieldOverItsPrintedSquare() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDField> fields = doc.getDocumentCatalog().getAcroForm().getFields();
            List<String> attestations = kiro.frameworks().stream().filter(fr -> fr.applicable())
                    .flatMap(fr -> fr.attestations().stream().map(at -> ("attestation-" + fr.framework().id() + "-" + at.id()).replace('.', '-')))
                    .toList();
            assertThat(fields.stream().filter(PDCheckBox.class::isInstance).map(PDField::getFullyQualifiedName))
                    .containsExactlyElementsOf(attestations)
                    .contains("attestation-nist-ai-rmf-ATT-RMF-GOVERN-1-6", "attestation-owasp-agentic-2026-ATT-ASI-01");
            assertThat(fields.stream().filter(PDRadioButton.class::isInstance).map(PDField::getFullyQualifiedName))
                    .containsExactly("sign-off-first-line-decision", "sign-off-second-line-decision", "sign-off-third-line-decision");
            for (PDField field : fields) {
                if (field instanceof PDCheckBox box) {
                    assertThat(box.getValue()).isEqualTo("Off");
                    assertThat(box.getOnValue()).isEqualTo("Yes");
                    // A box stands beside its statement's line to sign, on whichever page of the section it falls.
                    assertUntickedSquare(doc, box.getWidgets(), "Confirmed by (name)");
                } else if (field instanceof PDRadioButton decision) {
                    assertThat(decision.getValue()).isEqualTo("Off");
                    assertThat(decision.getOnValues()).containsExactly("as-it-stands", "on-conditions", "not-signed-off");
                    assertThat(decision.getWidgets()).hasSize(3);
                    assertUntickedSquare(doc, decision.getWidgets(), "Sign-off");
                    // The three choices stand one under the other, the first on top.
                    List<Float> heights = decision.getWidgets().stream().map(w -> w.getRectangle().getLowerLeftY()).toList();
                    assertThat(heights).isSortedAccordingTo((x, y) -> Float.compare(y, x)).doesNotHaveDuplicates();
                }
            }
            // Ticked in a reader, the box shows its tick (a drawn path: no font, as PDF/A asks).
            PDRadioButton first = (PDRadioButton) doc.getDocumentCatalog().getAcroForm().getField("sign-off-first-line-decision");
            first.setValue("on-conditions");
            assertThat(first.getWidgets()).extracting(w -> w.getAppearanceState().getName())
                    .containsExactly("Off", "on-conditions", "Off");
        }
    }

    private static void assertUntickedSquare(PDDocument doc, List<PDAnnotationWidget> widgets, String pageText) throws IOException {
        for (PDAnnotationWidget widget : widgets) {
            assertThat(widget.isPrinted()).isTrue();
            assertThat(widget.getAppearanceState().getName()).isEqualTo("Off");
            assertThat(widget.getAppearance().getNormalAppearance().getSubDictionary()).hasSize(2);
            assertThat(widget.getRectangle().getWidth()).isCloseTo(9f, within(0.001f));
            assertThat(widget.getRectangle().getHeight()).isCloseTo(9f, within(0.001f));
            PDFTextStripper stripper = new PDFTextStripper();
            int page = doc.getPages().indexOf(widget.getPage()) + 1;
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            assertThat(stripper.getText(doc)).contains(pageText);
        }
    }

    @Test
    void everyInternalLinkLandsOnANamedDestination() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            List<String> targets = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        assertThat(link.isPrinted()).as("PDF/A wants every annotation printable").isTrue();
                        var destination = (PDNamedDestination) ((PDActionGoTo) link.getAction()).getDestination();
                        assertThat(names.getDests().getValue(destination.getNamedDestination())).as(destination.getNamedDestination()).isNotNull();
                        targets.add(destination.getNamedDestination());
                    }
                }
            }
            assertThat(targets).isNotEmpty().allMatch(t -> t.startsWith("findings-"));
        }
    }

    private static Map<String, PDComplexFileSpecification> attachments(PDDocument doc) throws IOException {
        Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
        var tree = doc.getDocumentCatalog().getNames().getEmbeddedFiles();
        for (PDComplexFileSpecification spec : tree.getNames().values()) {
            byName.put(spec.getFilename(), spec);
        }
        return byName;
    }

    private static byte[] rendered(Renderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(kiro, RenderOptions.PLAIN, out);
        return out.toByteArray();
    }
}

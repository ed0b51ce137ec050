package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;

/** One part of the report, written in order onto the open document. */
interface Section {

    void write(ReportContext ctx) throws DocumentException;
}

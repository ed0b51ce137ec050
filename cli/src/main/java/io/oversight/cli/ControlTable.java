package io.oversight.cli;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.Control;
import io.oversight.catalog.Family;
import java.util.List;
import java.util.stream.Collectors;

/** The control table of the README, generated from the catalog so that it cannot drift from it. */
final class ControlTable {

    private ControlTable() {
    }

    static String markdown(Catalog catalog, List<Control> controls) {
        StringBuilder md = new StringBuilder();
        for (Family family : catalog.families()) {
            List<Control> members = controls.stream().filter(c -> c.family().equals(family.id())).toList();
            if (members.isEmpty()) {
                continue;
            }
            md.append("\n**").append(family.title()).append(" (").append(family.id()).append(")**\n\n");
            md.append("| id | severity | requirement | serves |\n|---|---|---|---|\n");
            for (Control c : members) {
                String severity = c.severity().label() + (c.escalations().isEmpty() ? "" : " (" + c.escalationText() + ")");
                String serves = c.references().stream().map(r -> r.framework() + " " + r.clause()).collect(Collectors.joining(", "));
                md.append("| ").append(c.id()).append(" | ").append(severity).append(" | ").append(c.title()).append(" | ")
                        .append(serves).append(" |\n");
            }
        }
        return md.toString();
    }
}

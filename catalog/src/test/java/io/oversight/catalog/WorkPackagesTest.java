package io.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Work packages group controls by the change that closes them; a control may be in one at most. */
class WorkPackagesTest {

    private final WorkPackages packages = WorkPackages.builtIn();

    @Test
    void theGateClosesTheApprovalControls() {
        WorkPackage gates = packages.of("HO-02").orElseThrow();
        assertThat(gates.id()).isEqualTo("WP-GATES");
        assertThat(gates.controls()).containsExactly("HO-01", "HO-02", "HO-03", "HO-04", "HO-07", "HO-08", "PM-07");
        assertThat(packages.of("RM-07").orElseThrow().ownerRoles()).startsWith("data-protection-officer");
        assertThat(packages.of("IR-01").orElseThrow().owner()).isEqualTo("security officer");
    }

    @Test
    void everyPackageIsCompleteAndNamesOnlyControlsOfTheCatalog() {
        Catalog catalog = CatalogLoader.builtIn();
        for (WorkPackage p : packages.all()) {
            assertThat(List.of(p.id(), p.title(), p.change(), p.owner())).as(p.id()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(p.ownerRoles()).as(p.id()).isNotEmpty();
            assertThat(p.controls()).as(p.id()).allSatisfy(id -> assertThat(catalog.control(id)).isPresent());
        }
    }

    @Test
    void everyBuiltInControlIsInAPackage() {
        // A control left out becomes a package of its own, with no change text and a fallback owner.
        assertThat(CatalogLoader.builtIn().controls()).allSatisfy(c -> assertThat(packages.of(c.id())).as(c.id()).isPresent());
    }

    @Test
    void aControlInTwoPackagesIsRefused() {
        WorkPackage a = new WorkPackage("WP-A", "a", "a", List.of("HO-01"), "lead", List.of("lead"));
        WorkPackage b = new WorkPackage("WP-B", "b", "b", List.of("HO-01", "HO-02"), "lead", List.of("lead"));
        assertThatThrownBy(() -> new WorkPackages(List.of(a, b))).isInstanceOf(CatalogException.class)
                .hasMessage("control HO-01 is in work packages WP-A and WP-B");
    }
}

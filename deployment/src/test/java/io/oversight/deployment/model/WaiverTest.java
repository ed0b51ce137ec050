package io.oversight.deployment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaiverTest {

    private static Waiver at(String path, int index) {
        return new Waiver(path, index, "HO-05", "infra-assistant", "accepted", "marcus-olsen", LocalDate.of(2027, 6, 30));
    }

    /**
     * A waiver is named as its own file numbers it: the index counts the deployment's waivers and a
     * waivers file's together, and had named another entry of the file, or none (report review).
     */
    @Test
    void isNamedByItsPlaceInItsOwnFile() {
        assertThat(at("/waivers/3", 3).subjectId()).isEqualTo("waivers[3]");
        assertThat(at("samples/waivers/kiro-governance.yaml#/waivers/2", 3).subjectId()).isEqualTo("waivers[2] of kiro-governance.yaml");
        assertThat(at("C:\\gov\\w#1.yaml#/waivers/0", 1).subjectId()).isEqualTo("waivers[0] of w#1.yaml");
        assertThat(at("/waivers/3", 3).file()).isNull();
        assertThat(at("samples/waivers/kiro-governance.yaml#/waivers/2", 3).file()).isEqualTo("samples/waivers/kiro-governance.yaml");
    }
}

package io.oversight.report.formats.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

    private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesTheWellKnownVersion5Uuids() {
        // The values Python's uuid.uuid5 gives, as in its documentation.
        assertThat(NameBasedUuid.of(DNS_NAMESPACE, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        assertThat(NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, "http://python.org/")).hasToString("4c565f0d-3f5a-5890-b41b-20cf47701c5e");
    }

    @Test
    void isVersion5InTheRfc4122Variant() {
        UUID uuid = NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, "anything");
        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, "anything")).isEqualTo(uuid);
        assertThat(NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, "anything else")).isNotEqualTo(uuid);
    }
}

package io.oversight.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties of the engine over generated valid deployments. */
class EnginePropertiesTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Assessment assess(Map<String, Object> deployment) throws Exception {
        byte[] bytes = YAML.writeValueAsString(deployment).getBytes(StandardCharsets.UTF_8);
        return Oversight.check(CheckRequest.of().asOf(LocalDate.of(2026, 11, 25)), "generated.yaml", bytes).assessment();
    }

    /** What a finding is, apart from where the file happens to write it. */
    private static Set<String> identities(Assessment a) {
        return a.findings().stream()
                .map(f -> f.fingerprint() + " " + f.control() + " " + f.severity() + " " + f.subject() + (f.waived() ? " waived" : ""))
                .collect(Collectors.toSet());
    }

    @Property(tries = 60)
    void theEngineNeverThrowsAndEveryFindingIsLocated(@ForAll long seed) throws Exception {
        Assessment a = assess(Deployments.generate(seed));
        for (Finding f : a.findings()) {
            assertThat(f.evidence()).isNotEmpty();
            assertThat(f.primaryEvidence().line()).isPositive();
            assertThat(CATALOG.control(f.control())).isPresent();
        }
    }

    @Property(tries = 40)
    void shufflingKeysAndListsChangesNoFindingNorFingerprint(@ForAll long seed) throws Exception {
        Map<String, Object> original = Deployments.generate(seed);
        Map<String, Object> shuffled = shuffle(original, new Random(seed ^ 0x5DEECE66DL));
        assertThat(identities(assess(shuffled))).containsExactlyInAnyOrderElementsOf(identities(assess(original)));
    }

    @Property(tries = 40)
    void removingASafeguardNeverRemovesAFinding(@ForAll long seed) throws Exception {
        Map<String, Object> original = Deployments.generate(seed);
        Set<String> before = findings(assess(original));
        for (String safeguard : List.of("guardrails", "logging", "monitoring", "checkpoints", "identity", "overseers")) {
            Map<String, Object> weaker = deepCopy(original);
            for (Object agent : (List<?>) weaker.get("agents")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> a = (Map<String, Object>) agent;
                a.remove(safeguard);
            }
            // Findings about a removed checkpoint itself go with it; every other finding stays
            // (possibly more severe, which is why severity is not compared).
            Set<String> expected = before.stream().filter(f -> !(safeguard.equals("checkpoints") && f.contains(" checkpoint:")))
                    .collect(Collectors.toSet());
            assertThat(findings(assess(weaker))).as("without %s", safeguard).containsAll(expected);
        }
    }

    /** Which findings there are, whatever their severity or waiver. */
    private static Set<String> findings(Assessment a) {
        return a.findings().stream().map(f -> f.fingerprint() + " " + f.control() + " " + f.subject()).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shuffle(Map<String, Object> map, Random r) {
        List<String> keys = new ArrayList<>(map.keySet());
        Collections.shuffle(keys, r);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            Object value = map.get(key);
            if (value instanceof Map<?, ?> m) {
                value = shuffle((Map<String, Object>) m, r);
            } else if (value instanceof List<?> list && !key.equals("actions") && !key.equals("events") && !key.equals("waivers")) {
                List<Object> copy = new ArrayList<>();
                for (Object item : list) {
                    copy.add(item instanceof Map<?, ?> m ? shuffle((Map<String, Object>) m, r) : item);
                }
                Collections.shuffle(copy, r);
                value = copy;
            }
            out.put(key, value);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? l.stream().map(i -> i instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : i).toList() : v));
        return out;
    }
}

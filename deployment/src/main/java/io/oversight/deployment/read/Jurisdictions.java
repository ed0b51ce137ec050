package io.oversight.deployment.read;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a jurisdiction written otherwise than as its code means: the code that makes a framework
 * apply ({@code EU}, {@code US-CO}) in another case or punctuation ({@code eu}, {@code US_CO},
 * {@code "US-CO "}), and the EU, its member states and the US states whose laws the catalog knows
 * written by name, in English or their own language ({@code European Union}, {@code Germany},
 * {@code Deutschland}, {@code United States}, {@code USA}, {@code Colorado}, {@code US-Colorado}, {@code TX}), and the EU written otherwise
 * ({@code Europe}, {@code EU-27}, {@code EU/EEA}, {@code EU-DE}: the EEA's EFTA states take the
 * Union's acts in, so a deployment there is taken as meaning the EU's law). Read as written, such an
 * entry would switch a framework off without a word.
 */
final class Jurisdictions {

    /** The EU's member states by their ISO 3166 codes (Greece as EL too, as the EU writes it). */
    static final Set<String> EU_MEMBER_STATES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "EL", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("EU", List.of("European Union", "Europäische Union", "Union européenne", "Europe", "EU-27", "EU27", "EU/EEA", "EEA")),
            // The country by name or its ISO alpha-3 code: read as written, either had switched every US state law off (law review).
            Map.entry("US", List.of("United States", "United States of America", "USA")),
            // TX is no country's code, as CO (Colombia) and CA (Canada) are, so it can only mean the state.
            Map.entry("US-CO", List.of("Colorado")), Map.entry("US-CA", List.of("California")), Map.entry("US-TX", List.of("Texas", "TX")),
            Map.entry("AT", List.of("Austria", "Österreich")), Map.entry("BE", List.of("Belgium", "Belgique", "België")),
            Map.entry("BG", List.of("Bulgaria")), Map.entry("HR", List.of("Croatia", "Hrvatska")), Map.entry("CY", List.of("Cyprus")),
            Map.entry("CZ", List.of("Czechia", "Czech Republic", "Česko")), Map.entry("DK", List.of("Denmark", "Danmark")),
            Map.entry("EE", List.of("Estonia", "Eesti")), Map.entry("FI", List.of("Finland", "Suomi")), Map.entry("FR", List.of("France")),
            Map.entry("DE", List.of("Germany", "Deutschland")), Map.entry("GR", List.of("Greece", "Hellas")),
            Map.entry("HU", List.of("Hungary", "Magyarország")), Map.entry("IE", List.of("Ireland", "Éire")),
            Map.entry("IT", List.of("Italy", "Italia")), Map.entry("LV", List.of("Latvia", "Latvija")),
            Map.entry("LT", List.of("Lithuania", "Lietuva")), Map.entry("LU", List.of("Luxembourg")), Map.entry("MT", List.of("Malta")),
            Map.entry("NL", List.of("Netherlands", "The Netherlands", "Nederland", "Holland")), Map.entry("PL", List.of("Poland", "Polska")),
            Map.entry("PT", List.of("Portugal")), Map.entry("RO", List.of("Romania", "România")),
            Map.entry("SK", List.of("Slovakia", "Slovensko")), Map.entry("SI", List.of("Slovenia", "Slovenija")),
            Map.entry("ES", List.of("Spain", "España")), Map.entry("SE", List.of("Sweden", "Sverige")));

    private Jurisdictions() {
    }

    /**
     * The code {@code written} stands for, when it is one of {@code codes} (the codes that make a
     * framework apply) spelt otherwise, or a name above; empty for any other text, which is kept
     * as written. A code written exactly is returned as itself.
     */
    static Optional<String> codeOf(String written, List<String> codes) {
        Optional<String> code = codeOf(key(written), codes, Jurisdictions::key);
        if (code.isPresent() || UnicodeIdentifiers.isPlainAscii(written)) {
            return code;
        }
        // A letter of another script that looks like the code's (a Cyrillic Е in ЕU, a fullwidth ＥＵ), compared as each looks:
        // kept as an unknown code, it had switched the EU's frameworks off (format review).
        return codeOf(key(UnicodeIdentifiers.skeleton(written)), codes, text -> key(UnicodeIdentifiers.skeleton(text)));
    }

    private static Optional<String> codeOf(String key, List<String> codes, java.util.function.UnaryOperator<String> keyOf) {
        for (String code : codes) {
            if (keyOf.apply(code).equals(key)) {
                return Optional.of(code);
            }
        }
        // EU-DE, EU_FR: the Union with a member state, which only EU makes apply.
        if (key.length() == 4 && key.startsWith("EU") && EU_MEMBER_STATES.contains(key.substring(2))) {
            return Optional.of("EU");
        }
        for (Map.Entry<String, List<String>> entry : NAMES.entrySet()) {
            boolean us = entry.getKey().startsWith("US-");
            for (String name : entry.getValue()) {
                if (keyOf.apply(name).equals(key) || us && ("US" + keyOf.apply(name)).equals(key)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Upper case, accents and everything but letters and digits left out: {@code "us_co "} and {@code US-CO} are one. */
    private static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}

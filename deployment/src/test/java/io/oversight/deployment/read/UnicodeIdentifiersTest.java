package io.oversight.deployment.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import org.junit.jupiter.api.Test;

/**
 * UnicodeIdentifiers skips ICU's data for names below U+0250 on two facts of Unicode that an ICU
 * upgrade could change: no two such characters mix scripts, and the only default-ignorable one is
 * a format character. Both are checked here against ICU itself.
 */
class UnicodeIdentifiersTest {

    private static final int LATIN_END = 0x250;

    @Test
    void noTwoCharactersBelowU0250FailTheRestrictionLevel() {
        SpoofChecker checker = new SpoofChecker.Builder().setChecks(SpoofChecker.RESTRICTION_LEVEL)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE).build();
        int failing = 0;
        StringBuilder pair = new StringBuilder(2);
        for (int first = 0; first < LATIN_END; first++) {
            for (int second = 0; second < LATIN_END; second++) {
                pair.setLength(0);
                pair.append((char) first).append((char) second);
                if (checker.failsChecks(pair.toString())) {
                    failing++;
                }
            }
        }
        assertThat(failing).isZero();
    }

    @Test
    void belowU0250OnlyAFormatCharacterIsDefaultIgnorable() {
        for (int c = 0; c < LATIN_END; c++) {
            if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                assertThat(Character.getType(c)).as("U+%04X", c).isEqualTo((int) Character.FORMAT);
            }
        }
    }

    @Test
    void aLatinNameIsInOneScriptAndAMixedOneIsNot() {
        assertThat(UnicodeIdentifiers.mixedScripts("Tomás Ruiz")).isEmpty();
        assertThat(UnicodeIdentifiers.mixedScripts("prоd-eu")).containsExactlyInAnyOrder("Latin", "Cyrillic");
        assertThat(UnicodeIdentifiers.isInvisible(0xAD)).isTrue();
        assertThat(UnicodeIdentifiers.isInvisible(0x200B)).isTrue();
        assertThat(UnicodeIdentifiers.isInvisible('é')).isFalse();
    }
}

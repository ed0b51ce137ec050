package io.oversight.report;

import io.oversight.deployment.InputFile;
import io.oversight.deployment.Sha256;
import io.oversight.engine.Assessment;
import java.nio.charset.StandardCharsets;

/**
 * The SHA-256 that names what a report was made from: the tool and catalog versions and every input
 * file (its role, its name as the user wrote it and its own SHA-256) in the assessment's sorted
 * order. Reports made by the same tool and catalog from the same bytes share it; a swapped
 * imported policy, another waivers file, organization rules or a baseline change it.
 */
public final class InputsDigest {

    private InputsDigest() {
    }

    public static String of(Assessment a) {
        StringBuilder content = new StringBuilder("oversight-inputs\u0000").append(Tool.name()).append('\u0000').append(Tool.version())
                .append('\u0000').append(a.catalog().version());
        for (InputFile input : a.inputs()) {
            content.append('\n').append(input.role().label()).append('\u0000').append(input.file()).append('\u0000').append(input.sha256());
        }
        return Sha256.hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}

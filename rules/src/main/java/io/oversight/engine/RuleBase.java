package io.oversight.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Builds the KieBase of the built-in rules. The fast way instantiates the executable-model classes
 * that the build generated and listed in {@code drools-model} (about 0.2 s); it uses
 * {@link KieBaseBuilder}, an internal Drools API, so the classpath container (about 0.8 s) stays as
 * the fallback and a test pins that the fast way works.
 */
final class RuleBase {

    static final String MODEL_INDEX = "META-INF/kie/io.oversight/oversight-rules/drools-model";

    /** How the KieBase was built: {@code model} (fast) or {@code container} (fallback). */
    record Built(KieBase kieBase, String source) {
    }

    private RuleBase() {
    }

    static Built build(ClassLoader loader) {
        List<Model> models = models(loader);
        if (!models.isEmpty()) {
            return new Built(KieBaseBuilder.createKieBaseFromModel(models), "model");
        }
        return new Built(KieServices.get().getKieClasspathContainer(loader).getKieBase("oversight"), "container");
    }

    private static List<Model> models(ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return models;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                    models.add((Model) loader.loadClass(line).getDeclaredConstructor().newInstance());
                }
            }
            return models;
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            return List.of();
        }
    }
}

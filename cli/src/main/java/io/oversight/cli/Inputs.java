package io.oversight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The deployment files named on the command line: files as given, directories searched for deployment descriptions. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<Path> given) throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile).filter(Inputs::isDeployment).filter(Inputs::declaresTheFormat)
                        .filter(p -> !hidden(path.relativize(p)))
                        .sorted().toList();
                if (found.isEmpty()) {
                    throw new UserError(path + " holds no deployment description (a .yaml, .yml or .json file declaring apiVersion: oversight/v1)");
                }
                files.addAll(found);
            } catch (IOException e) {
                throw new UserError("cannot read the directory " + path + ": " + e.getMessage());
            }
        }
        return files;
    }

    private static boolean isDeployment(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Files found in a directory are checked only when they declare the format near their top, so
     * that policies, catalogs and other YAML living beside deployments are not reported as broken
     * deployments. Files named explicitly are always checked.
     */
    private static boolean declaresTheFormat(Path file) {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("oversight/v") && head.contains("AgentDeployment");
        } catch (IOException e) {
            return true; // unreadable: let the reader report it, located
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The name outputs for {@code file} take in an output directory: its file name without the extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

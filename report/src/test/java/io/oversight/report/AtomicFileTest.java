package io.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTemporaryFileIsInFlightOnlyWhileItIsWritten(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("prod.sarif");
        List<Path> during = new ArrayList<>();
        AtomicFile.write(target, out -> {
            during.addAll(InFlightFiles.current());
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(during).hasSize(1);
        assertThat(during.get(0).getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(during.get(0).getFileName().toString()).matches("\\.prod\\.sarif\\.oversight-[0-9a-f]+\\.tmp");
        assertThat(InFlightFiles.current()).isEmpty();
        assertThat(names(dir)).containsExactly("prod.sarif");
    }

    /** Red team: a report named in 240 bytes was refused as too long, its temporary name past the 255 bytes of a name. */
    @Test
    void aLongNameStillHasATemporaryFileBesideIt(@TempDir Path dir) throws IOException {
        String name = "r".repeat(235) + ".json";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(240);
        Path target = dir.resolve(name);
        List<Path> during = new ArrayList<>();
        AtomicFile.write(target, out -> {
            during.addAll(InFlightFiles.current());
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(during.get(0).getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
        assertThat(during.get(0).getFileName().toString()).startsWith(".rrr").endsWith(".tmp");
        assertThat(names(dir)).containsExactly(name);
    }

    @Test
    void theShutdownHookDeletesAFileBeingWritten(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("prod.json");
        List<String> afterHook = new ArrayList<>();
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write('{');
            InFlightFiles.deleteAll(); // what SIGTERM or Ctrl-C runs
            afterHook.addAll(names(dir));
            throw new IOException("stopped");
        })).hasMessage("stopped");
        assertThat(afterHook).isEmpty();
        assertThat(InFlightFiles.current()).isEmpty();
        assertThat(names(dir)).isEmpty();
    }

    /** A report its owner made private stays private when it is written again; a new one takes the umask's mode (report review). */
    @Test
    void aReportWrittenAgainKeepsThePermissionsOfTheOne(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.write(target, out -> out.write("newer".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).as("wider than the umask, as its owner set it")
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("prod.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write('x');
            throw new FileSystemException(target.toString(), null, "No space left on device");
        })).hasMessageEndingWith("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("prod.txt");
    }

    @Test
    void staleTemporaryFilesOfTheTargetAreRemovedAndOthersKept(@TempDir Path dir) throws IOException {
        Instant old = Instant.now().minus(AtomicFile.STALE_AFTER).minusSeconds(60);
        Path stale = Files.writeString(dir.resolve(".prod.pdf.oversight-1a2b.tmp"), "killed");
        Files.setLastModifiedTime(stale, FileTime.from(old));
        Path fresh = Files.writeString(dir.resolve(".prod.pdf.oversight-3c4d.tmp"), "another run, still writing");
        Path otherTarget = Files.writeString(dir.resolve(".test.pdf.oversight-5e6f.tmp"), "killed");
        Files.setLastModifiedTime(otherTarget, FileTime.from(old));
        Path notOurs = Files.writeString(dir.resolve(".prod.pdf.oversight-backup.tmp"), "the user's");
        Files.setLastModifiedTime(notOurs, FileTime.from(old));
        AtomicFile.write(dir.resolve("prod.pdf"), out -> out.write('%'));
        assertThat(names(dir)).containsExactly(".prod.pdf.oversight-3c4d.tmp", ".prod.pdf.oversight-backup.tmp",
                ".test.pdf.oversight-5e6f.tmp", "prod.pdf");
        assertThat(fresh).exists();
    }

    @Test
    void aMissingDirectoryIsTheWritesFailure(@TempDir Path dir) {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/prod.json"), out -> out.write('{')))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(InFlightFiles.current()).isEmpty();
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("link.json", "real.json");
    }

    @Test
    void aLinkIsReadFromItsFoldersRealPathAsTheSystemReadsIt(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("a/reports"));
        Files.createDirectories(dir.resolve("a/archive"));
        Files.createSymbolicLink(dir.resolve("out"), Path.of("a/reports"));
        Files.createSymbolicLink(reports.resolve("r.json"), Path.of("../archive/r.json"));
        AtomicFile.write(dir.resolve("out/r.json"), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(dir.resolve("a/archive/r.json"))).isEqualTo("new");
        assertThat(Files.exists(dir.resolve("archive"))).isFalse();
    }

    @Test
    void aLoopOfLinksIsRefused(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("a.json"), out -> out.write('{'))).hasMessageContaining("symbolic links");
        assertThat(Files.isSymbolicLink(dir.resolve("a.json"))).isTrue();
    }

    @Test
    void aLinkToNoFileYetMakesTheFileItNames(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("later.json"));
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.json"))).isEqualTo("new");
    }

    @Test
    void aNamedPipeIsWrittenToAndStaysAPipe(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("report.pipe");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1; // no mkfifo on this system
        }
        Assumptions.assumeTrue(made == 0, "mkfifo is not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFile.write(pipe, out -> out.write("report".getBytes(StandardCharsets.UTF_8)));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("report");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(names(dir)).containsExactly("report.pipe");
    }
}

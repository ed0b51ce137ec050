package io.oversight.deployment;

/**
 * What to say of a file name Java cannot take: it decodes file names, and the arguments that name
 * files, in the locale's character set, which under no locale, C or POSIX (containers, cron) is
 * ASCII. The launcher runs Java under C.UTF-8 then; {@code java -jar} does not.
 */
public final class FileNameCharset {

    private FileNameCharset() {
    }

    /** Why the name cannot be read, and what to do, to follow a sentence about the name. */
    public static String advice() {
        return "Java reads file names in the locale's character set (" + System.getProperty("sun.jnu.encoding")
                + "), which cannot represent it; run under a UTF-8 locale, such as LC_ALL=C.UTF-8";
    }
}

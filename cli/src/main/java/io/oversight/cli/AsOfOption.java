package io.oversight.cli;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of}: the day every date in the files is judged from. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDate.class,
            description = "The date to assess on (YYYY-MM-DD; default: today). Dates in the files, such as waiver expiry, are measured from it.")
    LocalDate asOf;

    LocalDate date() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    /** A calendar date written YYYY-MM-DD; anything else is refused saying what is wrong with it, not how java.time failed. */
    static final class IsoDate implements ITypeConverter<LocalDate> {

        private static final int FIRST_YEAR = 1900;
        private static final int LAST_YEAR = 9899;

        @Override
        public LocalDate convert(String value) {
            String word = value.strip();
            if (!word.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw refused(value, "expected a four-digit year, a two-digit month and a two-digit day");
            }
            int year = Integer.parseInt(word.substring(0, 4));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                // 9999 had been taken, and the remediation plan then printed targets of +10000 cut short in its table (report review).
                throw refused(value, "the year must be from " + FIRST_YEAR + " to " + LAST_YEAR
                        + ", so that the dates the report counts from it (remediation targets, waiver terms) have four-digit years");
            }
            int month = Integer.parseInt(word.substring(5, 7));
            int day = Integer.parseInt(word.substring(8, 10));
            if (month < 1 || month > 12) {
                throw refused(value, "month " + month + " is out of range (01 to 12)");
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                throw refused(value, Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                        + yearMonth.lengthOfMonth() + " days");
            }
            return yearMonth.atDay(day);
        }

        private static TypeConversionException refused(String value, String why) {
            return new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD): " + why);
        }
    }
}

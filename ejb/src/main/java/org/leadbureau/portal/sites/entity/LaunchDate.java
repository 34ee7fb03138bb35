package org.leadbureau.portal.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a site launched, only as precisely as its source says: a year, a month or a day. "2016" stays 2016 and
 * never becomes 1 January 2016.
 */
@Embeddable
public class LaunchDate implements Serializable, Comparable<LaunchDate> {

    private static final long serialVersionUID = 1L;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    @Column(name = "launch_year")
    private Integer year;

    @Column(name = "launch_month")
    private Integer month;

    @Column(name = "launch_day")
    private Integer day;

    protected LaunchDate() {
        // for JPA
    }

    private LaunchDate(int year, Integer month, Integer day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (month != null) {
                Month.of(month);
            }
            if (day != null) {
                LocalDate.of(year, month, day);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("there is no such date", e);
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public static LaunchDate ofYear(int year) {
        return new LaunchDate(year, null, null);
    }

    public static LaunchDate ofMonth(int year, int month) {
        return new LaunchDate(year, month, null);
    }

    public static LaunchDate ofDay(int year, int month, int day) {
        return new LaunchDate(year, month, day);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is none of these or no real date
     */
    public static LaunchDate parse(String text) {
        Matcher matcher = ISO.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(matcher.group(1));
        Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        return new LaunchDate(year, month, day);
    }

    public int getYear() {
        return year;
    }

    /** The month (1–12), or null when only the year is known. */
    public Integer getMonth() {
        return month;
    }

    /** The day of the month, or null when only the year or month is known. */
    public Integer getDay() {
        return day;
    }

    /** The machine form, as precise as known: {@code 2016}, {@code 2011-10}, {@code 2014-04-21}. */
    public String iso() {
        if (month == null) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == null) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** For people, as precise as known and in one format: "2016", "Oct 2011", "21 Apr 2014". */
    public String display() {
        return display(Locale.US);
    }

    /** {@link #display()} with the month named in a language: "21 abr. 2014" in Spanish. */
    public String display(Locale locale) {
        if (month == null) {
            return Integer.toString(year);
        }
        String named = Month.of(month).getDisplayName(TextStyle.SHORT, locale) + " " + year;
        return day == null ? named : day + " " + named;
    }

    /** How precisely the date is known. */
    public Precision precision() {
        return month == null ? Precision.YEAR : day == null ? Precision.MONTH : Precision.DAY;
    }

    /** The first day the date can mean: 1 January of a bare year, the first of a bare month. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The date {@code date} known only to {@code precision} (the rest of it is ignored). */
    public static LaunchDate of(LocalDate date, Precision precision) {
        return switch (precision) {
            case YEAR -> ofYear(date.getYear());
            case MONTH -> ofMonth(date.getYear(), date.getMonthValue());
            case DAY -> ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        };
    }

    /** How much of a date a source gives. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    /** Earlier first; at equal year, the less precise date first. */
    @Override
    public int compareTo(LaunchDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
        return byMonth != 0 ? byMonth : Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LaunchDate that && Objects.equals(year, that.year)
                && Objects.equals(month, that.month) && Objects.equals(day, that.day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    @Override
    public String toString() {
        return iso();
    }
}

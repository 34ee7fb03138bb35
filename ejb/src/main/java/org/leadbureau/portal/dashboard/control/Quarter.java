package org.leadbureau.portal.dashboard.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar quarter, written {@code 2026-Q1} as the dashboard and its API name it. */
public record Quarter(int year, int number) implements Serializable {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4: " + number);
        }
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
    }

    public static Quarter of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, number * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, number * 3).atEndOfMonth();
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}

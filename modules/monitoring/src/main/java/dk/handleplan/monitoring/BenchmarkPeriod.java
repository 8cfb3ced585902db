package dk.handleplan.monitoring;

import dk.handleplan.kernel.ValidationException;

/**
 * The period of a benchmark's value: a quarter ("2024-Q3") or a whole year ("2024"). A figure of a
 * quarter is compared with the benchmark's value for that quarter, else for its year, else the latest
 * earlier value (benchmarks are often published a year late); never a later one.
 */
public record BenchmarkPeriod(int year, Integer quarter) {

    public static BenchmarkPeriod parse(String text, String field) {
        if (text != null && text.matches("\\d{4}")) {
            int year = Integer.parseInt(text);
            if (year < 2000 || year > 2099) {
                throw ValidationException.of(field, "give a year from 2000 to 2099, not " + text);
            }
            return new BenchmarkPeriod(year, null);
        }
        try {
            Quarter q = Quarter.parse(text, field);
            return new BenchmarkPeriod(q.year(), q.number());
        } catch (ValidationException e) {
            throw ValidationException.of(field, "is not a year or a quarter (2024 or 2024-Q3): " + text);
        }
    }

    public boolean isYear() {
        return quarter == null;
    }

    /** The last quarter the period covers. */
    public Quarter lastQuarter() {
        return new Quarter(year, isYear() ? 4 : quarter);
    }

    /**
     * How well the period's value stands for the quarter; higher is better, negative when it cannot
     * (the period lies after the quarter): the quarter itself, then its year, then the latest earlier.
     */
    int fitFor(Quarter q) {
        if (!isYear() && lastQuarter().equals(q)) {
            return Integer.MAX_VALUE;
        }
        if (isYear() && year == q.year()) {
            return Integer.MAX_VALUE - 1;
        }
        if (lastQuarter().compareTo(q) >= 0) {
            return -1;
        }
        // Earlier periods: the later the better; a quarter before the year that ends with it.
        return lastQuarter().year() * 10 + lastQuarter().number() * 2 + (isYear() ? 0 : 1);
    }

    @Override
    public String toString() {
        return isYear() ? Integer.toString(year) : new Quarter(year, quarter).toString();
    }
}

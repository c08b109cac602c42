package org.ancrage.reporting;

/** Age bands of the head of household, by age reached in the year (year minus birth year). */
public enum AgeBand {
    UNDER_25(0, 24), FROM_25_TO_34(25, 34), FROM_35_TO_44(35, 44), FROM_45_TO_54(45, 54), FROM_55_TO_64(55, 64),
    FROM_65(65, 200), UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The SQL {@code CASE} that puts an age ({@code age}, null when unknown) in its band. */
    static String sqlCase(String age) {
        StringBuilder sql = new StringBuilder("CASE");
        for (AgeBand band : values()) {
            if (band != UNKNOWN) {
                sql.append(" WHEN ").append(age).append(" BETWEEN ").append(band.from).append(" AND ").append(band.to)
                        .append(" THEN '").append(band.name()).append('\'');
            }
        }
        return sql.append(" ELSE 'UNKNOWN' END").toString();
    }
}

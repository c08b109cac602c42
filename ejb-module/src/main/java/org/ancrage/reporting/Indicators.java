package org.ancrage.reporting;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators of one programme for one year (docs/domain.md, "Statistics and their definitions"), for one service or the
 * whole association ({@code serviceUnitId} null).
 *
 * @param householdsFollowed households with a measure active at least one day in the year
 * @param entries measures started in the year
 * @param ends measures ended in the year
 * @param homeVisits contacts of type home visit in the year
 * @param officeAppointments contacts of type office appointment in the year
 * @param financedCapacity places financed at the end of the year (or the programme's own figure)
 * @param monthMeasures per measure, the calendar months of the year with at least one active day, summed
 * @param outcomes where the households of the measures ended in the year live, by outcome
 * @param endReasons the measures ended in the year, by end reason ({@code measures.EndReason}'s
 *     constants, {@link #UNKNOWN} for an end without a reason): the counts add up to {@code ends}
 * @param composition households followed, by composition
 * @param ageBands households followed, by age band of the head of household
 * @param resources households followed, by main resource
 * @param occupancyRate place-days taken ÷ place-days financed over the year, in percent (the capacity
 *     page's definition, {@code housing.OccupancyRate}); null without capacity
 * @param maskedFigures the programme's figures (names of {@link #FIGURES}) withheld from a funder
 *     ({@link #maskedForFunders()}); their value here is 0 and never read
 */
public record Indicators(long programmeId, Long serviceUnitId, int year, long householdsFollowed, long entries,
        long ends, long homeVisits, long officeAppointments, Integer financedCapacity, long monthMeasures,
        Map<String, Long> outcomes, Map<String, Long> endReasons, Map<String, Long> composition,
        Map<String, Long> ageBands, Map<String, Long> resources, BigDecimal occupancyRate, Set<String> maskedFigures) {

    public Indicators {
        maskedFigures = Set.copyOf(maskedFigures);
    }

    /** Exact indicators, nothing masked. */
    public Indicators(long programmeId, Long serviceUnitId, int year, long householdsFollowed, long entries,
            long ends, long homeVisits, long officeAppointments, Integer financedCapacity, long monthMeasures,
            Map<String, Long> outcomes, Map<String, Long> endReasons, Map<String, Long> composition,
            Map<String, Long> ageBands, Map<String, Long> resources, BigDecimal occupancyRate) {
        this(programmeId, serviceUnitId, year, householdsFollowed, entries, ends, homeVisits, officeAppointments,
                financedCapacity, monthMeasures, outcomes, endReasons, composition, ageBands, resources, occupancyRate,
                Set.of());
    }

    /** The bucket of the ends (and of the outcomes) for which nothing was recorded. */
    public static final String UNKNOWN = "UNKNOWN";

    /**
     * The measures ended in the year for {@code reason} (a constant of {@code measures.EndReason},
     * or {@link #UNKNOWN}): 0 when none; null when masked for a funder.
     */
    public Long endsFor(String reason) {
        if (endReasons.containsKey(reason)) {
            return endReasons.get(reason);
        }
        return endReasons.containsKey(MASKED) ? null : 0L;
    }

    /** Month-measures ÷ households followed, rounded half up (235 / 39 → 6; 80 / 15 → 5). */
    public long averageDurationMonths() {
        return householdsFollowed == 0 ? 0 : BigDecimal.valueOf(monthMeasures)
                .divide(BigDecimal.valueOf(householdsFollowed), 0, RoundingMode.HALF_UP).longValue();
    }

    /** The names of the report's figures, in the order the report shows them (bundle keys report.figure.*). */
    public static final List<String> FIGURES = List.of("householdsFollowed", "entries", "ends", "homeVisits",
            "officeAppointments", "monthMeasures", "averageDurationMonths", "financedCapacity", "occupancyRate");

    /** Each figure's value, in the order of {@link #FIGURES}; null where there is none (no capacity) or masked. */
    public List<Number> figures() {
        List<Number> values = Arrays.asList(householdsFollowed, entries, ends, homeVisits, officeAppointments,
                monthMeasures, averageDurationMonths(), financedCapacity, occupancyRate());
        for (int i = 0; i < FIGURES.size(); i++) {
            if (maskedFigures.contains(FIGURES.get(i))) {
                values.set(i, null);
            }
        }
        return values;
    }

    /** Whether the programme followed a household that year (1 to 4 masked for a funder count as some). */
    public boolean hasActivity() {
        return householdsFollowed > 0 || isMasked("householdsFollowed");
    }

    /** Whether the figure ({@link #FIGURES}) is withheld from the reader. */
    public boolean isMasked(String figure) {
        return maskedFigures.contains(figure);
    }

    /**
     * A figure as the reports and the console print it: the value; "< 5" for a count of households
     * or measures masked; {@code maskedWord} for a figure masked with the households it is about;
     * "—" when there is none (no capacity).
     */
    public String figureText(String figure, String maskedWord) {
        if (maskedFigures.contains(figure)) {
            return HOUSEHOLD_COUNTS.contains(figure) ? cell(null) : maskedWord;
        }
        Number value = figures().get(FIGURES.indexOf(figure));
        return value == null ? "—" : value.toString();
    }

    /** The distributions of the ends, each adding up to them; the report states their definitions. */
    public static final List<String> ENDS_BROKEN_DOWN = List.of("outcomes", "endReasons");

    /** The programme's counts of households or of measures, masked for a funder from 1 to 4. */
    public static final List<String> HOUSEHOLD_COUNTS = List.of("householdsFollowed", "entries", "ends");

    /** The figures about the households followed, masked with their count: averages and sums over them. */
    public static final List<String> ABOUT_THE_HOUSEHOLDS = List.of("homeVisits", "officeAppointments",
            "monthMeasures", "averageDurationMonths");

    /** A distribution whose only cell is masked, its category withheld too. */
    public static final String MASKED = "MASKED";

    /** Cells of fewer households than this are not shown to funders (docs/domain.md, "Statistics and their definitions"). */
    public static final long SMALL_CELL = 5;

    /**
     * The same indicators as a funder may see them: in each distribution (outcomes, end reasons,
     * composition, age bands, resources) a cell of 1 to 4 households (or ends) is masked (null,
     * shown "< 5"). So that a masked cell cannot be recomputed from the total (households followed,
     * or ends for the outcomes and the end reasons) minus the cells shown, a distribution with
     * exactly one masked cell has its next smallest cell masked too; a distribution whose only cell is small becomes one masked cell
     * named {@link #MASKED}, its category withheld. Empty cells (0) are not listed, as in the exact
     * figures.
     *
     * <p>The programme's own counts follow the same threshold: households followed, entries and ends
     * of 1 to 4 are masked; with the households followed masked, the figures about those households
     * (visits, appointments, month-measures, average duration) are masked too. Each distribution's
     * total is then masked or at least 5 (a total of 1 to 4 has only small cells, all masked), and no
     * masked figure is the difference of figures shown: entries and ends are not parts of a total.
     * Capacity and occupancy, about places, stay.
     */
    public Indicators maskedForFunders() {
        Set<String> hidden = new LinkedHashSet<>();
        if (small(householdsFollowed)) {
            hidden.add("householdsFollowed");
            hidden.addAll(ABOUT_THE_HOUSEHOLDS);
        }
        if (small(entries)) {
            hidden.add("entries");
        }
        if (small(ends)) {
            hidden.add("ends");
        }
        return new Indicators(programmeId, serviceUnitId, year, shown(hidden, "householdsFollowed", householdsFollowed),
                shown(hidden, "entries", entries), shown(hidden, "ends", ends),
                shown(hidden, "homeVisits", homeVisits), shown(hidden, "officeAppointments", officeAppointments),
                financedCapacity, shown(hidden, "monthMeasures", monthMeasures), masked(outcomes),
                masked(endReasons), masked(composition), masked(ageBands), masked(resources), occupancyRate, hidden);
    }

    private static boolean small(long count) {
        return count > 0 && count < SMALL_CELL;
    }

    /** A masked figure is not even kept: 0, never read (figures() and the JSON say null). */
    private static long shown(Set<String> hidden, String figure, long value) {
        return hidden.contains(figure) ? 0 : value;
    }

    /** Whether any cell or figure is masked. */
    public boolean isMasked() {
        return !maskedFigures.isEmpty() || java.util.stream.Stream.of(outcomes, endReasons, composition, ageBands,
                resources).anyMatch(counts -> counts.containsValue(null));
    }

    static Map<String, Long> masked(Map<String, Long> counts) {
        Map<String, Long> masked = new LinkedHashMap<>(counts);
        List<String> small = counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0 && e.getValue() < SMALL_CELL)
                .map(Map.Entry::getKey).toList();
        small.forEach(key -> masked.put(key, null));
        if (small.size() == 1) {
            Optional<Map.Entry<String, Long>> second = counts.entrySet().stream()
                    .filter(e -> !small.contains(e.getKey()) && e.getValue() != null && e.getValue() > 0)
                    .min(Map.Entry.comparingByValue());
            if (second.isEmpty()) {
                // The one cell holds every household: its total gives it away, so not even its
                // category is said.
                Map<String, Long> hidden = new LinkedHashMap<>();
                hidden.put(MASKED, null);
                return hidden;
            }
            masked.put(second.get().getKey(), null);
        }
        return masked;
    }

    /** A cell as the reports print it: the count, or "< 5" when masked. */
    public static String cell(Long count) {
        return count == null ? "< " + SMALL_CELL : count.toString();
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("programmeId", programmeId).add("year", year);
        for (String figure : List.of("householdsFollowed", "entries", "ends", "homeVisits", "officeAppointments",
                "monthMeasures", "averageDurationMonths")) {
            Number value = figures().get(FIGURES.indexOf(figure));
            if (value == null) {
                json.addNull(figure);
            } else {
                json.add(figure, value.longValue());
            }
        }
        json.add("outcomes", map(outcomes)).add("endReasons", map(endReasons)).add("composition", map(composition))
                .add("ageBands", map(ageBands)).add("resources", map(resources));
        if (serviceUnitId != null) {
            json.add("serviceUnitId", serviceUnitId);
        }
        if (isMasked()) {
            // Funders: masked cells are null, listed here, with the threshold.
            jakarta.json.JsonArrayBuilder cells = Json.createArrayBuilder();
            FIGURES.stream().filter(maskedFigures::contains).forEach(cells::add);
            Map.of("outcomes", outcomes, "endReasons", endReasons, "composition", composition, "ageBands", ageBands,
                    "resources", resources)
                    .forEach((name, counts) -> counts.forEach((key, value) -> {
                        if (value == null) {
                            cells.add(name + "." + key);
                        }
                    }));
            json.add("masked", true).add("maskedCells", cells).add("smallCellThreshold", SMALL_CELL);
        }
        if (financedCapacity != null) {
            json.add("financedCapacity", financedCapacity);
        }
        if (occupancyRate != null) {
            json.add("occupancyRate", occupancyRate);
        }
        return json.build();
    }

    public static Indicators fromJson(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Set<String> hidden = new LinkedHashSet<>();
        return new Indicators(json.getJsonNumber("programmeId").longValue(),
                json.containsKey("serviceUnitId") ? json.getJsonNumber("serviceUnitId").longValue() : null,
                json.getInt("year"), count(json, "householdsFollowed", hidden), count(json, "entries", hidden),
                count(json, "ends", hidden), count(json, "homeVisits", hidden),
                count(json, "officeAppointments", hidden),
                json.containsKey("financedCapacity") ? json.getInt("financedCapacity") : null,
                count(json, "monthMeasures", hidden), map(json.getJsonObject("outcomes")),
                // a snapshot kept before the ends were counted by reason has none: computing its year again adds them
                json.containsKey("endReasons") ? map(json.getJsonObject("endReasons")) : Map.of(),
                map(json.getJsonObject("composition")), map(json.getJsonObject("ageBands")),
                map(json.getJsonObject("resources")), json.containsKey("occupancyRate")
                        && !json.isNull("occupancyRate") ? json.getJsonNumber("occupancyRate").bigDecimalValue() : null,
                withAverage(hidden));
    }

    private static long count(JsonObject json, String figure, Set<String> hidden) {
        if (json.isNull(figure)) {
            hidden.add(figure);
            return 0;
        }
        return json.getJsonNumber(figure).longValue();
    }

    private static Set<String> withAverage(Set<String> hidden) {
        if (hidden.contains("monthMeasures")) {
            hidden.add("averageDurationMonths");
        }
        return hidden;
    }

    private static JsonObjectBuilder map(Map<String, Long> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        counts.forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value);
            }
        });
        return json;
    }

    private static Map<String, Long> map(JsonObject json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        json.forEach((key, value) -> counts.put(key,
                value instanceof jakarta.json.JsonNumber number ? number.longValue() : null));
        return counts;
    }
}

package vn.gov.moj.thads.platform.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The org-unit reference data (domain.md §2): the national agency ({@value #NATIONAL}), the
 * provinces with their name periods and the 2025 merger (shipped with the product, official codes
 * of QĐ 19/2025/QĐ-TTg), and the deployment's local offices (a CSV file named by
 * {@code thads.org-units.local-offices}, a path or {@code classpath:name}, same columns, codes
 * {@code PP.NN}). One row per unit and name period: {@code code,name,valid_from,valid_to,successor_code}.
 *
 * <p>Two questions have a date: what a unit is called ({@link OrgUnit#nameOn}) and which units'
 * records count in it ({@link #compositionOn}): a unit that closed before the date counts in the
 * unit its successor chain leads to; one that still exists is a unit of its own.
 */
@ApplicationScoped
public class OrgUnits {

    public static final String NATIONAL = "VN";

    private final Map<String, OrgUnit> units = new LinkedHashMap<>();
    /*
     * The units never change after the constructor, so the answers below are computed once per
     * code (and date): every request asks for its caller's scope several times, and each answer
     * walks all units (withPredecessors once per chain link, compositionOn once per unit).
     */
    private final Map<String, Set<String>> predecessors = new ConcurrentHashMap<>();
    private final Map<String, AgencyScope> scopes = new ConcurrentHashMap<>();
    private final Map<String, AgencyScope> compositions = new ConcurrentHashMap<>();
    /** Bounds the date-keyed cache (a year of dates for every unit is far below it). */
    private static final int MAX_COMPOSITIONS = 50_000;

    /** How many answers are kept: at most one per unit for scopes and predecessors (the attack test reads it). */
    int keptAnswers() {
        return predecessors.size() + scopes.size() + compositions.size();
    }

    public OrgUnits(@ConfigProperty(name = "thads.org-units.local-offices") Optional<String> localOfficesFile) {
        // Tổng cục THADS became Cục Quản lý THADS when the Ministry of Justice was reorganised
        // (Nghị định 39/2025/NĐ-CP, in force 2025-03-01).
        units.put(NATIONAL, new OrgUnit(NATIONAL, OrgUnit.Level.NATIONAL, null, LocalDate.of(2008, 1, 1), null, null, List.of(
                new OrgUnit.NamePeriod("Tổng cục Thi hành án dân sự", LocalDate.of(2008, 1, 1), LocalDate.of(2025, 2, 28)),
                new OrgUnit.NamePeriod("Cục Quản lý thi hành án dân sự", LocalDate.of(2025, 3, 1), null))));
        try (InputStream provinces = OrgUnits.class.getResourceAsStream("/reference/provinces.csv")) {
            read(provinces, OrgUnit.Level.PROVINCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String localOffices = localOfficesFile.orElse("");
        if (!localOffices.isBlank()) {
            try (InputStream offices = localOffices.startsWith("classpath:")
                    ? OrgUnits.class.getResourceAsStream("/" + localOffices.substring("classpath:".length()))
                    : Files.newInputStream(Path.of(localOffices))) {
                if (offices == null) {
                    throw new IOException("not found");
                }
                read(offices, OrgUnit.Level.LOCAL);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the local offices file " + localOffices, e);
            }
        }
        checkSuccessors();
    }

    private record Row(String name, LocalDate from, LocalDate to, String successor) {
    }

    private void read(InputStream csv, OrgUnit.Level level) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("code,name,valid_from,valid_to,successor_code")) {
            throw new IllegalStateException("Org-unit CSV must have the columns code,name,valid_from,valid_to,successor_code");
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 5) {
                throw new IllegalStateException("Org-unit CSV line without five cells: " + line);
            }
            rows.computeIfAbsent(cells[0].trim(), k -> new ArrayList<>()).add(new Row(cells[1].trim(), date(cells[2]), date(cells[3]),
                    cells[4].isBlank() ? null : cells[4].trim()));
        }
        rows.forEach((code, periods) -> units.put(code, unit(code, level, periods)));
    }

    /** A unit from its name periods, which must follow each other without gap or overlap; only the last one can close it. */
    private static OrgUnit unit(String code, OrgUnit.Level level, List<Row> periods) {
        List<Row> sorted = periods.stream().sorted(java.util.Comparator.comparing(Row::from,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).toList();
        List<OrgUnit.NamePeriod> names = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row row = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            if (!last && (row.to() == null || row.successor() != null || !row.to().plusDays(1).equals(sorted.get(i + 1).from()))) {
                throw new IllegalStateException("Org unit " + code + ": the name period from " + row.from()
                        + " must end the day before the next one starts, without a successor");
            }
            names.add(new OrgUnit.NamePeriod(row.name(), row.from(), row.to()));
        }
        Row first = sorted.get(0);
        Row last = sorted.get(sorted.size() - 1);
        String parent = level == OrgUnit.Level.PROVINCE ? NATIONAL : provinceOf(code);
        return new OrgUnit(code, level, parent, first.from(), last.to(), last.successor(), names);
    }

    private void checkSuccessors() {
        for (OrgUnit unit : units.values()) {
            if (unit.successorCode() == null) {
                continue;
            }
            OrgUnit successor = units.get(unit.successorCode());
            if (successor == null || unit.validTo() == null || !successor.validOn(unit.validTo().plusDays(1))) {
                throw new IllegalStateException("Org unit " + unit.code() + " closes into " + unit.successorCode()
                        + ", which must exist the day after it closes");
            }
        }
    }

    private static LocalDate date(String cell) {
        return cell == null || cell.isBlank() ? null : LocalDate.parse(cell.trim());
    }

    /** {@code 19.05} → {@code 19}; a province code is its own province. */
    public static String provinceOf(String agencyCode) {
        int dot = agencyCode.indexOf('.');
        return dot < 0 ? agencyCode : agencyCode.substring(0, dot);
    }

    public Optional<OrgUnit> find(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    public boolean isKnown(String code) {
        return code != null && units.containsKey(code);
    }

    /** An agency (province or local office) that exists on the given date. */
    public boolean isAgencyValidOn(String code, LocalDate date) {
        return find(code).filter(u -> u.level() != OrgUnit.Level.NATIONAL).filter(u -> u.validOn(date)).isPresent();
    }

    /** The unit's name on the date (domain.md §2), or the code itself for a code the reference data does not know. */
    public String nameOn(String code, LocalDate date) {
        return find(code).map(u -> u.nameOn(date)).orElse(code);
    }

    /** The unit itself and every unit whose successor chain leads to it, at any date (what its users may see); unmodifiable. */
    public Set<String> withPredecessors(String code) {
        if (!isKnown(code)) {
            // not kept: a code no unit has comes from a client (a query parameter), and every one kept would stay in memory
            return Collections.singleton(code);
        }
        return predecessors.computeIfAbsent(code, this::computeWithPredecessors);
    }

    /**
     * The units whose successor chain leads to {@code code} and that existed on {@code date}, in code order: where a record
     * dated then belongs when {@code code} itself did not exist yet (a case decided in March 2025 in Phủ Lý is Hà Nam's
     * office 35.01's, not 37.02's, which took it over on 1 July 2025).
     */
    public List<String> predecessorsOn(String code, LocalDate date) {
        return withPredecessors(code).stream().filter(c -> !c.equals(code) && isAgencyValidOn(c, date)).sorted().toList();
    }

    /**
     * The units of {@code code}'s successor chain that did not exist yet on {@code date}: records dated then that carry
     * their code were made before the unit of the date was required ({@link #requireHolderOn}), and are the same
     * office's (a Phủ Lý decision of March 2025 recorded at 37.02 is 35.01's).
     */
    public List<String> laterHoldersOf(String code, LocalDate date) {
        List<String> later = new ArrayList<>();
        String next = find(code).map(OrgUnit::successorCode).orElse(null);
        while (next != null && !later.contains(next) && !isAgencyValidOn(next, date)) {
            later.add(next);
            next = find(next).map(OrgUnit::successorCode).orElse(null);
        }
        return later;
    }

    /**
     * Refuses a record dated {@code on} at {@code agencyCode} unless the agency existed then, or exists today and took over
     * the records of that date (domain.md §2): 422 {@code unknown-agency} for an agency that exists neither then nor today,
     * and 422 {@code agency-not-open-on-date} naming the units that held such records then (a case decided in March 2025
     * recorded at 37.02 counted in Ninh Bình's March figures, not in Hà Nam's). An agency whose predecessors the reference
     * data does not list (a regional office of 1 July 2025) takes the records of before it, as it has since then.
     */
    public void requireHolderOn(String agencyCode, LocalDate on, LocalDate today, String dateField) {
        if (isAgencyValidOn(agencyCode, on)) {
            return;
        }
        if (!isAgencyValidOn(agencyCode, today)) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + agencyCode + " does not exist");
        }
        List<String> holders = predecessorsOn(agencyCode, on);
        if (!holders.isEmpty()) {
            throw ProblemException.unprocessable("agency-not-open-on-date", "Agency " + agencyCode + " did not exist on " + on
                    + ": record it at " + String.join(", ", holders) + ", which held such records then")
                    .with("field", dateField).with("agencies", holders);
        }
    }

    private Set<String> computeWithPredecessors(String code) {
        Set<String> result = new HashSet<>();
        result.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnit unit : units.values()) {
                if (unit.successorCode() != null && result.contains(unit.successorCode()) && result.add(unit.code())) {
                    grew = true;
                }
            }
        }
        return Set.copyOf(result);
    }

    public AgencyScope scopeOf(String code) {
        if (NATIONAL.equals(code)) {
            return AgencyScope.national();
        }
        if (!isKnown(code)) {
            return new AgencyScope(false, withPredecessors(code)); // matches nothing; not kept (see withPredecessors)
        }
        return scopes.computeIfAbsent(code, c -> new AgencyScope(false, withPredecessors(c)));
    }

    /**
     * The unit that holds {@code code}'s records on {@code date}: the unit itself while it exists
     * (or before it existed), otherwise the first unit of its successor chain that had not closed
     * by then. Hà Nam (35) is itself on 2017-09-30 and Ninh Bình (37) on 2026-03-31.
     */
    public String representativeOn(String code, LocalDate date) {
        String current = code;
        for (int hops = 0; hops <= units.size(); hops++) {
            OrgUnit unit = units.get(current);
            if (unit == null || !unit.endedBefore(date) || unit.successorCode() == null) {
                return current;
            }
            current = unit.successorCode();
        }
        throw new IllegalStateException("Successor chain of " + code + " loops");
    }

    /** The province that holds an agency's records on {@code date}. */
    public String provinceOn(String agencyCode, LocalDate date) {
        return representativeOn(provinceOf(representativeOn(agencyCode, date)), date);
    }

    /**
     * The agencies whose records count in {@code code}'s figures on {@code date} (domain.md §2,
     * composition at a date): the unit and every unit that had closed by then and whose successor
     * chain leads to it; for a province also every local office below those. A unit asked about
     * after it closed is taken as it was on its last day, for history. Every agency's records
     * count in exactly one of the units that exist on a date, so children add up to their parent.
     */
    public AgencyScope compositionOn(String code, LocalDate date) {
        if (NATIONAL.equals(code)) {
            return AgencyScope.national();
        }
        String key = code + "@" + date;
        AgencyScope known = compositions.get(key);
        if (known != null) {
            return known;
        }
        if (compositions.size() >= MAX_COMPOSITIONS) {
            compositions.clear();
        }
        AgencyScope composition = computeCompositionOn(code, date);
        compositions.put(key, composition);
        return composition;
    }

    private AgencyScope computeCompositionOn(String code, LocalDate date) {
        OrgUnit unit = units.get(code);
        LocalDate on = unit != null && unit.endedBefore(date) ? unit.validTo() : date;
        Set<String> members = new HashSet<>();
        members.add(code);
        for (OrgUnit other : units.values()) {
            if (other.level() != OrgUnit.Level.NATIONAL && other.endedBefore(on) && code.equals(representativeOn(other.code(), on))) {
                members.add(other.code());
            }
        }
        return new AgencyScope(false, Set.copyOf(members));
    }

    /** The units directly below {@code code} that exist on the date. */
    public List<OrgUnit> children(String code, LocalDate on) {
        List<OrgUnit> children = new ArrayList<>();
        for (OrgUnit unit : units.values()) {
            if (code.equals(unit.parentCode()) && unit.validOn(on)) {
                children.add(unit);
            }
        }
        return children;
    }
}

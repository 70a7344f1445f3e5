package vn.gov.moj.thads.platform.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org-unit reference data: the ministry ({@value #NATIONAL}), the provinces before and after the
 * 2025 merger (shipped with the product), and the deployment's local offices (a CSV file named by
 * {@code thads.org-units.local-offices}, a path or {@code classpath:name}, same columns, codes
 * {@code PP.NN}).
 */
@ApplicationScoped
public class OrgUnits {

    public static final String NATIONAL = "VN";

    private final Map<String, OrgUnit> units = new LinkedHashMap<>();

    public OrgUnits(@ConfigProperty(name = "thads.org-units.local-offices") Optional<String> localOfficesFile) {
        units.put(NATIONAL, new OrgUnit(NATIONAL, "Cục Quản lý thi hành án dân sự", OrgUnit.Level.NATIONAL,
                null, LocalDate.of(2008, 1, 1), null, null));
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
    }

    private void read(InputStream csv, OrgUnit.Level level) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("code,name,valid_from,valid_to,successor_code")) {
            throw new IllegalStateException("Org-unit CSV must have the columns code,name,valid_from,valid_to,successor_code");
        }
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String code = cells[0].trim();
            String parent = level == OrgUnit.Level.PROVINCE ? NATIONAL : provinceOf(code);
            units.put(code, new OrgUnit(code, cells[1].trim(), level, parent, date(cells[2]), date(cells[3]),
                    cells[4].isBlank() ? null : cells[4].trim()));
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

    public Collection<OrgUnit> all() {
        return List.copyOf(units.values());
    }

    /** The unit itself and every unit whose successor chain leads to it. */
    public Set<String> withPredecessors(String code) {
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
        return result;
    }

    public AgencyScope scopeOf(String code) {
        if (NATIONAL.equals(code)) {
            return AgencyScope.national();
        }
        return new AgencyScope(false, Set.copyOf(withPredecessors(code)));
    }

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

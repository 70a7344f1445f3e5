package vn.gov.moj.thads.complaints.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.complaints.messaging.ComplaintEventPublisher;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintHistoryEntry;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static vn.gov.moj.thads.complaints.messaging.ComplaintEventPublisher.facts;

/** Petitions from the reception desk to resolution; every change with its history and event. */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplaintRules rules;
    private final ComplaintAccess access;
    private final ComplaintEventPublisher events;
    private final OrgUnits orgUnits;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ComplaintService(ComplaintRules rules, ComplaintAccess access, ComplaintEventPublisher events, OrgUnits orgUnits,
                            EntityManager entityManager, ObjectMapper mapper) {
        this.rules = rules;
        this.access = access;
        this.events = events;
        this.orgUnits = orgUnits;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    public LocalDate today() {
        return LocalDate.now(WorkingCalendar.VIETNAM);
    }

    public Complaint receive(Complaint.Receipt receipt) {
        access.requireDeskOf(receipt.filedAtAgencyCode());
        if (!orgUnits.isKnown(receipt.filedAtAgencyCode())) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + receipt.filedAtAgencyCode() + " does not exist");
        }
        if (receipt.receivedOn().isAfter(today())) {
            throw ProblemException.invalidField("receivedOn", "must not be in the future");
        }
        Complaint previous = null;
        if (receipt.round() >= 2) {
            if (receipt.type() != ComplaintType.COMPLAINT) {
                throw ProblemException.invalidField("round", "only a complaint has a second round");
            }
            if (receipt.previousComplaintId() == null) {
                throw ProblemException.invalidField("previousComplaintId", "a second complaint names the first");
            }
            previous = Complaint.<Complaint>findByIdOptional(receipt.previousComplaintId())
                    .orElseThrow(() -> ProblemException.unprocessable("unknown-complaint",
                            "The first complaint " + receipt.previousComplaintId() + " does not exist"));
            if (previous.status() != ComplaintStatus.RESOLVED) {
                throw ProblemException.unprocessable("first-complaint-not-resolved",
                        "A second complaint follows the resolution of the first, which is " + previous.status());
            }
        }
        String subjectAgency = subjectAgency(receipt, previous);
        if (receipt.type() != ComplaintType.PETITION && receipt.subjectKind() == null) {
            throw ProblemException.invalidField("subject.kind", "is required for a " + receipt.type());
        }
        String competent = rules.competentAgency(receipt.type(), receipt.subjectKind(), receipt.round(), subjectAgency);
        LocalDate acceptBy = rules.acceptBy(receipt.receivedOn());
        LocalDate resolveBy = acceptBy.plusDays(rules.resolutionDays(receipt.type(), receipt.round(), receipt.phase(),
                receipt.receivedOn()));
        String key = complainantKey(receipt.complainantIdNumber(), receipt.complainantName());
        Complaint.Assessment assessment = new Complaint.Assessment(trackingCode(receipt.receivedOn()), competent,
                rules.jurisdiction(receipt.filedAtAgencyCode(), competent),
                rules.isLateFiling(receipt.type(), receipt.round(), receipt.phase(), receipt.actDate(),
                        previous == null ? null : previous.resolvedOn(), receipt.receivedOn()),
                acceptBy, resolveBy, earlierPetition(key, receipt, subjectAgency));
        Complaint complaint = Complaint.receive(receipt, key, assessment);
        complaint.persist();
        record(complaint, "RECEIVED", Map.of("competentAgencyCode", competent, "jurisdiction", assessment.jurisdiction()));
        events.publish(complaint, new ComplaintEvents.ComplaintReceived(facts(complaint)));
        return complaint;
    }

    /** The agency whose officer or head is complained about: given, or the case's (from this service's view). */
    private String subjectAgency(Complaint.Receipt receipt, Complaint previous) {
        if (receipt.subjectAgencyCode() != null) {
            if (!orgUnits.isKnown(receipt.subjectAgencyCode())) {
                throw ProblemException.unprocessable("unknown-agency", "Agency " + receipt.subjectAgencyCode() + " does not exist");
            }
            return receipt.subjectAgencyCode();
        }
        if (previous != null && previous.subjectAgencyCode() != null) {
            return previous.subjectAgencyCode();
        }
        if (receipt.caseId() != null) {
            CaseView view = CaseView.findById(receipt.caseId());
            if (view != null) {
                return view.agencyCode();
            }
        }
        if (receipt.type() == ComplaintType.PETITION) {
            return receipt.filedAtAgencyCode();
        }
        throw ProblemException.invalidField("subject.agencyCode", "is required when the case is not known to this service");
    }

    /** The same person, about the same case and subject, in the same round: a repeat of the first such petition. */
    private UUID earlierPetition(String key, Complaint.Receipt r, String subjectAgency) {
        StringBuilder jpql = new StringBuilder("from Complaint c where c.complainantKey = :key and c.type = :type and c.round = :round");
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        params.put("type", r.type());
        params.put("round", r.round());
        sameOrBothNull(jpql, params, "caseId", r.caseId());
        sameOrBothNull(jpql, params, "subjectKind", r.subjectKind());
        sameOrBothNull(jpql, params, "subjectAgencyCode", subjectAgency);
        sameOrBothNull(jpql, params, "subjectOfficerId", r.subjectOfficerId());
        TypedQuery<Complaint> query = entityManager.createQuery("select c " + jpql + " order by c.receivedOn, c.createdAt", Complaint.class);
        params.forEach(query::setParameter);
        List<Complaint> earlier = query.setMaxResults(1).getResultList();
        if (earlier.isEmpty()) {
            return null;
        }
        Complaint first = earlier.get(0);
        return first.repeatOf() != null ? first.repeatOf() : first.id();
    }

    private static void sameOrBothNull(StringBuilder jpql, Map<String, Object> params, String field, Object value) {
        if (value == null) {
            jpql.append(" and c.").append(field).append(" is null");
        } else {
            jpql.append(" and c.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    static String complainantKey(String idNumber, String name) {
        if (idNumber != null && !idNumber.isBlank()) {
            return "id:" + idNumber.replaceAll("\\s", "");
        }
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return "name:" + plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Unguessable, short enough to read over the phone: KN26-7QH3M8PA. */
    private static String trackingCode(LocalDate receivedOn) {
        StringBuilder code = new StringBuilder("KN").append(String.format("%02d", receivedOn.getYear() % 100)).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint get(UUID id) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Petition " + id));
        access.requireRead(c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint track(String trackingCode) {
        return Complaint.<Complaint>find("trackingCode", trackingCode.strip().toUpperCase(Locale.ROOT)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Petition " + trackingCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintHistoryEntry> history(UUID id) {
        return ComplaintHistoryEntry.of(get(id).id());
    }

    public Complaint accept(UUID id, String ifMatch, LocalDate acceptedOn) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        c.accept(acceptedOn, acceptedOn.plusDays(rules.resolutionDays(c.type(), c.round(), c.phase(), c.receivedOn())), today());
        record(c, "ACCEPTED", Map.of("acceptedOn", acceptedOn, "resolveBy", c.resolveBy()));
        events.publish(c, new ComplaintEvents.ComplaintAccepted(facts(c), acceptedOn));
        return c;
    }

    public Complaint transfer(UUID id, String ifMatch, LocalDate transferredOn) {
        Complaint c = forChange(id, ifMatch);
        access.requireDeskOf(c.filedAtAgencyCode());
        String from = c.filedAtAgencyCode();
        c.transfer(transferredOn, today());
        record(c, "TRANSFERRED", Map.of("toAgencyCode", c.transferredTo(), "transferredOn", transferredOn));
        events.publish(c, new ComplaintEvents.ComplaintTransferred(facts(c), from, c.transferredTo(), transferredOn));
        return c;
    }

    public Complaint extend(UUID id, String ifMatch, String reason) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        c.extend(rules.extensionDays(c.receivedOn()), reason);
        record(c, "EXTENDED", Map.of("resolveBy", c.resolveBy(), "reason", reason));
        events.publish(c, new ComplaintEvents.ComplaintExtended(facts(c), c.resolveBy()));
        return c;
    }

    public Complaint resolve(UUID id, String ifMatch, Decision decision, String decisionNumber, LocalDate decisionDate, String summary) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        c.resolve(decision, decisionNumber, decisionDate, summary, today());
        record(c, "RESOLVED", Map.of("decision", decision, "decisionNumber", c.decisionNumber(), "decisionDate", decisionDate));
        events.publish(c, new ComplaintEvents.ComplaintResolved(facts(c), decision.name(), decisionDate, c.resolvedOnTime()));
        return c;
    }

    public Complaint withdraw(UUID id, String ifMatch, LocalDate withdrawnOn) {
        Complaint c = forChange(id, ifMatch);
        if (!access.isCompetentHead(c)) {
            access.requireDeskOf(c.filedAtAgencyCode());
        }
        c.withdraw(withdrawnOn, today());
        record(c, "WITHDRAWN", Map.of("withdrawnOn", withdrawnOn));
        events.publish(c, new ComplaintEvents.ComplaintWithdrawn(facts(c), withdrawnOn));
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Complaint> search(ComplaintSearch s) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        AgencyScope scope = access.scope();
        if (!scope.nationwide()) {
            where.append(" and (c.filedAtAgencyCode in :u or substring(c.filedAtAgencyCode, 1, 2) in :u"
                    + " or c.competentAgencyCode in :u or substring(c.competentAgencyCode, 1, 2) in :u)");
            params.put("u", scope.units().isEmpty() ? List.of("-") : scope.units());
        }
        if (s.agencyCode() != null && !OrgUnits.NATIONAL.equals(s.agencyCode())) {
            where.append(" and (c.filedAtAgencyCode in :a or substring(c.filedAtAgencyCode, 1, 2) in :a"
                    + " or c.competentAgencyCode in :a or substring(c.competentAgencyCode, 1, 2) in :a)");
            params.put("a", orgUnits.scopeOf(s.agencyCode()).units());
        }
        if (s.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", s.status());
        }
        if (s.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", s.type());
        }
        if (s.caseId() != null) {
            where.append(" and c.caseId = :caseId");
            params.put("caseId", s.caseId());
        }
        if (s.overdue() != null) {
            where.append(" and c.overdue = :overdue");
            params.put("overdue", s.overdue());
        }
        if (s.overLevel() != null) {
            where.append(s.overLevel() ? " and c.jurisdiction = :overLevel" : " and c.jurisdiction <> :overLevel");
            params.put("overLevel", Jurisdiction.OVER_LEVEL);
        }
        if (s.repeat() != null) {
            where.append(s.repeat() ? " and c.repeatOf is not null" : " and c.repeatOf is null");
        }
        if (s.dueBefore() != null) {
            where.append(" and ((c.status in :waiting and c.acceptBy < :due) or (c.status = :accepted and c.resolveBy < :due))");
            params.put("waiting", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.TRANSFERRED));
            params.put("accepted", ComplaintStatus.ACCEPTED);
            params.put("due", s.dueBefore());
        }
        var count = entityManager.createQuery("select count(c) from Complaint c" + where, Long.class);
        var page = entityManager.createQuery("select c from Complaint c" + where + " order by c.receivedOn desc, c.id", Complaint.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        return new Page<>(page.setFirstResult(s.page() * s.size()).setMaxResults(s.size()).getResultList(),
                count.getSingleResult(), s.page(), s.size());
    }

    private Complaint forChange(UUID id, String ifMatch) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Petition " + id));
        access.requireRead(c);
        Versions.requireMatch(ifMatch, c.version(), "petition");
        return c;
    }

    private void record(Complaint c, String action, Map<String, ?> details) {
        try {
            new ComplaintHistoryEntry(c.id(), access.actor(), action, mapper.writeValueAsString(new LinkedHashMap<>(details))).persist();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

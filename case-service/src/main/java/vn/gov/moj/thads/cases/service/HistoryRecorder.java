package vn.gov.moj.thads.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.cases.model.CaseHistoryEntry;
import vn.gov.moj.thads.cases.model.EnforcementCase;

import java.util.Map;

/** Appends the who, when, what and why of a change to the case's history. */
@ApplicationScoped
public class HistoryRecorder {

    @Inject ObjectMapper mapper;

    public void record(EnforcementCase c, String actor, String action, Map<String, ?> details, String reason) {
        try {
            new CaseHistoryEntry(c.id(), actor, action, mapper.writeValueAsString(details), reason).persist();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("History details of " + action + " cannot be written", e);
        }
    }
}

package vn.gov.moj.thads.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.reporting.service.ViewUpdater;

/** The live feed of the reporting view from both topics. */
@ApplicationScoped
public class EventConsumers {

    private final EventCodec codec;
    private final ViewUpdater view;

    public EventConsumers(EventCodec codec, ViewUpdater view) {
        this.codec = codec;
        this.view = view;
    }

    @Incoming("case-events")
    @Blocking
    @Transactional
    public void onCaseEvent(String message) {
        view.applyCaseEvent(codec.read(message));
    }

    @Incoming("complaint-events")
    @Blocking
    @Transactional
    public void onComplaintEvent(String message) {
        view.applyComplaintEvent(codec.read(message));
    }
}

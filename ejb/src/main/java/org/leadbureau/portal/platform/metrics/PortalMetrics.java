package org.leadbureau.portal.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal's own meters, in the registry of WildFly's Micrometer subsystem, which serves them with the server's
 * (JVM, datasource pool, HTTP) at http://127.0.0.1:9990/metrics; Prometheus sees the dots as underscores, e.g.
 * {@code portal_registrations_total{outcome="confirmed"}}. README "Operations" lists them. Meters are made with the
 * registry's name-and-tags methods only: the server's per-deployment registry passes those on to the exported one,
 * whereas a builder's {@code register} would keep the meter in the deployment's registry, out of /metrics.
 */
@ApplicationScoped
public class PortalMetrics {

    private final AtomicLong outboxBacklog = new AtomicLong();
    private final AtomicLong indexDocuments = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void registerGauges() {
        registry.gauge("portal.outbox.backlog", outboxBacklog);
        registry.gauge("portal.index.documents", indexDocuments);
    }

    /** A full-text search and how long it took. */
    public void searched(Duration took) {
        registry.timer("portal.searches").record(took);
    }

    /** A registration taken, by its outcome (confirmed, waitlisted). */
    public void registered(Enum<?> outcome) {
        counter("portal.registrations", "outcome", outcome);
    }

    /** An inquiry stored, received or suspected of being spam. */
    public void inquiry(boolean suspected) {
        counter("portal.inquiries", "status", suspected ? "suspected" : "received");
    }

    public void signInFailed() {
        registry.counter("portal.sign.in.failures").increment();
    }

    public void mailFailed() {
        registry.counter("portal.outbox.failures").increment();
    }

    /** The figures the gauges show, as last counted (PortalGauges). */
    public void counted(long queuedMail, long documentsInIndex) {
        outboxBacklog.set(queuedMail);
        indexDocuments.set(documentsInIndex);
    }

    private void counter(String name, String tag, Object value) {
        registry.counter(name, tag, value.toString().toLowerCase(Locale.ROOT)).increment();
    }
}

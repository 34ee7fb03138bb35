package org.leadbureau.portal.platform.health;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.leadbureau.portal.platform.health.probe.PortalChecks;

/**
 * Checks the database and the search index, each on its own so that one failure names its part: for
 * {@code /api/health}, and through {@link PortalChecks} for the server's readiness probe.
 */
@Stateless
@LocalBean
@Local(PortalChecks.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck implements PortalChecks {

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    public HealthReport check() {
        Map<String, ComponentHealth> components = new LinkedHashMap<>();
        components.put("database", guarded("database", this::database));
        components.put("searchIndex", guarded("search index", this::searchIndex));
        return new HealthReport(components);
    }

    @Override
    public Map<String, Part> parts() {
        Map<String, Part> parts = new LinkedHashMap<>();
        check().components().forEach((name, health) -> {
            Map<String, String> data = new LinkedHashMap<>();
            health.details().forEach((fact, value) -> data.put(fact, String.valueOf(value)));
            parts.put(name, new Part(health.up(), data));
        });
        return parts;
    }

    private ComponentHealth database() {
        Object version = em.createNativeQuery(
                        "select version from flyway_schema_history where success = true and version is not null"
                                + " order by installed_rank desc")
                .setMaxResults(1)
                .getSingleResult();
        return ComponentHealth.up(Map.of("schemaVersion", String.valueOf(version)));
    }

    private ComponentHealth searchIndex() {
        List<Class<?>> types = Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().stream()
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList();
        long documents = Search.session(em).search(types).where(f -> f.matchAll()).fetchTotalHitCount();
        return ComponentHealth.up(Map.of("documents", documents));
    }

    private static ComponentHealth guarded(String part, Supplier<ComponentHealth> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health check of the " + part + " failed", e);
            return ComponentHealth.down(part + " is not available: " + e.getClass().getSimpleName());
        }
    }
}

package vn.gov.moj.thads.cases.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.gov.moj.thads.platform.api.Page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of an entity's rows and how many match, for the lists that are not the case list. The
 * count is a query of its own, {@code select count(*)} with the same conditions: Panache's
 * {@code count()} derives one from the page's query and Hibernate translates that to SQL on every
 * call, where these two queries are translated once per shape (list parameters bound one element at
 * a time, {@link CaseRepository#singleValued}).
 */
public final class Listing {

    private Listing() {
    }

    /** {@code where}: conditions on the entity's attributes (no alias); {@code orderBy}: its order, ending with a unique key. */
    public static <T> Page<T> page(Class<T> entity, String where, Map<String, Object> params, String orderBy, int page, int size) {
        return page(entity, "", where, params, orderBy, page, size);
    }

    /** The same, {@code where} and {@code orderBy} naming the entity by {@code alias} (for a subquery of its own kind). */
    public static <T> Page<T> page(Class<T> entity, String alias, String where, Map<String, Object> params, String orderBy,
                                   int page, int size) {
        EntityManager em = Panache.getEntityManager(entity);
        String name = em.getMetamodel().entity(entity).getName() + (alias.isEmpty() ? "" : " " + alias);
        StringBuilder conditions = new StringBuilder(" where ").append(where);
        Map<String, Object> values = new HashMap<>(params);
        CaseRepository.singleValued(conditions, values);
        TypedQuery<Long> count = em.createQuery("select count(*) from " + name + conditions, Long.class);
        TypedQuery<T> rows = em.createQuery("from " + name + conditions + " order by " + orderBy, entity);
        values.forEach((parameter, value) -> {
            count.setParameter(parameter, value);
            rows.setParameter(parameter, value);
        });
        List<T> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }
}

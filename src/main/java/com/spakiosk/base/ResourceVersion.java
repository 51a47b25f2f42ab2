package com.spakiosk.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared "resources changed" counter (table resource_version). Writers of therapists,
 * rooms, equipment and the menu bump it in their transaction; readers compare it with the
 * version of their cache. It works across app instances because it lives in the database.
 */
@Component
public class ResourceVersion {

    @PersistenceContext
    private EntityManager em;

    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        em.createNativeQuery("update resource_version set version = version + 1 where id = 1").executeUpdate();
    }

    @Transactional(readOnly = true)
    public long current() {
        return ((Number) em.createNativeQuery("select version from resource_version where id = 1")
                .getSingleResult()).longValue();
    }
}

package com.spakiosk.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

/**
 * An entity with a database-generated id. Two entities are equal when they are of the same
 * class and have the same id, also when one of them is a Hibernate proxy; an entity not yet
 * saved equals only itself.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AbstractEntity other) || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(other.getId());
    }

    /** Constant per class, so that an entity keeps its hash when it gets its id on saving. */
    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}

package com.spakiosk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that anyone may call without signing in, on purpose: the
 * kiosk's guests are anonymous. Every public method of a {@code @Service} carries either a
 * role annotation or this one, with the reason, so that an unguarded method is a decision
 * someone wrote down and not an accident (checked by the architecture test).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AnonymousAccess {

    /** Why this may be called anonymously, in a few words. */
    String value();
}

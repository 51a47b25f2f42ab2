package com.spakiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.spakiosk.security.AnonymousAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.regex.Pattern;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package rules of DESIGN.md §4, kept true by the build. */
class ArchitectureTest {

    private static final Pattern SPRING_AOT_GENERATED = Pattern.compile(".*/[^/]*__[^/]*\\.class");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring's ahead-of-time code (Application__BeanFactoryRegistrations, X__BeanDefinitions), which
                // package writes into target/classes: generated wiring, not our architecture.
                .withImportOption(location -> !location.matches(SPRING_AOT_GENERATED))
                .importPackages("com.spakiosk");
    }

    @Test
    void the_scheduling_core_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage("com.spakiosk.scheduling..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.spakiosk.scheduling..")
                .check(classes);
    }

    @Test
    void nothing_outside_the_ui_depends_on_ui_classes() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration") // names the login view
                .should().dependOnClassesThat().resideInAPackage("com.spakiosk..ui..")
                .check(classes);
    }

    @Test
    void services_and_domain_do_not_use_vaadin() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("Application")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void the_menu_depends_on_no_other_feature() {
        noClasses().that().resideInAPackage("com.spakiosk.menu..")
                .should().dependOnClassesThat().resideInAnyPackage("com.spakiosk.booking..",
                        "com.spakiosk.staff..", "com.spakiosk.screening..", "com.spakiosk.scheduling..",
                        "com.spakiosk.kiosk..", "com.spakiosk.desk..", "com.spakiosk.reports..", "com.spakiosk.demo..")
                .check(classes);
    }

    @Test
    void staff_and_screening_do_not_depend_on_bookings() {
        noClasses().that().resideInAnyPackage("com.spakiosk.staff..", "com.spakiosk.screening..")
                .should().dependOnClassesThat().resideInAnyPackage("com.spakiosk.booking..",
                        "com.spakiosk.kiosk..", "com.spakiosk.desk..", "com.spakiosk.reports..", "com.spakiosk.demo..")
                .check(classes);
    }

    @Test
    void no_feature_depends_on_the_demo_data() {
        noClasses().that().resideOutsideOfPackage("com.spakiosk.demo..")
                .should().dependOnClassesThat().resideInAPackage("com.spakiosk.demo..")
                .check(classes);
    }

    @Test
    void nothing_depends_on_the_user_facing_features() {
        for (String feature : new String[] {"kiosk", "desk", "reports"}) {
            noClasses().that().resideOutsideOfPackage("com.spakiosk." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("com.spakiosk." + feature + "..")
                    .check(classes);
        }
    }

    /**
     * Every public method of a service states who may call it: a role annotation, or
     * {@link AnonymousAccess} with the reason (issue 7, point 12). An unguarded method is then a
     * decision someone wrote down, never an accident.
     */
    @Test
    void every_public_service_method_has_a_role_or_is_anonymous_on_purpose() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .should(declareWhoMayCallThem())
                .check(classes);
    }

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(RolesAllowed.class,
            PermitAll.class, DenyAll.class, Secured.class, PreAuthorize.class, AnonymousAccess.class);

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("declare who may call them (a role or @AnonymousAccess)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = hasAccessAnnotation(method) || hasAccessAnnotation(method.getOwner());
                events.add(new SimpleConditionEvent(method, declared,
                        method.getFullName() + (declared ? " declares" : " does not declare") + " who may call it"));
            }
        };
    }

    private static boolean hasAccessAnnotation(CanBeAnnotated element) {
        return ACCESS_ANNOTATIONS.stream().anyMatch(element::isAnnotatedWith);
    }
}

# Multi-stage build of the production image: the jar (with Vaadin's production bundle) is built
# on a JDK, then run on a JRE 25 as an unprivileged user with the postgres profile, starting from
# Spring's ahead-of-time bean definitions and the JDK's ahead-of-time class cache (less than half
# the plain start, docs/benchmarks.md; decision 0019).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# Dependencies in their own layer; a failure here is a real one (it used to be hidden by "|| true").
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp package -DskipTests -DskipITs

FROM eclipse-temurin:25-jre
# The working folder belongs to the app user: without the postgres profile the app keeps its H2
# database in ./data there, and a folder it cannot write stops the start (README, Where the data lives).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app --create-home spa
WORKDIR /app
COPY --from=build --chown=root:root /src/target/spa-kiosk-*.jar /opt/spa-kiosk.jar
# The cache needs the jar's classes as plain jars (Spring Boot's extracted layout), and a training
# run by the same JVM with the same collector and options: it starts the app on a throwaway H2
# database and stops once the context is up, recording what the start loads and links (JEP 483/514).
RUN cd /opt && java -Djarmode=tools -jar spa-kiosk.jar extract --destination spa-kiosk-app && rm spa-kiosk.jar \
    && mkdir /tmp/training && cd /tmp/training \
    && SPA_INITIAL_MANAGER_USERNAME=training SPA_INITIAL_MANAGER_PASSWORD=only-for-the-training-run \
       java -XX:+UseG1GC -XX:AOTCacheOutput=/opt/spa-kiosk-app/spa-kiosk.aot -Dspring.aot.enabled=true \
            -Dspring.context.exit=onRefresh \
            -jar /opt/spa-kiosk-app/spa-kiosk.jar \
    && rm -rf /tmp/training
USER spa
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
# G1 with short pauses: every tap stays quick on a small machine (docs/benchmarks.md). The heap takes
# 60% of the container's memory limit (compose: 1 GiB, so about 600 MB); the rest is for metaspace,
# threads and buffers (the jar's process measured 367 MB in all with a 57 MB heap in use).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=10", \
            "-XX:AOTCache=/opt/spa-kiosk-app/spa-kiosk.aot", "-Dspring.aot.enabled=true", \
            "-jar", "/opt/spa-kiosk-app/spa-kiosk.jar"]

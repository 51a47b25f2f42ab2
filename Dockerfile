# Multi-stage build of the production image: the jar (with Vaadin's production bundle) is built
# on a JDK, then run on a JRE 21 as an unprivileged user with the postgres profile.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp package -DskipTests -DskipITs

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app spa
WORKDIR /app
COPY --from=build /src/target/spa-kiosk-*.jar /app/spa-kiosk.jar
USER spa
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
# G1 with short pauses: every tap stays quick on a small machine (docs/benchmarks.md).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=10", "-jar", "/app/spa-kiosk.jar"]

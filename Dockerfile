# syntax=docker/dockerfile:1
#
# Helpline in a container. Build: docker build -t helpline .
# Run (embedded store, data in a named volume):
#   docker run -p 8080:8080 -v helpline-data:/app/data helpline
# Scale-out with a MongoDB replica set and two instances: see compose.yaml.

# ---- build: JDK 25, so Maven itself runs on a JDK that satisfies the toolchain's [21,) and uses it directly
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# `sh ./mvnw`: works even if the checkout lost the executable bit. The image has neither curl nor wget,
# so the wrapper downloads Maven with Java. The cache mount keeps ~/.m2 (Maven and dependencies) between builds.
RUN --mount=type=cache,target=/root/.m2 sh ./mvnw -B package -DskipTests

# ---- runtime: JRE only, non-root
FROM eclipse-temurin:25-jre
RUN groupadd --system helpline \
    && useradd --system --gid helpline --home-dir /app --shell /usr/sbin/nologin helpline \
    && mkdir -p /app/data \
    && chown helpline:helpline /app/data
WORKDIR /app
COPY --from=build /src/target/helpline.jar /app/helpline.jar
# Content edited by non-programmers; mount a folder over any of them to change it without a rebuild.
# Copied from the build context, not the build stage: editing them does not rebuild the jar.
COPY dialogs /app/dialogs
COPY knowledge-base /app/knowledge-base
COPY calendar /app/calendar
ENV SERVER_PORT=8080 \
    HELPLINE_DATA_DIR=/app/data \
    HELPLINE_DIALOGS_DIR=/app/dialogs \
    HELPLINE_KB_DIR=/app/knowledge-base \
    HELPLINE_BUSINESSHOURS_HOLIDAYSFILE=/app/calendar/holidays.txt
# The embedded store's file lives here (unused when HELPLINE_MONGODB_URI points at a real MongoDB).
# Declared after the chown so a fresh named volume starts owned by the app's user.
VOLUME /app/data
USER helpline
EXPOSE 8080
# The JRE image has no curl or wget; bash's /dev/tcp is enough for a plain HTTP/1.0 GET on loopback.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
# Extra JVM flags: JAVA_TOOL_OPTIONS (read by the JVM itself). Extra app arguments: append to `docker run`.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/helpline.jar"]

# Image of one Quarkus service of Thi đua Số (plan-service, report-service, award-service,
# notification-service). Built by docker-compose.yml with the repository root as context:
#
#   ./mvnw -B package -DskipTests          # builds <svc>/target/quarkus-app/ first
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=plan-service -t thiduaso/plan-service .
#
# The image only copies the fast-jar layout that Maven built; it does not run Maven itself.
FROM eclipse-temurin:17-jre

ARG SERVICE
RUN test -n "$SERVICE" || (echo "build arg SERVICE is required (e.g. plan-service)" >&2; exit 1)

# Same low-memory settings as ./run.sh; override with JAVA_OPTS.
ENV LANG=C.UTF-8 \
    JAVA_OPTS="-Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" \
    SERVICE=${SERVICE}

# plan-service prints plans as PDF with Liberation Serif embedded (metric-compatible with Times New
# Roman, covers Vietnamese); the image carries the font package, the repository no font files.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation2 \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --system --uid 185 --gid 0 --home-dir /deployments --no-create-home quarkus \
    && mkdir -p /deployments && chown 185:0 /deployments

WORKDIR /deployments
# Layers from the least to the most often changed.
COPY --chown=185:0 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185:0 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185:0 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185:0 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
# Each service listens on its own port (QUARKUS_HTTP_PORT 8081-8084, set by docker-compose.yml).
# curl is part of eclipse-temurin's Ubuntu images; compose's healthcheck calls /q/health/ready.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]

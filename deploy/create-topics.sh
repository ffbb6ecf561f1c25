#!/bin/sh
# Creates every Newsflow topic, idempotently (--if-not-exists), with the Kafka CLI of
# the apache/kafka image. Run by the compose `topics` one-shot service; safe to re-run.
#
# Environment (compose fills it from .env; every value has a default here):
#   NEWSFLOW_BOOTSTRAP           bootstrap servers                      kafka:19092
#   NEWSFLOW_TOPIC_RAW|CLEAN|ENTITIES|ENRICHED|DLQ   topic names        articles.*
#   NEWSFLOW_PARTITIONS          partitions of every topic              6
#   NEWSFLOW_PARTITIONS_RAW|CLEAN|ENTITIES|ENRICHED|DLQ   per-topic override
#   NEWSFLOW_REPLICATION_FACTOR  1 on the single-node broker, 3 on a managed cluster
#   NEWSFLOW_MIN_INSYNC_REPLICAS default 2 when the replication factor is 3 or more
#   NEWSFLOW_RETENTION_MS        pipeline topics                        604800000 (7 days)
#   NEWSFLOW_DLQ_RETENTION_MS    dead-letter topic, kept longer          2592000000 (30 days)
#   NEWSFLOW_MESSAGE_MAX_BYTES   max.message.bytes of every topic       4194304 (4 MiB)
#   KAFKA_PROP_SECURITY_PROTOCOL, KAFKA_PROP_SASL_MECHANISMS, KAFKA_PROP_SASL_USERNAME,
#   KAFKA_PROP_SASL_PASSWORD, KAFKA_PROP_SSL_CA_LOCATION
#                                the workers' librdkafka settings, translated to the Java
#                                client so topics can be created on a managed cluster too.
# Secrets are written only to a private temporary file and never printed.
set -eu

bootstrap="${NEWSFLOW_BOOTSTRAP:-kafka:19092}"
partitions="${NEWSFLOW_PARTITIONS:-6}"
replication="${NEWSFLOW_REPLICATION_FACTOR:-1}"
retention_ms="${NEWSFLOW_RETENTION_MS:-604800000}"
dlq_retention_ms="${NEWSFLOW_DLQ_RETENTION_MS:-2592000000}"
max_message_bytes="${NEWSFLOW_MESSAGE_MAX_BYTES:-4194304}"
kafka_bin="${KAFKA_BIN:-/opt/kafka/bin}"

if [ -n "${NEWSFLOW_MIN_INSYNC_REPLICAS:-}" ]; then
    min_isr="$NEWSFLOW_MIN_INSYNC_REPLICAS"
elif [ "$replication" -ge 3 ]; then
    min_isr=2
else
    min_isr=1
fi

fail() {
    echo "create-topics: $*" >&2
    exit 1
}

for number in "$partitions" "$replication" "$retention_ms" "$dlq_retention_ms" "$max_message_bytes" "$min_isr"; do
    case "$number" in
        '' | *[!0-9]*) fail "expected a whole number, got '$number' (check NEWSFLOW_* in .env)" ;;
    esac
done

# Client settings for the Kafka CLI (Java), from the workers' librdkafka pass-through.
umask 077
client_config="$(mktemp)"
trap 'rm -f "$client_config"' EXIT INT TERM

# A value inside sasl.jaas.config: escaped once for the JAAS parser (\ and "),
# then every backslash doubled again for the .properties file format.
jaas_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\\/\\\\/g'
}

protocol="${KAFKA_PROP_SECURITY_PROTOCOL:-PLAINTEXT}"
echo "security.protocol=$protocol" >"$client_config"
case "$protocol" in
    SASL_SSL | sasl_ssl | SASL_PLAINTEXT | sasl_plaintext)
        mechanism="${KAFKA_PROP_SASL_MECHANISMS:-PLAIN}"
        case "$mechanism" in
            PLAIN) module="org.apache.kafka.common.security.plain.PlainLoginModule" ;;
            SCRAM-SHA-256 | SCRAM-SHA-512) module="org.apache.kafka.common.security.scram.ScramLoginModule" ;;
            *) fail "SASL mechanism '$mechanism' is not supported here; use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512" ;;
        esac
        [ -n "${KAFKA_PROP_SASL_USERNAME:-}" ] || fail "KAFKA_PROP_SASL_USERNAME is not set"
        [ -n "${KAFKA_PROP_SASL_PASSWORD:-}" ] || fail "KAFKA_PROP_SASL_PASSWORD is not set"
        {
            echo "sasl.mechanism=$mechanism"
            printf 'sasl.jaas.config=%s required username="%s" password="%s";\n' \
                "$module" "$(jaas_escape "$KAFKA_PROP_SASL_USERNAME")" "$(jaas_escape "$KAFKA_PROP_SASL_PASSWORD")"
        } >>"$client_config"
        ;;
esac
if [ -n "${KAFKA_PROP_SSL_CA_LOCATION:-}" ]; then
    [ -r "$KAFKA_PROP_SSL_CA_LOCATION" ] || fail "CA file $KAFKA_PROP_SSL_CA_LOCATION is not readable in this container"
    {
        echo "ssl.truststore.type=PEM"
        echo "ssl.truststore.location=$KAFKA_PROP_SSL_CA_LOCATION"
    } >>"$client_config"
fi

topics_cli() {
    "$kafka_bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$client_config" "$@"
}

# The broker may have just turned healthy; give its listeners a moment.
attempt=1
until topics_cli --list >/dev/null 2>&1; do
    [ "$attempt" -lt 30 ] || fail "cannot reach Kafka at $bootstrap after 30 attempts"
    attempt=$((attempt + 1))
    sleep 2
done

# create_topic NAME PARTITIONS RETENTION_MS
create_topic() {
    name="$1"
    wanted="$2"
    retention="$3"
    case "$wanted" in
        '' | *[!0-9]*) fail "partitions of $name must be a whole number, got '$wanted'" ;;
    esac
    topics_cli --create --if-not-exists --topic "$name" \
        --partitions "$wanted" --replication-factor "$replication" \
        --config "retention.ms=$retention" \
        --config "max.message.bytes=$max_message_bytes" \
        --config "min.insync.replicas=$min_isr" \
        --config "cleanup.policy=delete" \
        --config "compression.type=producer" >/dev/null \
        || fail "could not create topic $name"
    actual="$(topics_cli --describe --topic "$name" | sed -n 's/.*PartitionCount:[[:space:]]*\([0-9]*\).*/\1/p' | head -n 1)"
    echo "topic $name: partitions=${actual:-?} replication=$replication retention.ms=$retention max.message.bytes=$max_message_bytes"
    if [ -n "$actual" ] && [ "$actual" -lt "$wanted" ]; then
        echo "warning: $name has $actual partitions, fewer than the $wanted asked for; existing topics are not altered." >&2
        echo "         To add partitions: kafka-topics.sh --alter --topic $name --partitions $wanted" >&2
    fi
}

create_topic "${NEWSFLOW_TOPIC_RAW:-articles.raw}" "${NEWSFLOW_PARTITIONS_RAW:-$partitions}" "$retention_ms"
create_topic "${NEWSFLOW_TOPIC_CLEAN:-articles.clean}" "${NEWSFLOW_PARTITIONS_CLEAN:-$partitions}" "$retention_ms"
create_topic "${NEWSFLOW_TOPIC_ENTITIES:-articles.entities}" "${NEWSFLOW_PARTITIONS_ENTITIES:-$partitions}" "$retention_ms"
create_topic "${NEWSFLOW_TOPIC_ENRICHED:-articles.enriched}" "${NEWSFLOW_PARTITIONS_ENRICHED:-$partitions}" "$retention_ms"
create_topic "${NEWSFLOW_TOPIC_DLQ:-articles.dlq}" "${NEWSFLOW_PARTITIONS_DLQ:-$partitions}" "$dlq_retention_ms"
echo "topics ready on $bootstrap"

#!/usr/bin/env python3
"""The `monitoring` profile's Prometheus config against the workers' real /metrics
(deploy/compose-test.sh).

  compose-metrics.py targets PROMETHEUS_YML
      prints "JOB DNS_NAME PORT METRICS_PATH" for every dns_sd_configs name.
  compose-metrics.py check PROMETHEUS_YML PROBE_OUTPUT SERVICE=REPLICAS... [--partitions N]
      PROBE_OUTPUT holds, per address a DNS name resolved to, a line
      "### JOB NAME IP PORT" and the raw HTTP answer of GET METRICS_PATH. Fails unless
        - every worker service of docker-compose.yml (one with NEWSFLOW_METRICS_PORT)
          has exactly one job, whose DNS name is the service and port its metrics port;
        - each job's name resolved to as many addresses as the service has replicas,
          and each answered 200 with Prometheus text that carries newsflow_* series
          labelled with that job's stage only;
        - each stage's replicas hold all N partitions of its input topic between them
          (sum of newsflow_assigned_partitions; default N 6, NEWSFLOW_PARTITIONS).
"""
import collections
import re
import sys

import yaml

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)')


def scrape_targets(prometheus_path):
    config = yaml.safe_load(open(prometheus_path, encoding="utf-8"))
    for job in config.get("scrape_configs", []):
        for sd in job.get("dns_sd_configs", []) or []:
            for name in sd.get("names", []):
                yield job["job_name"], name, int(sd["port"]), job.get("metrics_path", "/metrics"), sd.get("type", "SRV")


def worker_ports(compose_path="docker-compose.yml"):
    services = yaml.safe_load(open(compose_path, encoding="utf-8"))["services"]
    ports = {}
    for name, service in services.items():
        environment = service.get("environment") or {}
        if isinstance(environment, dict) and "NEWSFLOW_METRICS_PORT" in environment:
            ports[name] = int(environment["NEWSFLOW_METRICS_PORT"])
    return ports


def parse_probe(path):
    """{(job, name): [(ip, status_line, body)]}"""
    answers = collections.defaultdict(list)
    current, lines = None, []

    def flush():
        if current is None:
            return
        text = "\n".join(lines).replace("\r", "")
        head, _, body = text.partition("\n\n")
        status = head.split("\n", 1)[0] if head else ""
        answers[(current[0], current[1])].append((current[2], status, body))

    for line in open(path, encoding="utf-8", errors="replace").read().split("\n"):
        if line.startswith("### "):
            flush()
            parts = line.split()
            current, lines = (parts[1], parts[2], parts[3]), []
        else:
            lines.append(line)
    flush()
    return answers


def check(prometheus_path, probe_path, replicas, partitions):
    problems = []
    targets = list(scrape_targets(prometheus_path))
    ports = worker_ports()
    for service, port in sorted(ports.items()):
        jobs = [t for t in targets if t[1] == service]
        if len(jobs) != 1:
            problems.append(f"{service}: {len(jobs)} scrape jobs name it, expected 1")
            continue
        job, _, job_port, path, sd_type = jobs[0]
        if job_port != port:
            problems.append(f"job {job} scrapes port {job_port}, {service} serves /metrics on {port}")
        if sd_type != "A":
            problems.append(f"job {job}: dns_sd type {sd_type}; compose DNS answers A records only")
    answers = parse_probe(probe_path)
    for job, name, port, path, _ in targets:
        expected = replicas.get(name)
        got = answers.get((job, name), [])
        if expected is not None and len(got) != expected:
            problems.append(f"job {job}: {name} resolved to {len(got)} addresses, the service runs {expected} replicas")
        assigned = 0.0
        for ip, status, body in got:
            if " 200" not in status:
                problems.append(f"job {job}: {ip}:{port}{path} answered {status or 'nothing'}")
                continue
            series = [m for m in (SAMPLE.match(l) for l in body.split("\n") if not l.startswith("#")) if m]
            newsflow = [m for m in series if m.group(1).startswith("newsflow_")]
            if not newsflow:
                problems.append(f"job {job}: {ip}:{port}{path} has no newsflow_* series")
            stages = {s for m in newsflow for s in re.findall(r'stage="([^"]*)"', m.group(2) or "")}
            if stages and stages != {name}:
                problems.append(f"job {job}: {ip}:{port} serves series of stage {sorted(stages)}, not {name}")
            assigned += sum(float(m.group(3)) for m in newsflow if m.group(1) == "newsflow_assigned_partitions")
            print(f"{job}: {ip}:{port}{path} 200, {len(series)} samples, {len(newsflow)} newsflow_*")
        if expected and int(assigned) != partitions:
            problems.append(f"job {job}: the {name} replicas hold {assigned:g} partitions between them, expected {partitions}")
    for problem in problems:
        print("problem: " + problem)
    return 1 if problems else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "targets":
        for job, name, port, path, _ in scrape_targets(argv[2]):
            print(job, name, port, path)
        return 0
    if len(argv) >= 4 and argv[1] == "check":
        replicas, partitions, rest = {}, 6, argv[4:]
        while rest:
            item = rest.pop(0)
            if item == "--partitions":
                partitions = int(rest.pop(0))
            else:
                service, count = item.split("=")
                replicas[service] = int(count)
        return check(argv[2], argv[3], replicas, partitions)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

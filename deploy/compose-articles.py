#!/usr/bin/env python3
"""Articles for the compose test (deploy/compose-test.sh), and the exactly-once check.

  compose-articles.py generate PHASE COUNT OUT.jsonl IDS.txt
      writes COUNT JSON-lines articles with ids PHASE-00001... (names, organisations,
      places and quotes the stages find) and appends their ids to IDS.txt.
  compose-articles.py check progress|final RECORDS.jsonl IDS.txt SAMPLES
      reads `newsflow tail --format jsonl` output. "progress" exits 0 once every id
      in IDS.txt and SAMPLES other ids have arrived; "final" exits 1 on any missing
      or duplicated article, or on other ids than the SAMPLES sample articles.
"""
import collections
import json
import sys


def generate(phase, count, out_path, ids_path):
    people = ["Maria Lopez", "Daniel Okafor", "Aiko Tanaka", "Peter Novak", "Fatima Haddad", "Lars Eriksen"]
    orgs = ["the Ministry of Transport", "Northwind Energy", "the European Commission", "Acme Rail", "the city council"]
    places = ["Lisbon", "Nairobi", "Osaka", "Prague", "Montreal", "Bergen"]
    with open(out_path, "w", encoding="utf-8") as out, open(ids_path, "a", encoding="utf-8") as ids:
        for n in range(1, count + 1):
            person, org, place = people[n % len(people)], orgs[n % len(orgs)], places[n % len(places)]
            article_id = f"compose-{phase}-{n:05d}"
            body = (
                f"{place} budget talks, part {n}\n\n"
                f"{person}, a spokesperson for {org}, said on Tuesday that the plan for {place} "
                f"would go ahead despite objections.\n\n"
                f"\u201cWe have listened to every concern and we will publish the figures,\u201d {person} said. "
                f"Critics in {place} called the timetable \u201cunrealistic\u201d and asked {org} to wait.\n\n"
                f"The decision affects {n * 37 % 900 + 100} jobs in the region, according to {org}."
            )
            record = {
                "id": article_id,
                "url": f"https://news.example.org/compose/{phase}/{n}",
                "source": "compose-test",
                "title": f"{place} budget talks, part {n}",
                "published_at": "2026-01-15T08:00:00Z",
                "language": "en",
                "content_type": "text/plain",
                "body": body,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            ids.write(article_id + "\n")


def record_id(obj):
    """The article id of one tail line: a record, or an envelope around one."""
    if isinstance(obj, dict):
        if isinstance(obj.get("id"), str):
            return obj["id"]
        value = obj.get("value")
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = None
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            return value["id"]
        if isinstance(obj.get("key"), str):
            return obj["key"]
    return None


def check(mode, records_path, ids_path, sample_count):
    expected = set(open(ids_path, encoding="utf-8").read().split())
    counts = collections.Counter()
    unreadable = 0
    for line in open(records_path, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line:
            continue
        try:
            rid = record_id(json.loads(line))
        except ValueError:
            rid = None
        if rid is None:
            unreadable += 1
        else:
            counts[rid] += 1
    missing = sorted(expected - counts.keys())
    others = [rid for rid in counts if rid not in expected]
    duplicates = {rid: n for rid, n in counts.items() if n > 1}
    print(f"enriched: {sum(counts.values())} records, {len(counts)} distinct ids; "
          f"generated {len(expected) - len(missing)}/{len(expected)}; samples {len(others)}/{sample_count}; "
          f"duplicated ids {len(duplicates)}; lines without an id {unreadable}")
    if mode == "progress":
        return 0 if not missing and len(others) >= sample_count else 1
    problems = []
    if missing:
        problems.append(f"{len(missing)} generated articles missing, e.g. {missing[:5]}")
    if len(others) != sample_count:
        problems.append(f"{len(others)} other ids, expected exactly the {sample_count} samples: {sorted(others)[:10]}")
    if duplicates:
        problems.append(f"{len(duplicates)} ids arrived more than once, e.g. {sorted(duplicates.items())[:5]}")
    if unreadable:
        problems.append(f"{unreadable} lines carry no article id")
    for problem in problems:
        print("problem: " + problem)
    return 1 if problems else 0


def main(argv):
    if len(argv) == 6 and argv[1] == "generate":
        generate(argv[2], int(argv[3]), argv[4], argv[5])
        return 0
    if len(argv) == 6 and argv[1] == "check" and argv[2] in ("progress", "final"):
        return check(argv[2], argv[3], argv[4], int(argv[5]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

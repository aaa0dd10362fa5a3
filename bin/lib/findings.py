"""Prints the findings of a project after bin/demo scanned it, and the files the scanner could not analyse.

    python3 findings.py PROJECT_KEY SCANNER_LOG      (SONAR_URL and SONAR_TOKEN in the environment)

Up to LIST_ALL findings are listed one by one, page after page. Beyond that, every rule gets its count (from
the rules facet: api/issues/search pages stop at 10,000 issues, facets count them all), its first rows and a
link to the rest in the web UI.
"""
import base64
import json
import os
import re
import sys
import urllib.parse
import urllib.request

LIST_ALL = 1000
PAGE_SIZE = 500
FIRST_ROWS = 10

# Scanner log lines that say a file was left out. sonar-python logs "Unable to parse file: <file>", the reason
# on the next ERROR line, then the code around it with "-->" before the line at fault. Our notebook sensor
# logs one warning with the file and the exception.
PARSE_ERROR = re.compile(r"^\S+ ERROR\s+Unable to parse file: (?P<file>.+?)\s*$")
ERROR_LINE = re.compile(r"^\S+ ERROR\s+(?P<reason>.+?):?\s*$")
FAULTY_CODE = re.compile(r"^\s*-->\s*(?P<code>.*?)\s*$")
LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d")
SKIPPED_NOTEBOOK = re.compile(r"^\S+ WARN\s+.*cannot analyse notebook (?P<file>.+?): (?:[\w.$]+: )?(?P<reason>.+?)\s*$")


def api(path, **params):
    url = f"{os.environ['SONAR_URL']}/{path}?{urllib.parse.urlencode(params)}"
    request = urllib.request.Request(url)
    auth = base64.b64encode(f"{os.environ['SONAR_TOKEN']}:".encode()).decode()
    request.add_header("Authorization", f"Basic {auth}")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def search(project, **params):
    return api("api/issues/search", components=project, resolved="false", s="FILE_LINE", **params)


def row(issue, prefix):
    where = issue["component"][len(prefix):]
    if "line" in issue:
        where += f":{issue['line']}"
    return issue["rule"], where, issue["message"]


def print_table(rows):
    head = ("Rule", "File:line", "Message")
    widths = [max(len(r[c]) for r in rows + [head]) for c in range(2)]
    print(f"{head[0]:<{widths[0]}} | {head[1]:<{widths[1]}} | {head[2]}")
    print(f"{'-' * widths[0]}-+-{'-' * widths[1]}-+-{'-' * 40}")
    for rule, where, message in rows:
        print(f"{rule:<{widths[0]}} | {where:<{widths[1]}} | {message}")


def issues_url(project, **params):
    return f"{os.environ['SONAR_URL']}/project/issues?" + urllib.parse.urlencode(dict(id=project, resolved="false", **params))


def list_all(project, first_page):
    issues = first_page["issues"]
    page = 1
    while len(issues) < first_page["total"]:
        page += 1
        issues += search(project, ps=PAGE_SIZE, p=page)["issues"]
    print_table([row(i, project + ":") for i in issues])


def summarise(project, first_page):
    counts = next(f["values"] for f in first_page["facets"] if f["property"] == "rules")
    print(f"{first_page['total']:,} findings: too many to list, so the first {FIRST_ROWS} of each rule.")
    for value in counts:
        rule, count = value["val"], value["count"]
        print(f"\n{rule}: {count:,}")
        print_table([row(i, project + ":") for i in search(project, rules=rule, ps=FIRST_ROWS)["issues"]])
        if count > FIRST_ROWS:
            print(f"... and {count - FIRST_ROWS:,} more: {issues_url(project, rules=rule)}")
    counted = sum(value["count"] for value in counts)
    if counted < first_page["total"]:
        print(f"\n... and {first_page['total'] - counted:,} more of other rules: {issues_url(project)}")


def unanalysed_files(log):
    """{file: [first error line, one per analyser that gave up on it]}, in the order of the log."""
    files = {}
    parse_error = None  # [file, reason] of sonar-python's parse error being read
    with open(log, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if parse_error and len(parse_error) == 1:
                reason = ERROR_LINE.match(line)
                parse_error.append(reason.group("reason") if reason else "(no reason in the log)")
                continue
            if parse_error and not LOG_LINE.match(line):
                # a notebook's line is one of the Python the analyser made of its cells: not worth showing
                if (code := FAULTY_CODE.match(line)) and not parse_error[0].endswith(".ipynb"):
                    parse_error[1] += f": {code.group('code')}"
                continue
            if parse_error:
                files.setdefault(parse_error[0], []).append(parse_error[1])
                parse_error = None
            if match := PARSE_ERROR.match(line):
                parse_error = [match.group("file")]
            elif match := SKIPPED_NOTEBOOK.match(line):
                files.setdefault(match.group("file"), []).append(match.group("reason"))
    if parse_error:
        files.setdefault(parse_error[0], []).append(parse_error[1] if len(parse_error) > 1 else "(no reason in the log)")
    return files


def main(project, log):
    first_page = search(project, ps=PAGE_SIZE, facets="rules")
    total = first_page["total"]
    print()
    if total == 0:
        print("No findings.")
    elif total <= LIST_ALL:
        list_all(project, first_page)
        print(f"\n{total} finding{'s' if total > 1 else ''}")
    else:
        summarise(project, first_page)
    if any(not v["val"].startswith(("ftp-python:", "ftp-java:")) for f in first_page["facets"] for v in f["values"]):
        print("Rules outside ftp-python and ftp-java are SonarQube's own (its default profiles, e.g. for notebooks).")
    skipped = unanalysed_files(log)
    if skipped:
        print(f"\n{len(skipped)} files could not be analysed (details in {log}):")
        for file, reasons in skipped.items():
            print(f"  {file}: {reasons[0]}")
            for reason in reasons[1:]:
                print(f"  {' ' * len(file)}  {reason}")


if __name__ == "__main__":
    main(*sys.argv[1:])

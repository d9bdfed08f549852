"""Converts files in a LibreOffice kept running for one test process, as `soffice --convert-to` would, and
answers its requests from a server kept running beside it: a Python start and its loading of UNO cost the
test process more than a conversion, on the loaded 2-core machine, where each call started this script.

Arguments: pipe, profile folder, owner pid, requests FIFO, replies FIFO. Each request is a line of JSON
{"filters": [as --convert-to takes them: "xlsx", "pdf", "csv:Text - txt - csv (StarCalc):44,34,…"],
"outDir", "inputs", "cache": a folder or null}; its reply "ok", or what went wrong: LibreOffice could not
convert here (down, or refused the file), and the caller converts the usual way. Each input is loaded once
for all its filters, and an input holding the same bytes as one before it is copied from that one's outputs
rather than converted again: a load costs about as much as a save. The first request starts LibreOffice on
the pipe, in the profile, with a watchdog that ends it when the owner (the test process) ends, as this
server ends itself then; later requests find it there: a start costs a second quiet and several under load,
a conversion a quarter of one.

With a cache folder (test/support/libreoffice-cache.js makes one for a test run), what an input made is kept
there for the run's other test files and processes, keyed by all that decides it: the input's bytes and
extension, the filters, LibreOffice's build, the locale and the profile's settings (their digest is in the
folder's name). LibreOffice saves the same input the same: its outputs differ only in the time they were
saved (zip entries' dates, a PDF's CreationDate and ID), so a kept output is what it makes.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time

import uno
from com.sun.star.beans import PropertyValue

# What `--convert-to <ext>` picks for a spreadsheet, by extension.
EXPORT_FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "xls": "MS Excel 97",
    "ods": "calc8",
    "pdf": "calc_pdf_Export",
    "csv": "Text - txt - csv (StarCalc)",
}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def resolve(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
    return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)


def detached(args):
    """A process in a session of its own, away from the caller's output, so it outlives the call."""
    return subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def start(pipe, profile, owner):
    soffice = os.environ.get("SOFFICE", "/usr/bin/soffice")
    office = detached(
        [
            soffice,
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    with open(os.path.join(profile, "pid"), "w") as file:
        file.write(str(office.pid))
    # Ends LibreOffice, and its profile, when the test process has gone, however it went (Jest kills its workers):
    # the whole process group, since soffice hands over to soffice.bin and exits.
    detached(
        [
            "sh",
            "-c",
            f"while kill -0 {owner} 2>/dev/null; do sleep 2; done; kill -- -{office.pid}; sleep 2; rm -rf '{profile}'",
        ]
    )
    deadline = time.time() + 60
    while True:
        try:
            return resolve(pipe)
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                raise
            time.sleep(0.1)


def desktop(pipe, profile, owner):
    try:
        return resolve(pipe)
    except Exception:
        return start(pipe, profile, owner)


def store(doc, path, out_dir, filter_spec):
    ext, _, rest = filter_spec.partition(":")
    name, _, options = rest.partition(":")
    args = [prop("FilterName", name or EXPORT_FILTERS[ext])]
    if options:
        args.append(prop("FilterOptions", options))
    doc.storeToURL(uno.systemPathToFileUrl(os.path.join(out_dir, f"{base_of(path)}.{ext}")), tuple(args))


def convert(office, path, out_dir, filter_specs):
    doc = office.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError(f"LibreOffice did not open {path}")
    try:
        for filter_spec in filter_specs:
            store(doc, path, out_dir, filter_spec)
    finally:
        doc.close(True)


def base_of(path):
    return os.path.splitext(os.path.basename(path))[0]


def copy_outputs(made, source, path, out_dir):
    """The outputs `made` of the input `source` (a path: its folder holds them, named by its name, then "." or
    "-" and a sheet's) into `out_dir` under `path`'s name."""
    folder, old, new = os.path.dirname(source), base_of(source), base_of(path)
    for name in made:
        shutil.copyfile(os.path.join(folder, name), os.path.join(out_dir, new + name[len(old) :]))


def build():
    """LibreOffice's build, as its program folder's versionrc gives it, and the locale; None where unread."""
    soffice = os.path.realpath(os.environ.get("SOFFICE", "/usr/bin/soffice"))
    try:
        with open(os.path.join(os.path.dirname(soffice), "versionrc"), "rb") as file:
            version = file.read()
    except OSError:
        return None
    locale = [os.environ.get(name, "") for name in ("LANG", "LC_ALL", "LC_CTYPE")]
    return version + "\0".join(locale).encode()


def key_of(path, filter_specs, made_by):
    digest = hashlib.sha256(made_by)
    for part in (os.path.splitext(path)[1], "\n".join(filter_specs)):
        digest.update(part.encode() + b"\0")
    with open(path, "rb") as file:
        digest.update(file.read())
    return digest.hexdigest()


def keep(cache, key, made, path, out_dir):
    """What `path` made, kept under `key` whole or not at all: copied aside, then renamed into place."""
    aside = os.path.join(cache, f"{key}.{os.getpid()}")
    # Left by a run of this script that went down with this process number: made again.
    shutil.rmtree(aside, ignore_errors=True)
    os.makedirs(aside)
    copy_outputs(made, os.path.join(out_dir, os.path.basename(path)), os.path.join(aside, "in"), aside)
    try:
        os.rename(aside, os.path.join(cache, key))
    except OSError:
        # Another test process kept the same outputs first.
        shutil.rmtree(aside, ignore_errors=True)


def convert_all(office, inputs, out_dir, filter_specs, cache):
    """Each input converted once by its bytes: a repeated one, in this request or (`cache`) in this test run,
    gets copies of what the first one made."""
    made_by = build()
    cache = cache if made_by is not None else None
    done = {}
    for path in inputs:
        key = key_of(path, filter_specs, made_by or b"")
        entry = os.path.join(cache, key) if cache else None
        if key not in done and entry and os.path.isdir(entry):
            done[key] = (sorted(os.listdir(entry)), os.path.join(entry, "in"))
        if key in done:
            copy_outputs(*done[key], path, out_dir)
            continue
        before = set(os.listdir(out_dir))
        convert(office, path, out_dir, filter_specs)
        made = sorted(set(os.listdir(out_dir)) - before)
        done[key] = (made, os.path.join(out_dir, os.path.basename(path)))
        if entry:
            os.makedirs(cache, exist_ok=True)
            keep(cache, key, made, path, out_dir)


def watch(owner):
    """Ends this server when the test process that started it has gone, however it went."""
    while True:
        try:
            os.kill(owner, 0)
        except OSError:
            os._exit(0)
        time.sleep(2)


def serve(pipe, profile, owner, requests, replies):
    threading.Thread(target=watch, args=(owner,), daemon=True).start()
    while True:
        with open(requests, encoding="utf-8") as fifo:
            line = fifo.readline()
        if not line.strip():
            continue
        job = json.loads(line)
        try:
            os.makedirs(job["outDir"], exist_ok=True)
            office = desktop(pipe, profile, owner)
            paths = [os.path.abspath(path) for path in job["inputs"]]
            convert_all(office, paths, os.path.abspath(job["outDir"]), job["filters"], job.get("cache"))
            answer = "ok"
        except Exception as error:
            answer = f"{type(error).__name__}: {error}"
        with open(replies, "w", encoding="utf-8") as fifo:
            fifo.write(answer)


serve(*sys.argv[1:3], int(sys.argv[3]), *sys.argv[4:6])

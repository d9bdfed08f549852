"""Converts files in a LibreOffice kept running for one test process, as `soffice --convert-to` would.

Arguments: pipe, profile folder, owner pid, filters as --convert-to takes them ("xlsx", "pdf",
"csv:Text - txt - csv (StarCalc):44,34,…"), one a line, output folder, inputs. Each input is loaded once
for all its filters, and an input holding the same bytes as one before it is copied from that one's outputs
rather than converted again: a load costs about as much as a save. The first call of a test process
starts LibreOffice on the pipe, in the profile, with a watchdog that ends it when the owner (the test
process) ends; later calls find it there: a start costs a second quiet and several under load, a
conversion a quarter of one. Exit status 3: LibreOffice could not convert here (down, or refused the
file), and the caller converts the usual way.
"""
import hashlib
import os
import shutil
import subprocess
import sys
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


def copy_outputs(made, first, path, out_dir):
    """The outputs `made` of the input `first` (its name, then "." or "-" and a sheet's), under `path`'s name."""
    old, new = base_of(first), base_of(path)
    for name in made:
        shutil.copyfile(os.path.join(out_dir, name), os.path.join(out_dir, new + name[len(old) :]))


def convert_all(office, inputs, out_dir, filter_specs):
    """Each input converted once by its bytes: a repeated one gets copies of what the first one made."""
    done = {}
    for path in inputs:
        with open(path, "rb") as file:
            key = hashlib.sha256(file.read()).hexdigest()
        if key in done:
            copy_outputs(*done[key], path, out_dir)
            continue
        before = set(os.listdir(out_dir))
        convert(office, path, out_dir, filter_specs)
        done[key] = (sorted(set(os.listdir(out_dir)) - before), path)


def main():
    pipe, profile, owner, filter_specs, out_dir, *inputs = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    try:
        office = desktop(pipe, profile, owner)
        paths = [os.path.abspath(path) for path in inputs]
        convert_all(office, paths, os.path.abspath(out_dir), filter_specs.split("\n"))
    except Exception as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(3)


main()

"""Everyday changes a clerk makes to a filled report in LibreOffice Calc (libreoffice_changes.py), each made
in a running LibreOffice and saved in the chosen format.

Argument: a JSON file {"soffice", "source", "outDir", "runs": [{"locale", "cases": [{"id", "change",
"format"}]}]}. Each run starts one LibreOffice in a fresh profile set to its locale (how a clerk's copy
reads "1.850" or "1,850" depends on it) and does all its cases there: a start per case would cost more
than the cases. Prints {id: null | "what went wrong"} as JSON.

A case that types or deletes through the dispatcher is not saved as .ods: LibreOffice 7.4 headless goes
down, about one time in two, saving such a document as .ods.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

import uno

from libreoffice_changes import CHANGES, SEEN_CHANGES, Clerk, prop

FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "xlsm": "Calc MS Excel 2007 VBA XML",
    "xls": "MS Excel 97",
    "ods": "calc8",
}


def profile_for(locale):
    """A fresh user profile whose locale (number input, separators) and UI language are `locale`."""
    folder = tempfile.mkdtemp(prefix="thidua-clerk-")
    os.makedirs(os.path.join(folder, "user"))
    items = "".join(
        f'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="{key}" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>"
        for key in ("ooSetupSystemLocale", "ooLocale")
    )
    with open(os.path.join(folder, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as xcu:
        xcu.write(
            '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"'
            ' xmlns:xs="http://www.w3.org/2001/XMLSchema">' + items + "</oor:items>"
        )
    return folder


def logo_png(path):
    """A 48×48 red square, the union's logo as far as a spreadsheet can tell."""
    row = b"\x00" + b"\xc0\x20\x20" * 48

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    with open(path, "wb") as png:
        png.write(
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 48, 48, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * 48))
            + chunk(b"IEND", b"")
        )


class WentDownClosing(Exception):
    """LibreOffice 7.4 headless now and then goes down closing a document after a dispatched command
    (under load, a case or two in a hundred): the file was saved whole before, only the office is lost."""


class Office:
    """A headless LibreOffice in its own profile, driven over a pipe."""

    def __init__(self, soffice, locale, logo):
        self.profile = profile_for(locale)
        pipe = f"thidua{os.getpid()}{locale}"
        self.process = subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={uno.systemPathToFileUrl(self.profile)}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        deadline = time.time() + 60
        while context is None:
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            except Exception:
                if time.time() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.2)
        manager = context.ServiceManager
        self.desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        self.dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        self.graphics = manager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", context)
        self.logo = uno.systemPathToFileUrl(logo)

    def run(self, source, case, out_dir):
        # Each case opens its own copy: LibreOffice locks what it opens, and a lock left by one that went
        # down would make the next opening ask "open read-only?".
        opened = os.path.join(out_dir, f"{case['id']}-opened{os.path.splitext(source)[1]}")
        shutil.copyfile(source, opened)
        step = "open"
        try:
            doc = self.desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(opened), "_blank", 0, (prop("Hidden", True),)
            )
            if doc is None:
                raise RuntimeError("LibreOffice did not open the file")
            step = "change"
            {**CHANGES, **SEEN_CHANGES}[case["change"]](Clerk(self, doc))
            step = "save"
            out = os.path.join(out_dir, f"{case['id']}.{case['format']}")
            doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", FILTERS[case["format"]]),))
        # A document left open by a failed case goes with its LibreOffice, which main() replaces.
        except Exception as error:
            raise RuntimeError(f"{step}: {type(error).__name__}: {error}") from error
        try:
            doc.close(True)
        except Exception as error:
            raise WentDownClosing() from error
        finally:
            # LibreOffice's lock too, which it leaves when it goes down: the case's next attempt opens a
            # copy by the same name.
            for left in (opened, os.path.join(out_dir, f".~lock.{os.path.basename(opened)}#")):
                if os.path.exists(left):
                    os.remove(left)

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office: that is the end asked for
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


ATTEMPTS = 2


def main(jobs_file):
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    logo = os.path.join(jobs["outDir"], "logo.png")
    logo_png(logo)
    outcome = {}
    for run in jobs["runs"]:
        office = Office(jobs["soffice"], run["locale"], logo)
        try:
            for case in run["cases"]:
                for _ in range(ATTEMPTS):
                    try:
                        office.run(jobs["source"], case, jobs["outDir"])
                        outcome[case["id"]] = None
                        break
                    except WentDownClosing:
                        outcome[case["id"]] = None
                        office.close()
                        office = Office(jobs["soffice"], run["locale"], logo)
                        break
                    except Exception as error:  # one failed change is that case's failure, not the run's
                        outcome[case["id"]] = f"{type(error).__name__}: {error}"
                        print(f"{case['id']}: {outcome[case['id']]}", file=sys.stderr)
                        # The case is done again, once, in a fresh LibreOffice: this one may be down, or
                        # waiting on a question.
                        office.close()
                        office = Office(jobs["soffice"], run["locale"], logo)
        finally:
            office.close()
    json.dump(outcome, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])

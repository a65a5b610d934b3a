#!/usr/bin/env python3
"""Makes the notices' PDFs from their text with LibreOffice's text import:
each line a paragraph (long ones wrapped by Writer), each form feed a page
break, in Liberation Serif. Run from tests/data/notices:
    python3 tools/make_pdfs.py src/*.txt
The PDFs are committed: the tests never run LibreOffice."""
import os, subprocess, sys

FILTER = "Text (encoded):UTF8,LF,Liberation Serif,en-US"
for src in sys.argv[1:]:
    subprocess.run(["soffice", "--headless", f"--infilter={FILTER}", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", os.getcwd(), src],
                   check=True, capture_output=True)
    print("wrote", os.path.splitext(os.path.basename(src))[0] + ".pdf")

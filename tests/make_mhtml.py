#!/usr/bin/env python3
"""Wraps an HTML page in MHTML as a browser's "Save as... Webpage, Single File"
does: a multipart/related message with the page quoted-printable first and an
image part after it.

    tests/make_mhtml.py PAGE.html ADDRESS > page.mhtml
"""
import base64
import quopri
import sys


def main():
    page_path, address = sys.argv[1], sys.argv[2]
    with open(page_path, "rb") as f:
        page = f.read()
    boundary = b"----MultipartBoundary--pithTest----"
    out = sys.stdout.buffer
    out.write(b"From: <Saved by Blink>\r\nSnapshot-Content-Location: " + address.encode() + b"\r\n"
              b"Subject: =?utf-8?Q?A_saved_page?=\r\nDate: Mon, 6 May 2024 08:27:00 -0000\r\n"
              b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
              b"\tboundary=\"" + boundary + b"\"\r\n\r\n\r\n")
    out.write(b"--" + boundary + b"\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
              b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + address.encode() + b"\r\n\r\n")
    out.write(quopri.encodestring(page).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    out.write(b"\r\n--" + boundary + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
              b"Content-Location: https://example.com/logo.png\r\n\r\n")
    out.write(base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64)).replace(b"\n", b"\r\n"))
    out.write(b"--" + boundary + b"--\r\n")


if __name__ == "__main__":
    main()

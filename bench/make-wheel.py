"""Writes a valid pure-Python wheel of a given size, for benchmarks (stdlib only).

usage: make-wheel.py OUT_DIR NAME VERSION PAYLOAD_BYTES
The payload is random (incompressible) data stored in the package, so the file is as big as asked.
"""
import base64
import hashlib
import os
import sys
import zipfile

out_dir, name, version, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
mod = name.replace("-", "_")
dist_info = f"{mod}-{version}.dist-info"
path = os.path.join(out_dir, f"{mod}-{version}-py3-none-any.whl")
files = {
    f"{mod}/__init__.py": f'__version__ = "{version}"\n'.encode(),
    f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: benchmark wheel\n".encode(),
    f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: wheelrelay-bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
os.makedirs(out_dir, exist_ok=True)
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    for arc, data in files.items():
        z.writestr(arc, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{arc},sha256={digest},{len(data)}")
    h = hashlib.sha256()
    with z.open(f"{mod}/payload.bin", "w", force_zip64=size > 2**31) as f:
        left = size
        while left > 0:
            chunk = os.urandom(min(left, 1 << 20))
            h.update(chunk)
            f.write(chunk)
            left -= len(chunk)
    digest = base64.urlsafe_b64encode(h.digest()).rstrip(b"=").decode()
    record.append(f"{mod}/payload.bin,sha256={digest},{size}")
    record.append(f"{dist_info}/RECORD,,")
    z.writestr(f"{dist_info}/RECORD", "\n".join(record) + "\n")
print(path)

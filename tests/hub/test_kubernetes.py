"""Nilai Zero to JupyterHub kit sah menurut skema chart, digabung di atas nilai bawaan seperti helm."""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import pytest
import yaml

AKAR = Path(__file__).resolve().parents[2]
Z2JH = Path(__file__).parent / "z2jh"


def _gabung(dasar: dict, atas: dict) -> dict:
    hasil = copy.deepcopy(dasar)
    for kunci, nilai in atas.items():
        if isinstance(nilai, dict) and isinstance(hasil.get(kunci), dict):
            hasil[kunci] = _gabung(hasil[kunci], nilai)
        else:
            hasil[kunci] = copy.deepcopy(nilai)
    return hasil


@pytest.fixture(scope="module")
def skema():
    return yaml.safe_load((Z2JH / "values.schema.yaml").read_text())


def _nilai_kit() -> dict:
    return yaml.safe_load((AKAR / "kubernetes" / "values.yaml").read_text())


def test_nilai_kit_sah_menurut_skema_chart(skema):
    gabungan = _gabung(yaml.safe_load((Z2JH / "values.yaml").read_text()), _nilai_kit())
    jsonschema.Draft7Validator(skema).validate(gabungan)
    su = gabungan["singleuser"]
    assert su["memory"]["limit"] and su["cpu"]["limit"] and gabungan["cull"]["enabled"]
    assert su["extraEnv"]["BIMTEK_EXCHANGE"] in [m["mountPath"] for m in su["storage"]["extraVolumeMounts"]]
    assert "SharedPassword" not in str(gabungan["hub"]["config"])


def test_pemeriksaan_skema_menolak_nilai_salah(skema):
    # Pemeriksaan ini sungguh memeriksa: kunci salah ketik di singleuser ditolak skema.
    salah = _nilai_kit()
    salah["singleuser"]["memori"] = {"limit": "1G"}
    gabungan = _gabung(yaml.safe_load((Z2JH / "values.yaml").read_text()), salah)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(skema).validate(gabungan)

"""`bimtek hub konfigurasi`: jupyterhub_config.py siap pakai untuk server kelas, dari daftar peserta."""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.hub.akun import Akun
from bimtek.tulis_atomik import tulis_teks

NAMA_KONFIGURASI = "jupyterhub_config.py"
NAMA_AKUN = "akun.json"


@dataclass
class PengaturanHub:
    """Pengaturan server kelas; semua nilai bawaan adalah contoh untuk satu server 2 inti (lihat panduan)."""

    folder: Path
    kelas: Path
    exchange: Path
    panduan: Path
    ip: str = "0.0.0.0"
    port: int = 8000
    port_hub: int = 8081
    port_api_proxy: int = 8001
    port_panduan: int = 8002
    port_pantau: int = 8003
    # Folder peristiwa pantau kelas: di luar folder konfigurasi (0700), karena kernel peserta menulis ke sana.
    pantau: Path = Path("/srv/bimtek/pantau")
    grup_pelatih: str = "fasilitator"  # grup sistem akun fasilitator: membaca berkas peristiwa peserta
    memori: str = "1G"
    cpu: float = 1.0
    batas_diam: int = 3600  # detik tanpa kegiatan sebelum server peserta dihentikan (isi rumah tetap)
    kursus: str = "bimtek-ekinerja"
    proxy: str = ""
    python: str = ""  # Python server peserta; harus dapat dijalankan pengguna lain (lihat cari_python)
    akun: list[Akun] = field(default_factory=list)


def cari_proxy() -> str:
    """configurable-http-proxy dari npm: di PATH, atau di .hub/node_modules repositori (dipasang Makefile)."""
    calon = [shutil.which("configurable-http-proxy")]
    repo = lokasi.akar_repo()
    if repo is not None:
        calon.append(str(repo / ".hub" / "node_modules" / ".bin" / "configurable-http-proxy"))
    for c in calon:
        if c and Path(c).exists():
            return c
    raise KesalahanPengguna(
        "configurable-http-proxy belum terpasang. Pasang dengan: npm install -g configurable-http-proxy "
        "(atau `make hub-siapkan` di repositori kit)."
    )


def _terbuka_untuk_semua(path: Path) -> bool:
    """Pengguna lain dapat menjalankan berkas ini: setiap folder di atasnya dapat dilalui (o+x)."""
    nyata = path.resolve()
    return all(p.stat().st_mode & 0o001 for p in [nyata, *nyata.parents])


def cari_python(diminta: str | None = None) -> str:
    """Python untuk hub dan server peserta: yang diminta, lingkungan .hub/venv repositori, atau Python ini;
    ditolak bila peserta (pengguna sistem lain) tidak dapat menjalankannya."""
    calon = [Path(diminta)] if diminta else []
    repo = lokasi.akar_repo()
    if not diminta and repo is not None:
        calon.append(repo / ".hub" / "venv" / "bin" / "python")
    calon.append(Path(sys.executable))
    for c in calon:
        if c.exists() and _terbuka_untuk_semua(c):
            return str(c)
    raise KesalahanPengguna(
        f"Python {calon[0]} tidak dapat dijalankan akun peserta (ada folder di atasnya yang tertutup, misalnya "
        "/root). Buat lingkungan dari Python sistem: /usr/bin/python3 -m venv /opt/bimtek && "
        "/opt/bimtek/bin/pip install 'bimtek[hub]', lalu pakai --python /opt/bimtek/bin/python."
    )


def teks_konfigurasi(p: PengaturanHub) -> str:
    peserta = sorted(a.nama_pengguna for a in p.akun if not a.fasilitator)
    fasilitator = sorted(a.nama_pengguna for a in p.akun if a.fasilitator)
    python = p.python or cari_python()
    lingkungan = {
        "BIMTEK_KURSUS": p.kursus,
        "BIMTEK_EXCHANGE": str(p.exchange),
        "BIMTEK_DATA_CONTOH": str(lokasi.sample_data()),
        "BIMTEK_PANTAU_DIR": str(p.pantau),
        "LANG": "C.UTF-8",
    }
    from bimtek.pantau.server import layanan_hub, peran_hub

    pantau = layanan_hub(str(p.pantau), str(p.kelas), port=p.port_pantau, python=python)
    peran_pantau = peran_hub(pengguna=fasilitator)
    return f'''\
# Konfigurasi JupyterHub server kelas Kit Bimtek (dibuat oleh `bimtek hub konfigurasi`; buat ulang, jangan
# disunting tangan). Mulai dengan `sudo bimtek hub mulai --konfigurasi {p.folder}`.
c = get_config()  # noqa: F821

# Alamat untuk peserta. Untuk HTTPS di jaringan tempat pelatihan, isi ssl_cert/ssl_key (lihat panduan server).
c.JupyterHub.bind_url = "http://{p.ip}:{p.port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{p.port_hub}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{p.port_api_proxy}"
c.ConfigurableHTTPProxy.command = [{p.proxy!r}]
c.JupyterHub.db_url = "sqlite:///{p.folder / "jupyterhub.sqlite"}"
c.JupyterHub.cookie_secret_file = "{p.folder / "jupyterhub_cookie_secret"}"
c.ConfigurableHTTPProxy.pid_file = "{p.folder / "proxy.pid"}"

# Akun: nama pengguna = NIP/NI PPPK; kata sandi dipilih sendiri oleh peserta saat pertama masuk.
c.JupyterHub.authenticator_class = "bimtek.hub.autentikasi.AutentikasiNIP"
c.FirstUseAuthenticator.dbm_path = "{p.folder / "kata_sandi.dbm"}"
c.FirstUseAuthenticator.create_users = False
c.FirstUseAuthenticator.min_password_length = 8
c.JupyterHub.template_paths = [{str(Path(__file__).parent / "templat")!r}]  # halaman masuk berbahasa Indonesia
c.Authenticator.allowed_users = set({peserta + fasilitator!r})
c.Authenticator.admin_users = set({fasilitator!r})

# Satu pengguna sistem per peserta (dibuat dari daftar peserta oleh `bimtek hub mulai`), dengan batas sumber daya.
c.JupyterHub.spawner_class = "bimtek.hub.pemijah.PemijahLokal"
c.Spawner.cmd = [{python!r}, "-m", "bimtek.hub.mulai_pengguna"]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.mem_limit = {p.memori!r}
c.Spawner.cpu_limit = {p.cpu!r}
c.Spawner.environment = {lingkungan!r}
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120

# Server peserta yang diam {p.batas_diam // 60} menit dihentikan (pekerjaan tetap tersimpan di rumahnya).
c.JupyterHub.load_roles = [{{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}},
    # Pantau kelas (/services/pantau/): admin hub (fasilitator) boleh membuka; peserta tidak.
    {peran_pantau!r},
]
c.JupyterHub.services = [
    {{"name": "idle-culler",
      "command": [{python!r}, "-m", "jupyterhub_idle_culler", "--timeout={p.batas_diam}"]}},
    # Panduan yang sudah dibangun, di /services/panduan/ (tanpa perlu masuk).
    {{"name": "panduan", "url": "http://127.0.0.1:{p.port_panduan}", "display": True,
      "command": [{python!r}, "-m", "bimtek.hub.layanan_panduan", {str(p.panduan)!r}]}},
    # Pantau kelas: kemajuan peserta langsung dari folder peristiwa {p.pantau} (hanya fasilitator).
    {pantau!r},
]
'''


def tulis(p: PengaturanHub) -> Path:
    """Tulis jupyterhub_config.py dan akun.json ke folder konfigurasi (hanya dapat dibaca root)."""
    p.folder.mkdir(parents=True, exist_ok=True)
    os.chmod(p.folder, 0o700)
    tulis_teks(p.folder / NAMA_AKUN, json.dumps({
        "akun": [asdict(a) for a in p.akun], "kelas": str(p.kelas), "exchange": str(p.exchange),
        "kursus": p.kursus, "python": p.python or cari_python(), "pantau": str(p.pantau),
        "grup_pelatih": p.grup_pelatih},
        ensure_ascii=False, indent=2) + "\n")
    berkas = p.folder / NAMA_KONFIGURASI
    tulis_teks(berkas, teks_konfigurasi(p))
    return berkas


def baca_akun(folder: Path) -> dict:
    berkas = Path(folder) / NAMA_AKUN
    if not berkas.exists():
        raise KesalahanPengguna(f"{berkas} tidak ada. Buat konfigurasi dulu: bimtek hub konfigurasi --peserta FILE.")
    data = json.loads(berkas.read_text(encoding="utf-8"))
    data["akun"] = [Akun(**a) for a in data["akun"]]
    return data

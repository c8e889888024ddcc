<div>
    <h1>{{ config.site_name }}</h1>
    <p>{{ config.site_description }}</p>
    <p>Panduan peserta dan fasilitator. Semua data pegawai di dalamnya sintetis.</p>
</div>

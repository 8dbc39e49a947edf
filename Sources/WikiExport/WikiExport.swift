// Exporters live here.

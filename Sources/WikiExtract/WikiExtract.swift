// Extraction lives here.

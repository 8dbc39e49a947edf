// Parser lives here.

// Typed value parsing lives here.

// Dump reading lives here.
